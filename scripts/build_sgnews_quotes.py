"""Write Singapore press articles (The Straits Times, CNA) for the quote speaker news set.

Usage::

    python scripts/build_sgnews_quotes.py GIT_DIR [--out ../bench-data/sgnews]

Reads, at ``REVISION`` (9975285, 15 November 2025; the file last changed in 41692cc, 7
November 2025) of a git checkout (or bare git directory) of
https://github.com/timt29/FYPGRP26 (a student team's news-site project), the MySQL dump
``database/nrs_articles.sql``: the table ``articles`` its site was seeded with, 45 rows
(``articleid``, ``title``, ``content``, ``author``, ``published_at``, ...). The
``content`` of the longer rows is the text of Singapore press stories of September to
November 2025 pasted in as HTML paragraphs (``<p>...</p>``, ``&nbsp;``), with the
papers' datelines (``SINGAPORE –`` of The Straits Times, ``SINGAPORE:`` of CNA); four
early rows are plain text with ``\\r\\n`` breaks; the short rows (under 300 characters)
are the team's own blurbs. ``author`` is the team's user who entered the row, not the
story's writer, and ``published_at`` the time it was entered. The repository states no
licence: the text is the papers' copyright, used here for research and evaluation only,
outside git.

Writes ``id`` (``sgnews-`` and the row's ``articleid``), ``title``, ``date``
(``published_at``), ``url`` (empty), ``source`` (the dump), ``file`` and ``commit``, and
``text``: one paragraph per ``<p>`` (or per line of a plain row), tags dropped, entities
undone, no-break spaces and whitespace runs as one space, paragraphs joined by a blank
line; sorted by id, to ``st.jsonl.gz``.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.git_files import git_files  # noqa: E402
from scripts.reprint_corpus import quote_arguments, write_told  # noqa: E402

REVISION = "9975285ad46d62df19fd9e88ac5f2b33e744b34f"
PATH = "database/nrs_articles.sql"
OUT = ROOT.parent / "bench-data" / "sgnews"
NAME = "st.jsonl.gz"
COLUMNS = ("articleid", "title", "content", "author", "published_at")
# a paragraph's end in the pasted HTML: a closing </p> or a line break
_BREAK = re.compile(r"</p>|<br\s*/?>|\r?\n", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}


def _quoted(sql: str, at: int) -> tuple[str, int]:
    """The MySQL string literal opening at ``at`` (its quote), and where it ends."""
    out, at = [], at + 1
    while sql[at] != "'" or sql[at + 1 : at + 2] == "'":
        if sql[at] == "\\":
            out.append(_ESCAPES.get(sql[at + 1], sql[at + 1]))
            at += 2
        else:
            out.append(sql[at])
            at += 2 if sql[at] == "'" else 1
    return "".join(out), at + 1


def rows(sql: str, table: str = "articles") -> list[list[str | None]]:
    """The value tuples of every ``INSERT INTO `table` VALUES (...),(...);`` of a dump."""
    found: list[list[str | None]] = []
    for insert in re.finditer(rf"INSERT INTO `{table}` VALUES ", sql):
        at = insert.end()
        while sql[at] == "(":
            row: list[str | None] = []
            at += 1
            while True:
                if sql[at] == "'":
                    value, at = _quoted(sql, at)
                    row.append(value)
                else:
                    end = min(i for i in (sql.find(",", at), sql.find(")", at)) if i >= 0)
                    row.append(None if sql[at:end] == "NULL" else sql[at:end])
                    at = end
                at += 1
                if sql[at - 1] == ")":
                    break
            found.append(row)
            at += 1 if sql[at] == "," else 0
    return found


def body(content: str) -> str:
    """The pasted story as paragraphs joined by a blank line."""
    pieces = (html.unescape(_TAG.sub("", part)) for part in _BREAK.split(content))
    paragraphs = (" ".join(piece.replace("\xa0", " ").split()) for piece in pieces)
    return "\n\n".join(p for p in paragraphs if p)


def read_articles(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The rows of the dump's ``articles`` table at ``revision`` that hold text."""
    docs = []
    for path, content in git_files(git_dir, revision, PATH, PATH.__eq__):
        for row in rows(content.decode("utf-8")):
            record = dict(zip(COLUMNS, row, strict=False))
            text = body(record["content"] or "")
            if text:
                docs.append(
                    {
                        "id": f"sgnews-{int(record['articleid'] or 0):03d}",
                        "title": " ".join((record["title"] or "").split()),
                        "date": record["published_at"] or "",
                        "url": "",
                        "source": "FYPGRP26 nrs_articles (The Straits Times, CNA)",
                        "file": path,
                        "commit": revision,
                        "text": text,
                    }
                )
    return sorted(docs, key=lambda d: d["id"])


def main() -> None:
    args = quote_arguments(__doc__.split("\n")[0], OUT)
    write_told(read_articles(args.git_dir), args.out / NAME, f"at {REVISION[:7]}")


if __name__ == "__main__":
    main()
