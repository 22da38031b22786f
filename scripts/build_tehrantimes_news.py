"""Draw Tehran Times articles for a facet precision part.

Usage::

    python scripts/build_tehrantimes_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2925] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads, at ``--revision`` (by default 5441021, 8 July 2023, the snapshot's head) of a git
checkout (or bare git directory) of https://github.com/Kmahmoudi/Tehran-Times-Dataset
(K. Mahmoudi's crawl of the Tehran Times, https://www.tehrantimes.com, Iran's
English-language daily: 33,724 pages), the folder ``data/``: one plain-text file a page,
named by the page's path with ``/`` as ``_`` (``_news_100025_Some-Slug.txt`` for
``/news/100025/Some-Slug``), holding the text of the page's ``p`` elements joined by a
space (the crawler's ``scripts/crawl.py``). Only the files named so (``_news_``, the
page's number, its slug) are read; the names git quotes (characters outside ASCII) are
not. A file is an article: its ``url`` the site's address and the path the name gives,
its ``id`` ``tehrantimes-`` and the page's number, its ``source`` ``tehrantimes.com
(Iran)``, its ``title`` and ``date`` empty (the files give neither: the text's opening
is the title as the indexer takes it), its ``text`` the file's text with whitespace runs
as one space (one paragraph: the crawler joined the page's paragraphs) less the closing
sentence every page of the site ends with, the licence line of its footer (``FOOTER``).

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
with one address or whose text opens (first 200 characters) alike, the first; leaves out
those listed in ``--exclude`` (by address, but for the address forms
``scripts/build_fakehealth_news.py`` compares, and by opening). Then draws ``--count`` of
them (a seeded random sample of the addresses, sorted so the draw is the same on every
run), in the files' order, and writes them, one article per line, and the ``id``/``url``
list (``TSV``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402
from scripts.git_files import git_files  # noqa: E402

SITE = "https://www.tehrantimes.com"
REVISION = "5441021a9f52bb153c1d7ab18ae3d6a6a93f1099"
FOLDER = "data/"
SEED = 2925
# Some 150 words.
MIN_CHARS = 800
# A page of the site's news: its number and its slug, the path's slashes as underscores
NAME = re.compile(r"data/_news_(\d+)_[^/_]*\.txt")
# The licence line of the site's footer, the last paragraph of every page: no article's
FOOTER = (
    "All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 "
    "International License."
)


def article(path: str, content: bytes) -> dict[str, str]:
    """One page's file as a part's article (``path`` a name ``NAME`` accepts)."""
    found = NAME.fullmatch(path)
    assert found is not None, path
    text = " ".join(content.decode("utf-8", "replace").split())
    text = text.removesuffix(FOOTER).rstrip()
    return {
        "id": "tehrantimes-" + found.group(1),
        "title": "",
        "date": "",
        "url": SITE + path.removeprefix(FOLDER).removesuffix(".txt").replace("_", "/"),
        "source": "tehrantimes.com (Iran)",
        "text": text,
    }


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The site's news pages at ``revision``, in the order of the files' paths."""
    files = git_files(git_dir, revision, FOLDER, NAME.fullmatch)
    return [article(path, content) for path, content in files]


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of the Tehran Times ... sites",
    )


if __name__ == "__main__":
    main()
