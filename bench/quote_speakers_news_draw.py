"""Draw the modern news articles of the quote speaker news set by a fixed seed.

The Reuters draw (``bench/quote_speakers_draw.py``) done over the news corpora
beside the repository (``../bench-data/<corpus>/*.jsonl.gz``). Every body is
normalised as the indexer stores it (``index.read.records``: paragraphs from
``split_paragraphs`` joined by ``PARAGRAPH_SEPARATOR``, the first paragraph
taken as the title when the record has none). Per corpus, the articles whose
normalised body holds a double quote mark and is at most ``MAX_CHARS`` long
(to keep hand labelling within reach) are sorted by id and ``--count`` of them
are sampled with ``random.Random(seed)``. Each goes to a split by article:
CRC-32 of the id mod 2 -> 0 ``dev``, 1 ``test``.

Prints one JSON line per drawn article, {"id", "corpus", "file", "split"}, by
corpus and id. No article text is printed or committed: the labels
(tests/data/quote_speakers_news/labels.jsonl) hold only ids, offsets into the
normalised body, and speaker names or descriptions.

    python -m bench.quote_speakers_news_draw [--data DIR] [--seed 2024] [--count 10]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quote_speakers_draw import _DOUBLE_MARKS  # noqa: E402
from index.passages import PARAGRAPH_SEPARATOR, split_paragraphs  # noqa: E402

DEFAULT_DATA = ROOT.parent / "bench-data"
CORPORA = (
    "allsides",
    "basil",
    "bbc",
    "celebrity",
    "fakehealth",
    "fnc",
    "newsdata",
    "ptc",
    "webis",
    "wikinews",
)
SEED = 2024
COUNT = 10  # per corpus
MAX_CHARS = 6000


def normalise(record: dict[str, object]) -> str:
    """The body of one record as the indexer stores it."""
    raw = record.get("body") if record.get("body") is not None else record.get("text")
    paragraphs = split_paragraphs(raw if isinstance(raw, str) else "")
    title = record.get("title")
    if not (title.strip() if isinstance(title, str) else title) and paragraphs:
        paragraphs = paragraphs[1:]
    return PARAGRAPH_SEPARATOR.join(paragraphs)


def corpus_bodies(data: Path, corpus: str) -> Iterator[tuple[str, str, str]]:
    """(id, file name, normalised body) of every article of one corpus."""
    for path in sorted((data / corpus).glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    record = json.loads(line)
                    yield str(record["id"]), path.name, normalise(record)


def split_of(article_id: str) -> str:
    return "dev" if zlib.crc32(article_id.encode()) % 2 == 0 else "test"


def draw(data: Path, seed: int = SEED, count: int = COUNT) -> list[tuple[str, str, str]]:
    """(corpus, file, id) of ``count`` articles per corpus holding a double quote mark."""
    drawn = []
    for corpus in CORPORA:
        pool = sorted(
            {
                (i, name)
                for i, name, body in corpus_bodies(data, corpus)
                if len(body) <= MAX_CHARS and any(m in body for m in _DOUBLE_MARKS)
            }
        )
        for i, name in sorted(random.Random(seed).sample(pool, min(count, len(pool)))):
            drawn.append((corpus, name, i))
    return drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--count", type=int, default=COUNT)
    args = parser.parse_args()
    for corpus, name, article_id in draw(args.data, args.seed, args.count):
        line = {"id": article_id, "corpus": corpus, "file": name, "split": split_of(article_id)}
        print(json.dumps(line))


if __name__ == "__main__":
    main()
