"""Draw Times of Malta national news articles for a facet precision part.

Usage::

    python scripts/build_timesofmalta_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2926] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads, at ``--revision`` (by default c651c7b, 12 July 2019, the snapshot's head; the
files date from its first commit 347864e of that day) of a git checkout (or bare git
directory) of https://github.com/dvas0004/TimesOfMaltaExplorer (D. Vassallo's word2vec
exploration of the Times of Malta, Malta's English-language daily, https://timesofmalta.com),
the 41 files ``tom_articles_N.json`` of its root: the output of its scraper
(``tom-scraper.py``), which read the pages of the site's "national" news listing and took
each article page's ``NewsArticle`` JSON-LD, written 100 articles a file. A file is a
list of articles, each an ``id`` (the scraper's running count, 0 to 4118, one per
article), ``keywords``, ``author``, ``comment_count`` and ``article_body`` (the article's
text, its paragraphs apart by line breaks); the files give no address, headline or day.
An article's ``url`` here is the file's address at the revision and ``#id-`` and its
``id``, its ``id`` ``timesofmalta-`` and the scraper's number, its ``source``
``timesofmalta.com (Malta)``, its ``title`` and ``date`` empty (the text's opening is the
title as the indexer takes it), its ``text`` the body's lines, no-break spaces and
whitespace runs as one space, apart by an empty line, empty ones left out.

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters) alike, the first; leaves out
those listed in ``--exclude`` (by address, but for the address forms
``scripts/build_fakehealth_news.py`` compares, and by opening). Then draws ``--count`` of
them (a seeded random sample of the addresses, sorted so the draw is the same on every
run), in the files' order, and writes them, one article per line, and the ``id``/``url``
list (``TSV``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402
from scripts.git_files import git_files  # noqa: E402

REPOSITORY = "https://github.com/dvas0004/TimesOfMaltaExplorer"
REVISION = "c651c7b4fa997bb930032483fd07bc2ca20482b1"
SEED = 2926
# Some 150 words.
MIN_CHARS = 800
# One of the scraper's files of 100 articles (the last one shorter), in the repository's root
NAME = re.compile(r"tom_articles_\d+\.json")


def article(path: str, item: dict[str, object], revision: str) -> dict[str, str]:
    """One article of the file ``path`` as a part's article."""
    number = str(item["id"])
    lines = (" ".join(line.split()) for line in str(item.get("article_body") or "").splitlines())
    return {
        "id": "timesofmalta-" + number,
        "title": "",
        "date": "",
        "url": f"{REPOSITORY}/blob/{revision}/{path}#id-{number}",
        "source": "timesofmalta.com (Malta)",
        "text": "\n\n".join(line for line in lines if line),
    }


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The scraper's articles at ``revision``, in the order of the files' paths and of
    the articles in each."""
    docs: list[dict[str, str]] = []
    for path, content in git_files(git_dir, revision, ".", NAME.fullmatch):
        docs.extend(article(path, item, revision) for item in json.loads(content))
    return docs


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of the Times of Malta's national news ... sites",
    )


if __name__ == "__main__":
    main()
