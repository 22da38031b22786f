"""Copy five Zimbabwean news sites' articles of December 2024 to April 2025 for the reprint set.

Usage::

    python scripts/build_zimnews_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads ``news/herald.json``, ``news/chronicle.json``, ``news/newzimbabwe.json``,
``news/zimeye.json`` and ``zbc/local-news.json``, ``zbc/business.json``, ``zbc/sport.json``
at every commit that changed one of them up to ``--revision`` (by default 077d3a4, 29 April
2025, the last commit that changed The Herald's file), oldest first, in a git checkout (or
bare git directory) of https://github.com/mhodieknowledge/flask-news-scraper, the scraper
of Zimbabwean news sites ``scripts/build_zbcnews_news.py`` describes: The Herald and The
Chronicle (one publisher, Zimpapers, sharing copy), NewZimbabwe, ZimEye and ZBC News, the
state broadcaster, over the same days, so one story run by two sites, a page re-crawled
after an update, and daily figures and results in one template all occur, which is what
the reprint set needs of it. The ``news/`` files' scraper drops every character outside
printable ASCII (apostrophes and quotation marks among them), as the corpus keeps it.

Writes one article per line, gzipped (by default to ``../bench-data/zimnews/reprints.jsonl.gz``
beside the repository): ``id`` (10 hex digits of the address's SHA-1), ``title``, ``date``
(the day the scraper first took the article with a text), ``url``, ``source`` (the site's
name) and ``text`` as ``build_zbcnews_news.py`` reads them. Every article is kept, however
short, read once (from the first version that gives it a text). The text stays outside git;
the labelled set holds only ids.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_zbcnews_news import article, contents, items, versions  # noqa: E402
from scripts.reprint_corpus import arguments, summary, write_corpus  # noqa: E402

OUT = ROOT.parent / "bench-data" / "zimnews" / "reprints.jsonl.gz"
REVISION = "077d3a4738e435b98ca15a2fcca72b808d6aed8c"
# Each file read and the site whose articles it lists.
SITES = {
    "news/herald.json": "The Herald",
    "news/chronicle.json": "The Chronicle",
    "news/newzimbabwe.json": "NewZimbabwe",
    "news/zimeye.json": "ZimEye",
    "zbc/local-news.json": "ZBC News",
    "zbc/business.json": "ZBC News",
    "zbc/sport.json": "ZBC News",
}


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The sites' articles up to ``revision``, each once, in the order first read."""
    specs = versions(git_dir, revision, tuple(SITES))
    docs: dict[str, dict[str, str]] = {}
    for spec, content in zip(specs, contents(git_dir, specs), strict=True):
        for item in items(content):
            doc = {**article(item), "source": SITES[spec.split(":", 1)[1]]}
            doc["id"] = doc["id"].removeprefix("zbcnews-")
            if doc["url"] and not (docs.get(doc["url"]) or {}).get("text"):
                docs[doc["url"]] = doc
    return list(docs.values())


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the sites' files")
    docs = read_corpus(args.git_dir, args.revision)
    write_corpus(docs, args.out)
    print(summary(docs, args.out))


if __name__ == "__main__":
    main()
