"""Copy the Daily FT's, the Daily Mirror's and dbsjeyaraj.com's articles for the reprint set.

Usage::

    python scripts/build_newslk_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads every ``article.json`` under ``data/articles/`` at ``--revision`` (by default 0963d1e,
22 August 2026, the snapshot's head) of a git checkout (or bare git directory) of
https://github.com/nuuuwan/news_long_lk, N. I. Senaratna's daily scrape of Sri Lankan
long-form articles and opinion pieces ``scripts/build_newslk_news.py`` describes, and keeps
those of three Sri Lankan English-language outlets of May 2024 to August 2026: the Daily FT
(ft.lk, its columns and opinion sections), the Daily Mirror (dailymirror.lk, its opinion,
features and a few news pages) and dbsjeyaraj.com (D. B. S. Jeyaraj's site, which reposts
his own Daily Mirror and Daily FT columns and other writers' pieces). Several outlets over
the same days: one column run by a paper and reposted by the site, a page scraped under two
addresses, a series' pieces sharing their furniture, which is what the reprint set needs of
it. The folders git quotes (titles in Tamil or Sinhala letters) are not read, as for the
facet part.

Writes one article per line, gzipped (by default to ``../bench-data/newslk/reprints.jsonl.gz``
beside the repository): ``id`` (10 hex digits of the address's SHA-1, as the facet part's
``newslk-`` ids), ``title``, ``date`` (the UTC day the scrape recorded the article), ``url``,
``source`` and ``text`` as the facet part reads them. Every article is kept, however
short, but one per address (the first, in the order of the paths). The text stays outside
git; the labelled set holds only ids.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_newslk_news import REVISION  # noqa: E402
from scripts.build_newslk_news import read_corpus as read_articles  # noqa: E402
from scripts.reprint_corpus import arguments, summary, write_corpus  # noqa: E402

OUT = ROOT.parent / "bench-data" / "newslk" / "reprints.jsonl.gz"
PREFIX = "newslk-"


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The three outlets' articles at ``revision``, one per address, in the order first read."""
    docs: dict[str, dict[str, str]] = {}
    for doc in read_articles(git_dir, revision):
        docs.setdefault(doc["url"], {**doc, "id": doc["id"].removeprefix(PREFIX)})
    return list(docs.values())


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the article files")
    docs = read_corpus(args.git_dir, args.revision)
    write_corpus(docs, args.out)
    print(summary(docs, args.out))


if __name__ == "__main__":
    main()
