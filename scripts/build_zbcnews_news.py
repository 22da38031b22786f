"""Draw Zimbabwe news articles (ZBC News, 2024-2025) for a facet precision part.

Usage::

    python scripts/build_zbcnews_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2512] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads ``zbc/local-news.json``, ``zbc/business.json`` and ``zbc/sport.json`` at every
commit that changed one of them up to ``--revision`` (by default 66e71e1, 16 December
2025, the snapshot's head), oldest first, in a git checkout (or bare git directory) of
https://github.com/mhodieknowledge/flask-news-scraper, a scraper of Zimbabwean news sites
whose scheduled runs commit what they took to the repository. These three files hold the
latest articles of the local news, business and sport sections of ZBC News
(zbcnews.co.zw), the news site of the Zimbabwe Broadcasting Corporation: one JSON object
each, whose ``news`` lists articles with ``title``, ``href`` (the address), ``content``
(the text, one paragraph a line), ``time`` and ``date`` (when the scraper took the
article: ``15 Dec 2025``). The repository's other files (``news/``: The Herald, Chronicle,
NewZimbabwe, ZimEye) are not read: their scraper drops every character outside printable
ASCII, the apostrophes and quotation marks among them. An article in several versions is
read once, from the first version that gives it a text.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters, whitespace runs read as one
space) alike, the first, in that order; leaves out those listed in ``--exclude`` (by
address, but for the address forms ``scripts/build_fakehealth_news.py`` compares, and by
opening). Then draws ``--count`` of them (a seeded random sample of the addresses, sorted
so the draw is the same on every run), in that order, and writes ``id`` (``zbcnews-`` and
10 hex digits of the address's SHA-1), ``title`` (whitespace runs as one space), ``date``
(the scraper's ``date`` as year-month-day, the day the article was taken), ``url``,
``source`` (``ZBC News``), ``text`` (the content's lines, whitespace runs as one space,
empty ones left out, apart by an empty line), one article per line, and the ``id``/``url``
list (``TSV``).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402

FILES = ("zbc/local-news.json", "zbc/business.json", "zbc/sport.json")
SOURCE = "ZBC News"
REVISION = "66e71e199d66f96820682358396de5087e2edfdf"
SEED = 2512
# Some 150 words.
MIN_CHARS = 800
# A commit's name in ``git log --format=%H`` output (the lines between name the files)
COMMIT = re.compile(r"[0-9a-f]{40}")


def article(item: dict[str, str]) -> dict[str, str]:
    """One article of a section's file as a part's article."""
    url = str(item.get("href") or item.get("url") or "").strip()
    lines = (" ".join(line.split()) for line in str(item.get("content") or "").splitlines())
    try:
        day = datetime.strptime(str(item.get("date") or "").strip(), "%d %b %Y").date()
    except ValueError:
        day = None
    return {
        "id": "zbcnews-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join(str(item.get("title") or "").split()),
        "date": day.isoformat() if day else "",
        "url": url,
        "source": SOURCE,
        "text": "\n\n".join(line for line in lines if line),
    }


def versions(git_dir: str, revision: str, files: Sequence[str] = FILES) -> list[str]:
    """``commit:path`` of the ``files`` (the section files by default) at each commit up
    to ``revision`` that changed one of them, oldest first (a commit's in ``files``
    order)."""
    log = ["git", "-C", git_dir, "log", "--reverse", "--format=%H", "--name-only"]
    out = subprocess.run([*log, revision, "--", *files], check=True, capture_output=True)
    found: list[str] = []
    commit, changed = "", set()
    for line in [*out.stdout.decode().splitlines(), "0" * 40]:
        if COMMIT.fullmatch(line):
            found.extend(f"{commit}:{path}" for path in files if commit and path in changed)
            commit, changed = line, set()
        elif line.strip():
            changed.add(line.strip())
    return found


def contents(git_dir: str, specs: list[str]) -> list[bytes | None]:
    """The files named ``commit:path``, read in one batch (None where a commit deleted
    the file)."""
    batch = subprocess.run(
        ["git", "-C", git_dir, "cat-file", "--batch"],
        input="".join(f"{spec}\n" for spec in specs).encode(),
        check=True,
        capture_output=True,
    ).stdout
    found: list[bytes | None] = []
    at = 0
    for _ in specs:
        header_end = batch.index(b"\n", at)
        header = batch[at:header_end].split()
        if header[-1] == b"missing":
            found.append(None)
            at = header_end + 1
            continue
        size = int(header[2])
        found.append(batch[header_end + 1 : header_end + 1 + size])
        at = header_end + 1 + size + 1
    return found


def items(content: bytes | None) -> list[dict[str, str]]:
    """A version's articles (none where the file is gone or is not whole JSON)."""
    try:
        listed = json.loads(content or b"").get("news")
    except (ValueError, AttributeError):
        return []
    return [item for item in listed or [] if isinstance(item, dict)]


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The sections' articles up to ``revision``, each once, in the order first read."""
    docs: dict[str, dict[str, str]] = {}
    for content in contents(git_dir, versions(git_dir, revision)):
        for item in items(content):
            doc = article(item)
            if doc["url"] and not (docs.get(doc["url"]) or {}).get("text"):
                docs[doc["url"]] = doc
    return list(docs.values())


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of ZBC News ... source",
    )


if __name__ == "__main__":
    main()
