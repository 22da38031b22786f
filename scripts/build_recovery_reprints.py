"""Copy the ReCOVery repository's reliable COVID-19 news of 2020 for the reprint labelled set.

Usage::

    python scripts/build_recovery_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads ``dataset/reliable/*.csv`` at ``--revision`` (by default d31bd76, the last commit that
holds the folder) of a git checkout (or bare git directory) of
https://github.com/apurvamulay/ReCOVery, as ``scripts/build_recovery_news.py`` describes:
1,364 news articles about COVID-19 of January to May 2020 of 22 sites (the Chicago
Sun-Times, Business Insider, USA Today, NPR, Reuters, CBS News, the Detroit News, Yahoo News
and others). Many outlets over the same weeks: one agency story carried by several papers,
a story updated and crawled again, daily case counts and briefings of one template, and
stories sharing background paragraphs, which is what the reprint set needs of it.

Writes one article per line, gzipped (by default to
``../bench-data/recovery/reprints.jsonl.gz`` beside the repository): ``id`` (10 hex digits
of the address's SHA-1, as the facet part's ``recovery-`` ids), ``title``, ``date`` (the
day of ``publish_date``; empty when not given), ``url``, ``source`` (the publisher),
``text`` (the scraped text, as the facet part reads it). Every article is kept, however
short, but one per address (the first, in the order of the files' names and rows). The text
stays outside git; the labelled set holds only ids.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_recovery_news import REVISION, read_corpus  # noqa: E402
from scripts.reprint_corpus import arguments, write_corpus  # noqa: E402

OUT = ROOT.parent / "bench-data" / "recovery" / "reprints.jsonl.gz"
PREFIX = "recovery-"


def records(docs: list[dict[str, str]]) -> list[dict[str, str]]:
    """The corpus's articles, one per address, their ids without the facet prefix."""
    found: dict[str, dict[str, str]] = {}
    for doc in docs:
        key = doc["id"].removeprefix(PREFIX)
        found.setdefault(key, {**doc, "id": key})
    return list(found.values())


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the corpus")
    docs = records(read_corpus(args.git_dir, args.revision))
    write_corpus(docs, args.out)
    days = sorted(doc["date"] for doc in docs if doc["date"])
    sources = {doc["source"] for doc in docs}
    print(f"{len(docs)} articles of {len(sources)} sites, {days[0]} to {days[-1]}, to {args.out}")


if __name__ == "__main__":
    main()
