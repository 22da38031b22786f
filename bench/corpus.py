"""Benchmark corpora: the Reuters JSON Lines file, a scaled corpus made from it,
and the one-file-per-article copy that ripgrep searches.

Scaled corpus method (``write_scaled``): every Reuters body is cut into
paragraphs with the indexer's own ``split_paragraphs``. Synthetic article i
takes the title, dateline and paragraph count of a randomly drawn Reuters
article, and fills the body with paragraphs dealt from a shuffled pool of every
Reuters paragraph (the pool is reshuffled each time it runs out, so every
paragraph is used about equally often). It gets a new id ``scaled-0000001`` and
a date spread uniformly over 1980-01-01..1999-12-31. A fixed seed makes the
corpus reproducible. Phrases of one paragraph therefore exist in the scaled
corpus, while the mix of paragraphs per article is new.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from index.passages import PARAGRAPH_SEPARATOR, split_paragraphs

REPO_ROOT = Path(__file__).resolve().parent.parent
REUTERS = REPO_ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
FIRST_DAY = date(1980, 1, 1)
DAYS = (date(1999, 12, 31) - FIRST_DAY).days + 1
SEED = 21578


@dataclass(frozen=True)
class Record:
    """One corpus article as the benchmark handles it (JSON Lines fields)."""

    id: str
    title: str
    body: str
    date: str
    dateline: str = ""

    def as_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)


def read_records(path: Path, limit: int | None = None) -> Iterator[Record]:
    """Records of a JSON Lines corpus, at most limit of them."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                return
            raw = json.loads(line)
            yield Record(
                id=str(raw["id"]),
                title=raw.get("title") or "",
                body=raw.get("body") or raw.get("text") or "",
                date=str(raw.get("date") or ""),
                dateline=raw.get("dateline") or "",
            )


def write_slice(source: Path, target: Path, limit: int) -> int:
    """The first limit records of source as a JSON Lines file (smoke runs)."""
    count = 0
    with target.open("w", encoding="utf-8") as out:
        for record in read_records(source, limit):
            out.write(record.as_json() + "\n")
            count += 1
    return count


def _paragraph_pool(source: Path) -> tuple[list[Record], list[str]]:
    records = [r for r in read_records(source) if r.body.strip()]
    pool = [p for r in records for p in split_paragraphs(r.body)]
    return records, pool


def _dealer(pool: list[str], rng: random.Random) -> Iterator[str]:
    while True:
        order = pool[:]
        rng.shuffle(order)
        yield from order


def write_scaled(source: Path, target: Path, count: int, seed: int = SEED) -> int:
    """A corpus of count articles reassembled from source paragraphs (see module doc)."""
    rng = random.Random(seed)
    records, pool = _paragraph_pool(source)
    deal = _dealer(pool, rng)
    with target.open("w", encoding="utf-8") as out:
        for i in range(1, count + 1):
            model = rng.choice(records)
            size = max(1, len(split_paragraphs(model.body)))
            day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
            record = Record(
                id=f"scaled-{i:07d}",
                title=model.title,
                body=PARAGRAPH_SEPARATOR.join(next(deal) for _ in range(size)),
                date=day.isoformat(),
                dateline=model.dateline,
            )
            out.write(record.as_json() + "\n")
    return count


def write_text_files(corpus: Path, folder: Path) -> int:
    """One .txt file per article (title line, blank line, body), for ripgrep.

    Paragraphs are written one per line (as the indexer reads them), so a
    phrase is never split by the wire copy's hard line wraps. Files are spread
    over sub-folders of 1,000 so no folder gets huge."""
    count = 0
    for count, record in enumerate(read_records(corpus), start=1):
        sub = folder / f"{count // 1000:04d}"
        if count % 1000 == 0 or count == 1:
            sub.mkdir(parents=True, exist_ok=True)
        name = "".join(c if c.isalnum() or c in "-_" else "_" for c in record.id)
        body = PARAGRAPH_SEPARATOR.join(split_paragraphs(record.body))
        (sub / f"{name}.txt").write_text(f"{record.title}\n\n{body}\n", encoding="utf-8")
    return count


def raw_text_bytes(corpus: Path) -> int:
    """UTF-8 bytes of titles and bodies: the raw text an index is compared to."""
    return sum(len(r.title.encode()) + len(r.body.encode()) for r in read_records(corpus))
