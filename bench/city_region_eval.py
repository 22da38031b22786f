"""Which of a state or province and its namesake city a mention means, against hand labels.

Usage (from the repository root)::

    python bench/city_region_eval.py [--labels tests/data/city_region/labels.jsonl]

Each labelled mention (``tests/data/city_region/``; how it was drawn and the labelling
rules in its README.md) is a name that is both a first-level region and a city of
100,000 or more of it ("New York", "Washington", "Quebec"). The article is read as the
indexer reads it (dateline, title and body) and the mention's id says which place the
extractor chose: the city, the region, or neither. Prints, for the ``dev`` and ``test``
halves (CRC-32 of the article id, even or odd) and both, the share of mentions labelled
city or region that get that place, beside the gazetteer's first choice (always the
region), and the errors. Reuters' text is read from ``../shared/corpora``, the other
parts' from ``../bench-data`` (as ``facet_precision_eval.py``); a part whose text is
missing is skipped and named.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import zlib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.facet_precision_eval import TEXTS  # noqa: E402
from index.extract.city_or_region import city_named  # noqa: E402
from index.extract.gazetteer import REGION, load_gazetteer  # noqa: E402
from index.names import fold_text  # noqa: E402
from index.read.articles import read_articles  # noqa: E402
from index.write.documents import mentions  # noqa: E402

LABELS = ROOT / "tests" / "data" / "city_region" / "labels.jsonl"
REUTERS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"


def text_of(part: str) -> Path:
    return REUTERS if part == "reuters" else TEXTS[part]


def chosen(item: dict[str, object], found: dict[tuple[int, int], str]) -> str:
    """ "city", "region" or "none": the place the extractor gave the labelled mention."""
    entity_id = found.get((int(str(item["start"])), int(str(item["end"]))))
    if entity_id is None:
        return "none"
    gaz = load_gazetteer()
    surface = str(item["surface"])
    region = next(
        (c.place for c in gaz.candidates(fold_text(surface)) if c.place.kind == REGION), None
    )
    city = city_named(surface, region.cc, gaz) if region else None
    if city is not None and entity_id == city.entity_id:
        return "city"
    if (
        region is not None
        and entity_id.split("~")[0].split("@")[0] == region.entity_id.split("@")[0]
    ):
        return "region"
    return "none"


def read_mentions(path: Path, ids: set[str]) -> dict[str, dict[tuple[int, int], str]]:
    """The mentions (offsets -> id) of the articles ``ids`` of a JSON Lines file (read
    through a plain copy when it is gzipped, as the reader takes no .gz)."""
    with tempfile.TemporaryDirectory() as work:
        if path.suffix == ".gz":
            plain = Path(work) / path.stem
            plain.write_bytes(gzip.decompress(path.read_bytes()))
            path = plain
        return {
            article.id: {(m.start, m.end): m.entity_id for m in mentions(article)}
            for article in read_articles([str(path)], lambda *_: None)
            if article.id in ids
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    args = parser.parse_args()
    items = [json.loads(line) for line in args.labels.read_text("utf-8").splitlines()]
    by_part: dict[str, list[dict[str, object]]] = defaultdict(list)
    for item in items:
        by_part[str(item["part"])].append(item)
    results = []
    for part, wanted in sorted(by_part.items()):
        path = text_of(part)
        if not path.is_file():
            print(f"skipped {part}: no text at {path}")
            continue
        found = read_mentions(path, {str(item["article"]) for item in wanted})
        for item in wanted:
            results.append((item, chosen(item, found.get(str(item["article"]), {}))))
    report(results)


def report(results: list[tuple[dict[str, object], str]]) -> None:
    halves: dict[str, list[tuple[dict[str, object], str]]] = defaultdict(list)
    for item, got in results:
        if item["label"] in ("city", "region"):
            half = "test" if zlib.crc32(str(item["article"]).encode()) % 2 else "dev"
            halves[half].append((item, got))
            halves["both"].append((item, got))
    for half in ("dev", "test", "both"):
        rows = halves[half]
        right = sum(got == item["label"] for item, got in rows)
        first = sum(item["label"] == "region" for item, _got in rows)
        n = len(rows) or 1
        print(
            f"{half:5} {len(rows):4} mentions: right {right / n:.3f} ({right}); "
            f"the gazetteer's first choice (the region) {first / n:.3f} ({first})"
        )
    for item, got in halves["both"]:
        if got != item["label"]:
            print(f"  item {item['item']}: {item['surface']!r} labelled {item['label']}, got {got}")


if __name__ == "__main__":
    main()
