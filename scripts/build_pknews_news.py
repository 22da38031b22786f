"""Draw Pakistani news articles (Dawn and APP, October 2025) for a facet precision part.

Usage::

    python scripts/build_pknews_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2510] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads the article files of October 2025 (``data/dawn/articles/2025/10/`` and then
``data/app/articles/2025/10/``, each folder in the order of its files' paths) at
``--revision`` (by default b0dabd2, 9 November 2025, the snapshot's head) of a git
checkout (or bare git directory) of https://github.com/gitcodeuu/xai_articles, a scrape
of two Pakistani news sources: Dawn (dawn.com, the English-language daily) and the
Associated Press of Pakistan (app.com.pk, the national news agency's national section).
Each file is one JSON object: ``title``, ``author``, ``content`` (the text),
``link`` (the address), ``date_published``, ``dateList`` (the day of the archive page
that listed the article) and others. A file that is no JSON object (an empty one) is
left out; an article in several files (the scrape lists some on two days) is read once,
from the first.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters, whitespace runs read as one
space) alike, the first, in the order read; leaves out those listed in ``--exclude`` (by
address, but for the address forms ``scripts/build_fakehealth_news.py`` compares, and by
opening). Then draws ``--count`` of them (a seeded random sample of the addresses,
sorted so the draw is the same on every run), in that order, and writes ``id``
(``pknews-`` and 10 hex digits of the address's SHA-1), ``title`` (whitespace runs as one
space, without the `` - Section - DAWN.COM`` the page's title element adds to some of
Dawn's headlines), ``date`` (the day of ``date_published``, or of ``dateList`` where the
scrape gives none), ``url``, ``source`` (``Dawn`` or ``APP``, by the folder), ``text``
(the lines, whitespace runs as one space, empty ones left out, apart by an empty line),
one article per line, and the ``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402
from scripts.git_files import git_files  # noqa: E402

# (folder, source) in the order read
FOLDERS = (("data/dawn/articles/2025/10/", "Dawn"), ("data/app/articles/2025/10/", "APP"))
REVISION = "b0dabd22a0086d29d54129bf571ec10588070823"
SEED = 2510
# Some 150 words.
MIN_CHARS = 800
# The page's title element after Dawn's headline: "... - Pakistan - DAWN.COM"
SITE = re.compile(r"(?: - [A-Z][A-Za-z]+)? - DAWN\.COM$")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def article(record: dict[str, object], source: str) -> dict[str, str]:
    """One scraped record of ``source``'s folder as a part's article."""
    url = str(record["link"]).strip()
    lines = (" ".join(line.split()) for line in str(record.get("content") or "").splitlines())
    day = DAY.match(str(record.get("date_published") or "")) or DAY.match(
        str(record.get("dateList") or "")
    )
    return {
        "id": "pknews-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": SITE.sub("", " ".join(str(record.get("title") or "").split())),
        "date": day.group(0) if day else "",
        "url": url,
        "source": source,
        "text": "\n\n".join(line for line in lines if line),
    }


def records(content: bytes) -> list[dict[str, object]]:
    """The file's record, or none where the file is no JSON object (an empty file)."""
    try:
        record = json.loads(content)
    except ValueError:
        return []
    return [record] if isinstance(record, dict) and record.get("link") else []


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The articles of the folders at ``revision``, each address once, in the order read."""
    docs: dict[str, dict[str, str]] = {}
    for folder, source in FOLDERS:
        for _, content in git_files(git_dir, revision, folder, lambda p: p.endswith(".json")):
            for record in records(content):
                doc = article(record, source)
                docs.setdefault(doc["url"], doc)
    return list(docs.values())


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of Dawn and the APP of October 2025 ... sources",
    )


if __name__ == "__main__":
    main()
