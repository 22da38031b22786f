"""Draw British national news articles (2023) for a facet precision part.

Usage::

    python scripts/build_uknews_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2601] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads every version, up to ``--revision`` (by default 5425ccb, 5 December 2023, the
snapshot's head), oldest first, of the JSON files of scraped articles in a git checkout (or
bare git directory) of https://github.com/nickma101/UK_News_Scrapers, a collection of RSS
scrapers for UK news websites whose runs committed what they took to the repository: the
files whose name holds ``articles`` (``independent_articles2023-12-05.json``) or opens
``inews`` and a date. Each is a list of articles with ``url``, ``title``, ``outlet``,
``datePublished`` (``{"$date": "2023-12-05T16:10:27.560Z"}``, the time the scraper took
it) and ``body`` (a list of ``{"type", "text"}`` blocks, paragraphs, cross-heads and
quotations, or, in the earlier files, one string, a paragraph a line). The BBC's articles
(``outlet`` ``BBC``) are left out: the BBC's news is the earlier parts'. An article in
several versions is read once, from the first version that gives it a text.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters, whitespace runs read as one
space) alike, the first, in that order; leaves out those listed in ``--exclude`` (by
address, but for the address forms ``scripts/build_fakehealth_news.py`` compares, and by
opening). Then draws ``--count`` of them (a seeded random sample of the addresses, sorted
so the draw is the same on every run), in that order, and writes ``id`` (``uknews-`` and
10 hex digits of the address's SHA-1), ``title`` (whitespace runs as one space), ``date``
(the day of ``datePublished``, year-month-day), ``url``, ``source`` (the outlet: ``The
Independent``, ``The Guardian``, ``Evening Standard``, ``Sky News``, ``i``), ``text``
(the body's blocks or lines, whitespace runs as one space, empty ones left out, apart by
an empty line), one article per line, and the ``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402
from scripts.build_zbcnews_news import COMMIT, contents  # noqa: E402

REVISION = "5425ccb44f7e002875bd0946b6b67c60f8bf5c3b"
SEED = 2601
# Some 150 words.
MIN_CHARS = 800
# A file of scraped articles: "production/data/sky_articles2023-06-14.json",
# "production/data/inews2023-08-09.json"
ARTICLES_FILE = re.compile(r"(?:.*/)?(?:[^/]*articles[^/]*|inews\d[^/]*)\.json")
# The outlets as the scraper names them, and as a part's ``source`` gives them; the BBC is
# left out (the earlier parts' news)
OUTLETS = {
    "Independent": "The Independent",
    "GuardianInt": "The Guardian",
    "EveningStandard": "Evening Standard",
    "SkyNews": "Sky News",
    "INews": "i",
}
# The day of a scraper's time stamp: "2023-12-05T16:10:27.560Z", "20231012..."
DAY = re.compile(r"(\d{4})-?(\d\d)-?(\d\d)")


def paragraphs(body: object) -> list[str]:
    """An article's body as its paragraphs, whitespace runs as one space, empty ones left
    out (blocks of every type, or a string's lines)."""
    if isinstance(body, str):
        lines = body.splitlines()
    elif isinstance(body, list):
        lines = [str(b.get("text") or "") for b in body if isinstance(b, dict)]
    else:
        lines = []
    return [" ".join(line.split()) for line in lines if line.strip()]


def day(stamp: object) -> str:
    """The year-month-day of a scraper's time stamp (``{"$date": ...}`` or a string)."""
    value = stamp.get("$date") if isinstance(stamp, dict) else stamp
    found = DAY.match(str(value or ""))
    return "-".join(found.groups()) if found else ""


def article(item: dict[str, object]) -> dict[str, str]:
    """One scraped article as a part's article."""
    url = str(item.get("url") or "").strip()
    return {
        "id": "uknews-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join(str(item.get("title") or "").split()),
        "date": day(item.get("datePublished")),
        "url": url,
        "source": OUTLETS.get(str(item.get("outlet")), ""),
        "text": "\n\n".join(paragraphs(item.get("body"))),
    }


def versions(git_dir: str, revision: str) -> list[str]:
    """``commit:path`` of every article file each commit up to ``revision`` changed,
    oldest first."""
    log = ["git", "-C", git_dir, "log", "--reverse", "--format=%H", "--name-only"]
    out = subprocess.run([*log, revision, "--"], check=True, capture_output=True)
    found: list[str] = []
    commit = ""
    for line in out.stdout.decode().splitlines():
        if COMMIT.fullmatch(line):
            commit = line
        elif ARTICLES_FILE.fullmatch(line.strip()):
            found.append(f"{commit}:{line.strip()}")
    return found


def items(content: bytes | None) -> list[dict[str, object]]:
    """A version's articles (none where the file is gone or is not a whole JSON list)."""
    try:
        listed = json.loads(content or b"")
    except ValueError:
        return []
    return [i for i in listed if isinstance(i, dict)] if isinstance(listed, list) else []


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The outlets' articles up to ``revision``, each once, in the order first read."""
    docs: dict[str, dict[str, str]] = {}
    for content in contents(git_dir, versions(git_dir, revision)):
        for item in items(content):
            doc = article(item)
            if doc["url"] and doc["source"] and not (docs.get(doc["url"]) or {}).get("text"):
                docs[doc["url"]] = doc
    return list(docs.values())


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of British national news ... outlets",
    )


if __name__ == "__main__":
    main()
