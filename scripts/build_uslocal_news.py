"""Draw US local news articles (NLGF's articles of 3DLNews2) for a facet precision part.

Usage::

    python scripts/build_uslocal_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2621] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads ``results/model/gf_data_with_prediction.csv`` at ``--revision`` (by default
59044d5, 11 March 2026) of a git checkout (or bare git directory) of
https://github.com/wm-newslab/NLGF (the geo-focus classifier of US local news of William
& Mary's NEWS lab, WebSci 2026), whose file holds the 313 articles of its test set, US
local news (newspapers, TV and radio stations of all 50 states) the lab drew from its
3DLNews2 dataset: one row an article, ``id``, ``link`` (the address), ``title``,
``content`` (the text, a paragraph a line) and the lab's own columns (the publisher's
state and city, toponyms, geo-focus labels and features), which are not read. A row
without an address or text is left out; an address in several rows is read once, from
the first.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters, whitespace runs read as one
space) alike, the first, in the order of the file; leaves out those listed in
``--exclude`` (by address, but for the address forms ``scripts/build_fakehealth_news.py``
compares, and by opening). Then draws ``--count`` of them (a seeded random sample of the
addresses, sorted so the draw is the same on every run), in that order, and writes ``id``
(``uslocal-`` and 10 hex digits of the address's SHA-1), ``title`` (whitespace runs as
one space), ``date`` (the day the address holds as ``/2024/05/17/`` or ``2024-05-17``,
else empty: the file gives none), ``url``, ``source`` (the address's host without
``www.``), ``text`` (the non-empty lines, whitespace runs as one space, apart by an empty
line), one article per line, and the ``id``/``url`` list (``TSV``).
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

FOLDER = "results/model/"
FILE = FOLDER + "gf_data_with_prediction.csv"
REVISION = "59044d5dd9071521f5b84d76cfc8493ad0aaffff"
SEED = 2621
# Some 150 words.
MIN_CHARS = 800
# A day in an address: "/2024/05/17/" or "-2024-05-17"
DAY = re.compile(r"(?:/|\b)(20\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|\b)")


def paragraphs(content: str) -> str:
    """The text's non-empty lines, whitespace runs as one space, apart by an empty line."""
    lines = (" ".join(line.split()) for line in content.splitlines())
    return "\n\n".join(line for line in lines if line)


def article(row: dict[str, str]) -> dict[str, str]:
    """One row of the file as a part's article."""
    url = row["link"].strip()
    day = DAY.search(url)
    host = url.split("/")[2] if url.count("/") >= 2 else ""
    return {
        "id": "uslocal-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join((row.get("title") or "").split()),
        "date": "-".join(day.groups()) if day else "",
        "url": url,
        "source": host.removeprefix("www."),
        "text": paragraphs(row.get("content") or ""),
    }


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The file's articles at ``revision``, each address once, in the file's order."""
    docs: dict[str, dict[str, str]] = {}
    for _, content in git_files(git_dir, revision, FOLDER, lambda p: p == FILE):
        for row in csv_rows(content):
            if (row.get("link") or "").strip() and (row.get("content") or "").strip():
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
        what="of US local news of NLGF's test set ... sites",
    )


if __name__ == "__main__":
    main()
