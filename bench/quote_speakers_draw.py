"""Draw the Reuters articles of the quote speaker set by a fixed seed.

Every Reuters body is normalised as the indexer stores it (paragraphs from
``index.passages.split_paragraphs`` joined by ``PARAGRAPH_SEPARATOR``); the
articles whose normalised body holds a double quote mark are sorted by id and
``--count`` of them are sampled with ``random.Random(seed)``. Each goes to a
split by article: CRC-32 of the decimal id, mod 2 -> 0 ``dev``, 1 ``test``.

Prints one JSON line per drawn article, {"id", "split"}, in id order. No
Reuters text is printed, and none is ever committed: the labels
(tests/data/quote_speakers/labels.jsonl) hold only ids, offsets into the
normalised body, and speaker names or descriptions.

    python -m bench.quote_speakers_draw [--corpus FILE] [--seed 1487] [--count 90]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.passages import PARAGRAPH_SEPARATOR, split_paragraphs  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
SEED = 1487
COUNT = 90
_DOUBLE_MARKS = ('"', "“", "”")


def normalised_bodies(corpus: Path) -> Iterator[tuple[int, str]]:
    """(id, body as the indexer stores it) for every article of the corpus."""
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            raw = record.get("body") or ""
            yield int(record["id"]), PARAGRAPH_SEPARATOR.join(split_paragraphs(raw))


def split_of(article_id: int) -> str:
    return "dev" if zlib.crc32(str(article_id).encode()) % 2 == 0 else "test"


def draw(corpus: Path, seed: int = SEED, count: int = COUNT) -> list[int]:
    """Ids of ``count`` articles holding a double quote mark, sampled by ``seed``."""
    pool = sorted(
        i for i, body in normalised_bodies(corpus) if any(m in body for m in _DOUBLE_MARKS)
    )
    return sorted(random.Random(seed).sample(pool, min(count, len(pool))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--count", type=int, default=COUNT)
    args = parser.parse_args()
    for article_id in draw(args.corpus, args.seed, args.count):
        print(json.dumps({"id": article_id, "split": split_of(article_id)}))


if __name__ == "__main__":
    main()
