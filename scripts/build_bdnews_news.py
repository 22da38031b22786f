"""Draw Bangladeshi newspapers' English articles (December 2025) for a facet precision part.

Usage::

    python scripts/build_bdnews_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2025] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads ``data/daily/2025-12-29/articles.json`` at 8947a6c (29 December 2025, the one
commit that holds it) and then ``data/articles.json`` at ``--revision`` (by default
244a544, 30 December 2025, the only version of it a snapshot keeps whole) of a git
checkout (or bare git directory) of https://github.com/EhsanulHaqueSiam/BDNewsPaperScraper,
E. H. Siam's daily scrape of Bangladeshi newspapers ("Bangladesh News Archive"). Each file
is a JSON list of articles: ``url``, ``paper_name``, ``headline``, ``article`` (the text),
``publication_date``, ``source_language`` and others. Only the articles the scrape marks
English are read (Prothom Alo's English edition, The Business Standard, bdnews24.com and
others); an article in both files is read once, from the first.

The scrape runs an article's paragraphs together with no space between them ("with
Jamaat-e-Islami.She warned"): the text is split into paragraphs where a sentence's end
(``.``, ``!`` or ``?``, or a closing quotation mark after one, after a small letter, a
digit or a closing bracket) is followed with no space by a capital letter.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters, whitespace runs read as one
space) alike, the first, in the order read; leaves out those listed in ``--exclude`` (by
address, but for the address forms ``scripts/build_fakehealth_news.py`` compares, and by
opening). Then draws ``--count`` of them (a seeded random sample of the addresses,
sorted so the draw is the same on every run), in that order, and writes ``id``
(``bdnews-`` and 10 hex digits of the address's SHA-1), ``title`` (``headline``,
whitespace runs as one space), ``date`` (the day of ``publication_date``, empty where the
scrape gives none), ``url``, ``source`` (``paper_name``), ``text`` (the paragraphs,
whitespace runs as one space, empty ones left out, apart by an empty line), one article
per line, and the ``id``/``url`` list (``TSV``).
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
from scripts.build_masakhanews_news import show  # noqa: E402

DAILY = ("8947a6cb897d94b3eea76c179394959652692819", "data/daily/2025-12-29/articles.json")
FILE = "data/articles.json"
REVISION = "244a544fbb97ead4cb2c268df1b22497c1e38b41"
SEED = 2025
# Some 150 words.
MIN_CHARS = 800
RUN_TOGETHER = re.compile(r"(?<=[a-z0-9)\]][.!?])(?=[A-Z])|(?<=[.!?][’”\"])(?=[A-Z])")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def article(record: dict[str, object]) -> dict[str, str]:
    """One scraped record as a part's article."""
    url = str(record["url"]).strip()
    paragraphs = (" ".join(p.split()) for p in RUN_TOGETHER.split(str(record["article"] or "")))
    day = DAY.match(str(record.get("publication_date") or ""))
    return {
        "id": "bdnews-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join(str(record.get("headline") or "").split()),
        "date": day.group(0) if day else "",
        "url": url,
        "source": " ".join(str(record.get("paper_name") or "").split()),
        "text": "\n\n".join(p for p in paragraphs if p),
    }


def read_corpus(
    git_dir: str, revision: str = REVISION, daily: tuple[str, str] = DAILY
) -> list[dict[str, str]]:
    """The English articles of the day's file (``daily``: commit and path) and then of
    ``data/articles.json`` at ``revision``, each address once, in the order read."""
    docs: dict[str, dict[str, str]] = {}
    for commit, path in (daily, (revision, FILE)):
        for record in json.loads(show(git_dir, commit, path)):
            if record.get("source_language") == "English":
                doc = article(record)
                docs.setdefault(doc["url"], doc)
    return list(docs.values())


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="marked English ... newspapers",
    )


if __name__ == "__main__":
    main()
