"""Draw Sri Lankan English-language newspapers' articles (2024-2026) for a facet precision part.

Usage::

    python scripts/build_newslk_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2024] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads ``data/articles/*/article.json`` at ``--revision`` (by default 0963d1e, the head
of the copy this script was written against, 22 August 2026) of a git checkout (or bare
git directory) of https://github.com/nuuuwan/news_long_lk, N. I. Senaratna's daily
scrape of long-form articles and opinion pieces ("Sri Lankan News: Long-Form Articles &
Opinions"), one JSON file an article: ``url``, ``title``, ``ut`` (the Unix time of the
scrape's record, not the article's own date) and ``body_paragraphs`` (the paragraphs).
Only the Sri Lankan outlets' articles are read: the Daily FT (``ft.lk``), the Daily
Mirror (``dailymirror.lk``) and D. B. S. Jeyaraj's site (``dbsjeyaraj.com``); the
American and British magazines the scrape also holds (``hbr.org``,
``technologyreview.com``, ``eiu.com``) are left out. Files whose folder name git
quotes (titles in Tamil or Sinhala letters) are not read.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters, whitespace runs read as one
space) alike, the first, in the order of the files' paths; leaves out those listed in
``--exclude`` (by address, but for the address forms ``scripts/build_fakehealth_news.py``
compares, and by opening). Then draws ``--count`` of them (a seeded random sample of the
addresses, sorted so the draw is the same on every run), in that order, and writes
``id`` (``newslk-`` and 10 hex digits of the address's SHA-1), ``title`` (whitespace runs
as one space), ``date`` (the day of ``ut``, UTC), ``url``, ``source`` (``Daily FT``,
``Daily Mirror`` or ``dbsjeyaraj.com``), ``text`` (the paragraphs, whitespace runs as one
space, empty ones left out, apart by an empty line), one article per line, and the
``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402
from scripts.git_files import git_files  # noqa: E402

FOLDER = "data/articles"
REVISION = "0963d1e05c3ea6065123c2a05e119d1c4e1d9f51"
OUTLETS = {
    "ft.lk": "Daily FT",
    "dailymirror.lk": "Daily Mirror",
    "dbsjeyaraj.com": "dbsjeyaraj.com",
}
SEED = 2024
# Some 150 words.
MIN_CHARS = 800


def outlet(url: str) -> str:
    """The Sri Lankan outlet an address is of, or empty."""
    return OUTLETS.get(urlsplit(url).netloc.lower().removeprefix("www."), "")


def article(record: dict[str, object]) -> dict[str, str]:
    """One scraped record as a part's article."""
    url = str(record["url"]).strip()
    paragraphs = (" ".join(str(p).split()) for p in record.get("body_paragraphs") or [])
    stamp = record.get("ut")
    day = datetime.fromtimestamp(float(stamp), UTC).date().isoformat() if stamp else ""
    return {
        "id": "newslk-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join(str(record.get("title") or "").split()),
        "date": day,
        "url": url,
        "source": outlet(url),
        "text": "\n\n".join(p for p in paragraphs if p),
    }


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The Sri Lankan outlets' articles at ``revision``, in the order of the paths."""
    found = git_files(git_dir, revision, FOLDER, lambda path: path.endswith("/article.json"))
    records = (json.loads(body.decode("utf-8")) for _, body in found)
    return [article(r) for r in records if outlet(str(r.get("url", "")).strip())]


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of the Daily FT, the Daily Mirror and dbsjeyaraj.com ... outlets",
    )


if __name__ == "__main__":
    main()
