"""Write CBC News articles (Canada, scraped in January 2020) for the quote speaker news set.

Usage::

    python scripts/build_cbcnews_quotes.py GIT_DIR [--out ../bench-data/cbcnews/cbc.jsonl.gz]

Reads ``data/raw/Jan_*_news.csv`` (the ``_test`` file aside) at ``REVISION`` (bf1534a,
the snapshot's head) of a git checkout (or bare git directory) of
https://github.com/CylitaGuy/news-link, C. Guy's scrape of the cbc.ca landing pages
over a week of January 2020 (Insight Data Science project "News-Link"): one row an
article, ``author``, ``date`` (ISO time), ``title``, ``maintext`` (the text, one run of
words: the scrape lost the paragraph breaks, and embedded tweets are printed inline
with their ``<a>`` links), ``mainurl``; the stories the pages showed, most of January
2020, a few older. One file is not UTF-8 (see ``decode``). The repository states no
licence: the text is CBC's copyright, used here for research and evaluation only,
outside git.

Each address is read once, from the first file (by name) and row holding it. Writes
``id`` (``cbcnews-`` and 10 hex digits of the address's SHA-1), ``title``, ``date``
(the day), ``url``, ``author``, ``source`` (``CBC News``), ``file`` and ``commit`` (where
it was read), ``text`` (``<a>`` tags dropped, their words kept; whitespace runs as one
space), sorted by id.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.git_files import git_files  # noqa: E402
from scripts.reprint_corpus import quote_arguments, write_told  # noqa: E402

REVISION = "bf1534a1753dd1b7b4f8e588c9f85d03c9ef0284"
FOLDER = "data/raw/"
# the daily scrapes; Jan_22_news_test.csv is the author's trial run of the scraper
FILE = re.compile(r"data/raw/Jan_\d\d_news\.csv")
# the embedded tweets' links: the words stay, the markup goes
TAG = re.compile(r"</?a\b[^>]*>")
OUT = ROOT.parent / "bench-data" / "cbcnews" / "cbc.jsonl.gz"


def article(row: dict[str, str], path: str) -> dict[str, str]:
    """One row of the scrape ``path`` as an article of the set."""
    url = row["mainurl"].strip()
    return {
        "id": "cbcnews-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join((row.get("title") or "").split()),
        "date": (row.get("date") or "")[:10],
        "url": url,
        "author": " ".join((row.get("author") or "").split()),
        "source": "CBC News",
        "file": path,
        "commit": REVISION,
        "text": " ".join(html.unescape(TAG.sub("", row.get("maintext") or "")).split()),
    }


def decode(content: bytes) -> str:
    """A scrape's text: UTF-8, but for one file (``Jan_22``) that is not, read as Windows-1252.

    That file holds text already decoded wrongly once and saved in another code page, so
    its non-ASCII characters come out as mojibake whatever it is read as (``åÊ`` for a
    no-break space, ``‰ÛÓ`` for a dash); the quote set labels its articles as printed."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The scrapes' articles at ``revision``, each address once, sorted by id."""
    csv.field_size_limit(1 << 24)
    docs: dict[str, dict[str, str]] = {}
    for path, content in git_files(git_dir, revision, FOLDER, FILE.fullmatch):
        for row in csv.DictReader(io.StringIO(decode(content), newline="")):
            if (row.get("mainurl") or "").strip() and (row.get("maintext") or "").strip():
                doc = article(row, path)
                docs.setdefault(doc["url"], doc)
    return sorted(docs.values(), key=lambda d: d["id"])


def main() -> None:
    args = quote_arguments(__doc__.split("\n")[0], OUT)
    write_told(read_corpus(args.git_dir), args.out, f"of CBC News at {REVISION[:7]}")


if __name__ == "__main__":
    main()
