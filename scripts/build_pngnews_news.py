"""Draw Papua New Guinea news articles (The National, 2025) for a facet precision part.

Usage::

    python scripts/build_pngnews_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2511] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads ``The National/thenational_nation_with_full_text_sentiment.csv`` at ``--revision``
(by default 3cc7c2e, 20 November 2025, the snapshot's head) of a git checkout (or bare
git directory) of https://github.com/charlieikosi/PNG-News-Database, C. Ikosi's
collection of Papua New Guinea news, whose file holds the articles of the national news
section of The National (thenational.com.pg), the country's English-language daily, of
August to November 2025: one row an article, ``Title``, ``URL``, ``Date`` (day/month/year),
``Content`` (the text, one run of words with no paragraph breaks) and three columns the
collection's own analysis added (``Category``, ``Sentiment``, ``People``), which are not
read. A row without an address is left out; an address in several rows is read once,
from the first.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters, whitespace runs read as one
space) alike, the first, in the order of the file; leaves out those listed in
``--exclude`` (by address, but for the address forms ``scripts/build_fakehealth_news.py``
compares, and by opening). Then draws ``--count`` of them (a seeded random sample of the
addresses, sorted so the draw is the same on every run), in that order, and writes ``id``
(``pngnews-`` and 10 hex digits of the address's SHA-1), ``title`` (whitespace runs as
one space), ``date`` (``Date`` as year-month-day), ``url``, ``source`` (``The
National``), ``text`` (the content's lines, whitespace runs as one space, empty ones left
out, apart by an empty line), one article per line, and the ``id``/``url`` list
(``TSV``).
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402
from scripts.git_files import csv_rows, git_files  # noqa: E402

FOLDER = "The National/"
FILE = FOLDER + "thenational_nation_with_full_text_sentiment.csv"
SOURCE = "The National"
REVISION = "3cc7c2efad74d90a5b4f7e33fd968294e8fc8281"
SEED = 2511
# Some 150 words.
MIN_CHARS = 800
# The collection's day: "20/11/2025" (day, month, year)
DAY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def article(row: dict[str, str]) -> dict[str, str]:
    """One row of the collection's file as a part's article."""
    url = row["URL"].strip()
    lines = (" ".join(line.split()) for line in (row.get("Content") or "").splitlines())
    day = DAY.fullmatch((row.get("Date") or "").strip())
    return {
        "id": "pngnews-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join((row.get("Title") or "").split()),
        "date": f"{day[3]}-{int(day[2]):02d}-{int(day[1]):02d}" if day else "",
        "url": url,
        "source": SOURCE,
        "text": "\n\n".join(line for line in lines if line),
    }


def rows(content: bytes) -> list[dict[str, str]]:
    """The file's rows (its header's byte order mark aside), those with an address."""
    return [row for row in csv_rows(content) if (row.get("URL") or "").strip()]


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The file's articles at ``revision``, each address once, in the file's order."""
    docs: dict[str, dict[str, str]] = {}
    for _, content in git_files(git_dir, revision, FOLDER, lambda p: p == FILE):
        for row in rows(content):
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
        what="of The National of 2025 ... source",
    )


if __name__ == "__main__":
    main()
