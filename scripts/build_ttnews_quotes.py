"""Write Trinidad and Tobago press articles for the quote speaker news set.

Usage::

    python scripts/build_ttnews_quotes.py GIT_DIR [--out ../bench-data/ttnews]

Reads, at ``REVISION`` (980c17e, 13 June 2019, the last commit that changed them) of a
git checkout (or bare git directory) of https://github.com/DavidDexterCharles/GBK-Topic-Modeler
(D. Charles's topic classifier of Trinidad news, 2019), the two MySQL dumps of its
crawled articles, ``BackEnd/app/all/jnd.sql`` and ``BackEnd/app/jnd.sql``: table
``article``, one row an article, ``TITLE``, ``SOURCE`` (the address), ``DATE`` (as the page
printed it: ``Apr 11, 2019``, or ``19 hrs ago`` relative to the crawl) and ``CONTENT``.
The crawler (``BackEnd/app/crawler/crawler.py`` there) took the text of every ``<p>`` of
the page, joined by line breaks, then made every run of whitespace one space: a body is
one paragraph, and whatever the page printed in a ``<p>`` (a subscription line, a
caption) is in it. Most rows are the Trinidad Express's (trinidadexpress.com), a few the
Trinidad Guardian's, Newsday's and Loop News's; one row of another site (a Wikipedia
page) is left out. The repository's MIT licence covers its code; the text is the papers'
copyright, used here for research and evaluation only, outside git.

Each address is read once (the first dump by path holding it). Writes ``id``
(``ttnews-`` and 10 hex digits of the address's SHA-1), ``title``, ``date`` (as printed),
``url``, ``source`` (the paper), ``file`` and ``commit`` (where it was read), and ``text``
(whitespace runs as one space), sorted by id, to one file, ``tt.jsonl.gz``.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.git_files import git_files  # noqa: E402
from scripts.reprint_corpus import quote_arguments, write_told  # noqa: E402

REVISION = "980c17efc709dd829d363a90bd1204bd7148b704"
FOLDER = "BackEnd/app/"
DUMPS = {"BackEnd/app/all/jnd.sql", "BackEnd/app/jnd.sql"}
# the papers by host (``www.`` dropped); rows of any other host are not read
PAPERS = {
    "trinidadexpress.com": "Trinidad Express",
    "guardian.co.tt": "Trinidad Guardian",
    "newsday.co.tt": "Newsday",
    "looptt.com": "Loop News",
}
OUT = ROOT.parent / "bench-data" / "ttnews"
NAME = "tt.jsonl.gz"
_INSERT = re.compile(r"INSERT INTO `article` \(([^)]*)\) VALUES\n(.*?);\n", re.S)
# one value of a row: a quoted string (backslash escapes, '' for a quote) or a bare word
_VALUE = re.compile(r"\s*(?:'((?:[^'\\]|\\.|'')*)'|(NULL|[-\w.]+))\s*([,)])", re.S)
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}


def _unescape(value: str) -> str:
    value = value.replace("''", "'")
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), value, flags=re.S)


def _bare(word: str) -> str | None:
    return None if word == "NULL" else word


def dump_rows(sql: str) -> list[dict[str, str | None]]:
    """The rows of table ``article`` of a MySQL dump, column name -> value."""
    found: list[dict[str, str | None]] = []
    for insert in _INSERT.finditer(sql):
        columns = [c.strip(" `") for c in insert.group(1).split(",")]
        values, at, body = [], 0, insert.group(2)
        while (start := body.find("(", at)) >= 0:
            at = start + 1
            values.clear()
            while match := _VALUE.match(body, at):
                text, bare, end = match.groups()
                values.append(_unescape(text) if text is not None else _bare(bare))
                at = match.end()
                if end == ")":
                    break
            found.append(dict(zip(columns, values, strict=True)))
    return found


def article(row: dict[str, str | None], path: str) -> dict[str, str] | None:
    """The record of one row, or None for a row of a host not in ``PAPERS``."""
    url = (row.get("SOURCE") or "").strip()
    host = urlparse(url).netloc.removeprefix("www.")
    if host not in PAPERS or not (row.get("CONTENT") or "").strip():
        return None
    return {
        "id": "ttnews-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join((row.get("TITLE") or "").split()),
        "date": " ".join((row.get("DATE") or "").split()),
        "url": url,
        "source": PAPERS[host],
        "file": path,
        "commit": REVISION,
        "text": " ".join((row.get("CONTENT") or "").split()),
    }


def read_articles(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The articles of both dumps at ``revision``, each address once."""
    docs: dict[str, dict[str, str]] = {}
    for path, content in git_files(git_dir, revision, FOLDER, DUMPS.__contains__):
        for row in dump_rows(content.decode("utf-8")):
            doc = article(row, path)
            if doc is not None:
                docs.setdefault(doc["url"], doc)
    return sorted(docs.values(), key=lambda d: d["id"])


def main() -> None:
    args = quote_arguments(__doc__.split("\n")[0], OUT)
    write_told(read_articles(args.git_dir), args.out / NAME, f"at {REVISION[:7]}")


if __name__ == "__main__":
    main()
