"""Copy five British national news outlets' articles of November 2023 for the reprint set.

Usage::

    python scripts/build_uknews_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads every version, up to ``--revision`` (by default 5425ccb, 5 December 2023, the
snapshot's head), oldest first, of the scraped-article files of a git checkout (or bare git
directory) of https://github.com/nickma101/UK_News_Scrapers, the RSS scrapers of UK news
websites ``scripts/build_uknews_news.py`` describes (the BBC left out): The Independent,
The Guardian (its international feed), the Evening Standard, Sky News and i. Five outlets
over the same days: one Press Association (PA) or agency story run by several of them, word
for word or cut, The Independent's and the Evening Standard's shared stories, one outlet's
page under two addresses or taken again after an update, and two outlets' own stories of one
event sharing its statements, which is what the reprint set needs of it. Keeps the articles
the scraper took in November 2023 (its busiest month; the snapshot's November runs to the
20th), however short; an article without a day is left out.

Writes one article per line, gzipped (by default to ``../bench-data/uknews/reprints.jsonl.gz``
beside the repository): ``id`` (10 hex digits of the address's SHA-1, the facet part's
``uknews-`` ids without the prefix), ``title``, ``date`` (the day the scraper took the
article), ``url``, ``source`` (the outlet) and ``text`` as ``build_uknews_news.py`` reads
them, once each (from the first version that gives it a text). The text stays outside git;
the labelled set holds only ids.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_uknews_news import REVISION, read_corpus  # noqa: E402
from scripts.reprint_corpus import arguments, summary, write_corpus  # noqa: E402

OUT = ROOT.parent / "bench-data" / "uknews" / "reprints.jsonl.gz"
PREFIX = "uknews-"
# The days kept (the scraper's day for an article).
FIRST, LAST = "2023-11-01", "2023-11-30"


def kept(docs: list[dict[str, str]]) -> list[dict[str, str]]:
    """The articles of the days kept, their ids without the facet part's prefix."""
    return [{**doc, "id": doc["id"].removeprefix(PREFIX)} for doc in docs
            if FIRST <= doc["date"] <= LAST]  # fmt: skip


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the article files")
    docs = kept(read_corpus(args.git_dir, args.revision))
    write_corpus(docs, args.out)
    print(summary(docs, args.out))


if __name__ == "__main__":
    main()
