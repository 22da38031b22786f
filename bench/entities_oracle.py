"""Dump every entity mention extracted from Reuters-21578, to check that a change keeps output.

Usage (from the repository root)::

    python bench/entities_oracle.py OUT.jsonl [CORPUS.jsonl] [--limit N]
    cmp /tmp/entities_before.jsonl /tmp/entities_after.jsonl

Each article is extracted twice: from "DATELINE - body" (the text ``entities_eval.py``
times) and from dateline, title and body joined by blank lines (the text the indexer
gives :func:`index.extract.entities.extract_entities`). One JSON line per article and text:
the article id, which text, and each mention as [start, end, type, text, entity_id,
name, country].
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.extract.entities import extract_entities  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"


def texts(doc: dict) -> dict[str, str]:
    """The two texts extracted per article, by name."""
    parts = [p for p in (doc["dateline"], doc["title"], doc["body"]) if p]
    return {"eval": f"{doc['dateline']} - {doc['body']}", "index": "\n\n".join(parts)}


def dump(corpus: Path, out: Path, limit: int | None) -> int:
    articles = 0
    with corpus.open(encoding="utf-8") as lines, out.open("w", encoding="utf-8") as sink:
        for line in lines:
            doc = json.loads(line)
            for which, text in texts(doc).items():
                rows = [
                    [m.start, m.end, m.type, m.text, m.entity_id, m.name, m.country]
                    for m in extract_entities(text)
                ]
                record = {"id": doc["id"], "text": which, "mentions": rows}
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            articles += 1
            if limit and articles >= limit:
                break
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    articles = dump(args.corpus, args.out, args.limit)
    print(f"{articles} articles -> {args.out}")


if __name__ == "__main__":
    main()
