"""Write Malaysian press articles (The Star) for the quote speaker news set.

Usage::

    python scripts/build_mynews_quotes.py GIT_DIR [--out ../bench-data/mynews]

Reads, at ``REVISION`` (1f91fad, 4 January 2022, its last commit; the two files date from
7 June 2020) of a git checkout (or bare git directory) of
https://github.com/afiqhatta/orangepeel (A. Hatta's archive of Malaysian reporting on
undocumented immigrants, 2020), the two outputs of its Scrapy spider
(``orangepeel/orangepeel/spiders/news_spider.py``) over The Star's search for
"undocumented" (``metadata.csv`` there): ``orangepeel/star.json`` (a JSON list) and
``orangepeel/orangepeel/spiders/test.json`` (five JSON lists written one after another,
the spider's ``-o`` appending), each record ``title``, ``region`` (The Star's section
kicker: Nation, Letters, AseanPlus News, World, Metro News), ``date`` (always 0: the
date selector found nothing) and ``text``: the text nodes of ``#story-body`` joined by
one space. The paragraphs' nodes came with the page's indentation around them, so a
paragraph break is a run of three spaces or more (the space the join added and those
the page had); a photo's ``(pic)`` link stands between two spaces. No address was kept.
The repository states no licence: the text is The Star's copyright, used here for
research and evaluation only, outside git.

Each text is read once (the first file by path holding it). Writes ``id`` (``mynews-``
and 10 hex digits of the SHA-1 of the body), ``title`` and ``region`` (whitespace runs
as one space), ``date`` and ``url`` (empty), ``source`` (The Star), ``file`` and
``commit`` (where it was read), and ``text`` (the paragraphs joined by a blank line,
each paragraph's whitespace runs as one space), sorted by id, to ``star.jsonl.gz``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.git_files import git_files  # noqa: E402
from scripts.reprint_corpus import quote_arguments, write_told  # noqa: E402

REVISION = "1f91fadfde097149050bb0ecc41452829dce3b36"
FOLDER = "orangepeel/"
FILES = {"orangepeel/star.json", "orangepeel/orangepeel/spiders/test.json"}
OUT = ROOT.parent / "bench-data" / "mynews"
NAME = "star.jsonl.gz"
# a paragraph break of the scrape: the join's space and the page's indentation
_BREAK = re.compile(r"\s{3,}")


def json_lists(content: str) -> list[dict[str, object]]:
    """The records of a file of one JSON list or several written one after another."""
    decoder, found, at = json.JSONDecoder(), [], 0
    while (at := len(content) - len(content[at:].lstrip())) < len(content):
        value, at = decoder.raw_decode(content, at)
        found.extend(value)
    return found


def body(text: str) -> str:
    """The scraped text as paragraphs joined by a blank line."""
    paragraphs = (" ".join(part.split()) for part in _BREAK.split(text))
    return "\n\n".join(p for p in paragraphs if p)


def article(record: dict[str, object], path: str) -> dict[str, str] | None:
    """The record of one scraped story, or None when it has no text."""
    text = body(str(record.get("text") or ""))
    if not text:
        return None
    return {
        "id": "mynews-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10],
        "title": " ".join(str(record.get("title") or "").split()),
        "date": "",
        "url": "",
        "source": "The Star",
        "region": " ".join(str(record.get("region") or "").split()),
        "file": path,
        "commit": REVISION,
        "text": text,
    }


def read_articles(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The stories of both files at ``revision``, each text once."""
    docs: dict[str, dict[str, str]] = {}
    for path, content in git_files(git_dir, revision, FOLDER, FILES.__contains__):
        for record in json_lists(content.decode("utf-8")):
            doc = article(record, path)
            if doc is not None:
                docs.setdefault(doc["id"], doc)
    return sorted(docs.values(), key=lambda d: d["id"])


def main() -> None:
    args = quote_arguments(__doc__.split("\n")[0], OUT)
    write_told(read_articles(args.git_dir), args.out / NAME, f"at {REVISION[:7]}")


if __name__ == "__main__":
    main()
