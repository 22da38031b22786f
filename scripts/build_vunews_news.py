"""Draw Vanuatu news articles (Vanuatu Business Review, 2020-2023) for a facet precision part.

Usage::

    python scripts/build_vunews_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2612] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads ``data/text/vanuatu/vbr_news.csv`` at ``--revision`` (by default b295eef, 4 April
2024, the last commit before the data files were removed) of a git checkout (or bare git
directory) of https://github.com/worldbank/pacific-observatory (the World Bank's Pacific
Observatory), whose file holds the project's scrape of the news of Vanuatu Business
Review (vbr.vu), a news site of Port Vila, of April 2020 to September 2023: one row an
article, an unnamed row number, ``url``, ``date`` (``2022-06-10 23:00:00``), ``title``
and ``news`` (the text). The scraper joined the text of the page's paragraphs with
nothing between them (``capital.There have been``), as the same repository's ABC and RNZ
scrapes (``scripts/build_aunznews_quotes.py``) did: a paragraph break is made where the
text itself shows a join (``text_of`` there). A row without an address or text is left
out; an address in several rows is read once, from the first.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters, whitespace runs read as one
space) alike, the first, in the order of the file; leaves out those listed in
``--exclude`` (by address, but for the address forms ``scripts/build_fakehealth_news.py``
compares, and by opening). Then draws ``--count`` of them (a seeded random sample of the
addresses, sorted so the draw is the same on every run), in that order, and writes ``id``
(``vunews-`` and 10 hex digits of the address's SHA-1), ``title`` (whitespace runs as one
space), ``date`` (the day), ``url``, ``source`` (``Vanuatu Business Review``), ``text``
(the paragraphs, whitespace runs as one space, apart by an empty line), one article per
line, and the ``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_aunznews_quotes import text_of  # noqa: E402
from scripts.build_hyperpartisan_news import run_draw  # noqa: E402
from scripts.git_files import csv_rows, git_files  # noqa: E402

FOLDER = "data/text/vanuatu/"
FILE = FOLDER + "vbr_news.csv"
SOURCE = "Vanuatu Business Review"
REVISION = "b295eefb8b08b1e0fdef3f9cfc79d8905811fd6d"
SEED = 2612
# Some 150 words.
MIN_CHARS = 800
# The scrape's day: "2022-06-10 23:00:00"
DAY = re.compile(r"(\d{4}-\d{2}-\d{2})\b.*")


def article(row: dict[str, str]) -> dict[str, str]:
    """One row of the scrape's file as a part's article."""
    url = row["url"].strip()
    day = DAY.fullmatch((row.get("date") or "").strip())
    return {
        "id": "vunews-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join((row.get("title") or "").split()),
        "date": day[1] if day else "",
        "url": url,
        "source": SOURCE,
        "text": text_of(row.get("news") or ""),
    }


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The file's articles at ``revision``, each address once, in the file's order."""
    docs: dict[str, dict[str, str]] = {}
    for _, content in git_files(git_dir, revision, FOLDER, lambda p: p == FILE):
        for row in csv_rows(content):
            if (row.get("url") or "").strip() and (row.get("news") or "").strip():
                doc = article(row)
                docs.setdefault(doc["url"], doc)
    return list(docs.values())


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of Vanuatu Business Review of 2020-2023 ... source",
    )


if __name__ == "__main__":
    main()
