"""Draw Ghanaian news sites' articles (January 2026) for a facet precision part.

Usage::

    python scripts/build_ghananews_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2026] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads ``feed.json`` and ``public/news-feed.json`` at every commit that changed one of them
up to ``--revision`` (by default 3e0fb85, 14 January 2026, the last such commit), oldest
first, in a git checkout (or bare git directory) of
https://github.com/oscarmireku/ghana-news-feed, O. Mireku's aggregator of Ghanaian news
sites' feeds (GhanaWeb, MyJoyOnline, Adom Online, Peace FM, Asaase Radio, The Herald, the
B&FT, the Daily Guide and others). Each file is one JSON object: ``generated_at`` (the
feed's time, UTC) and ``stories``, each with ``source`` (the site), ``title``, ``link``,
``time`` (the story's day and hour as the site gives them, without the year: ``Jan 11,
11:48 AM``) and ``content`` (the text as the aggregator took it: HTML paragraphs, or lines,
or both). A story in several versions is read once, from the first.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters, whitespace runs read as one
space) alike, the first, in that order; leaves out those listed in ``--exclude`` (by
address, but for the address forms ``scripts/build_fakehealth_news.py`` compares, and by
opening). Then draws ``--count`` of them (a seeded random sample of the addresses, sorted
so the draw is the same on every run), in that order, and writes ``id`` (``ghnews-`` and
10 hex digits of the address's SHA-1), ``title`` (HTML entities read, whitespace runs as
one space), ``date`` (the story's day, in the year of the feed's ``generated_at``),
``url`` (``link``), ``source``, ``text`` (the paragraphs: ``<p>``, ``<br>`` and line
breaks apart, other tags dropped, entities read, whitespace runs as one space, empty ones
left out, apart by an empty line), one article per line, and the ``id``/``url`` list
(``TSV``).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402
from scripts.build_masakhanews_news import show  # noqa: E402

FILES = ("feed.json", "public/news-feed.json")
REVISION = "3e0fb85eb780bb0ac1fab73ec38df0fab15f5c80"
SEED = 2026
# Some 150 words.
MIN_CHARS = 800
BREAK = re.compile(r"</p\s*>|<br\s*/?>|\n", re.IGNORECASE)
TAG = re.compile(r"<[^>]*>")


def clean(fragment: str) -> str:
    """A piece of HTML as plain text, whitespace runs as one space."""
    return " ".join(html.unescape(TAG.sub(" ", fragment)).split())


def story_day(stamp: str, generated: str) -> str:
    """The day of a story's ``Jan 11, 11:48 AM``, in the year of the feed, or empty."""
    try:
        day = datetime.strptime(f"{generated[:4]} {stamp.split(',')[0]}", "%Y %b %d")
    except ValueError:
        return ""
    return day.date().isoformat()


def article(story: dict[str, str], generated: str) -> dict[str, str]:
    """One story of a feed as a part's article."""
    url = str(story["link"]).strip()
    paragraphs = (clean(p) for p in BREAK.split(str(story.get("content") or "")))
    return {
        "id": "ghnews-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": clean(str(story.get("title") or "")),
        "date": story_day(str(story.get("time") or ""), generated),
        "url": url,
        "source": " ".join(str(story.get("source") or "").split()),
        "text": "\n\n".join(p for p in paragraphs if p),
    }


def versions(git_dir: str, revision: str) -> list[tuple[str, str]]:
    """(commit, path) of the feed files at each commit up to ``revision`` that changed
    one of them, oldest first (``feed.json`` before ``public/news-feed.json``)."""
    git = ["git", "-C", git_dir]
    log = [*git, "log", "--reverse", "--format=%H", revision, "--", *FILES]
    commits = subprocess.run(log, check=True, capture_output=True, text=True).stdout.split()
    found: list[tuple[str, str]] = []
    for commit in commits:
        listed = [*git, "ls-tree", "--name-only", commit, "--", *FILES]
        present = subprocess.run(listed, check=True, capture_output=True, text=True).stdout
        found.extend((commit, path) for path in FILES if path in present.split("\n"))
    return found


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The feeds' stories up to ``revision``, each once, in the order first read."""
    docs: dict[str, dict[str, str]] = {}
    for commit, path in versions(git_dir, revision):
        feed = json.loads(show(git_dir, commit, path))
        for story in feed.get("stories") or []:
            doc = article(story, str(feed.get("generated_at") or ""))
            docs.setdefault(doc["url"], doc)
    return list(docs.values())


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of the Ghanaian news feeds ... sites",
    )


if __name__ == "__main__":
    main()
