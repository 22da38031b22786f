"""Draw Indian newspaper articles (NewsSumm, 2024-2025) for a facet precision part.

Usage::

    python scripts/build_innews_news.py GIT_DIR OUT.jsonl.gz TSV [--count 200]
        [--seed 2602] [--min-chars 800] [--exclude TSV ...] [--revision COMMIT]

Reads ``data/processed/Google colab/val_1k.csv`` at ``--revision`` (by default 4b00217,
17 January 2026, the snapshot's head) of a git checkout (or bare git directory) of
https://github.com/Kavyahegde-2609/factuality-aware-indian-news-summarization, a study of
summarising Indian English news whose file holds 1,000 articles of NewsSumm, a dataset of
Indian English newspaper articles with written summaries (the part the study kept to
validate on): one row an article, ``newspaper_name`` (The Hindu, Hindustan Times, DNA,
Indian Express and some thirty more, spelt as the dataset spells them), ``date`` (the day
of publication, ``2024-09-01 00:00:00``), ``headline``, ``article`` (the text, a paragraph
a line) and the dataset's own columns (``summary``, ``category``, word counts), which are
not read. The rows carry no address: an article's ``url`` here is the file's address at
the revision and ``#row-`` and the row's number (1 the first row under the header).

Keeps the articles whose text has at least ``--min-chars`` characters and, of articles
whose text opens (first 200 characters, whitespace runs read as one space) alike, the
first, in the order of the file; leaves out those listed in ``--exclude`` (by address,
but for the address forms ``scripts/build_fakehealth_news.py`` compares, and by opening).
Then draws ``--count`` of them (a seeded random sample of the addresses, sorted so the
draw is the same on every run), in that order, and writes ``id`` (``innews-`` and 10 hex
digits of the address's SHA-1), ``title`` (the headline, whitespace runs as one space),
``date`` (year-month-day), ``url``, ``source`` (the newspaper's name, whitespace runs as
one space), ``text`` (the article's lines, whitespace runs as one space, empty ones left
out, apart by an empty line), one article per line, and the ``id``/``url`` list (``TSV``).
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_hyperpartisan_news import run_draw  # noqa: E402
from scripts.git_files import csv_rows, git_files  # noqa: E402

FOLDER = "data/processed/Google colab/"
FILE = FOLDER + "val_1k.csv"
REPOSITORY = "https://github.com/Kavyahegde-2609/factuality-aware-indian-news-summarization"
REVISION = "4b0021789fb7ff58400bb6357666aefd1f5112eb"
SEED = 2602
# Some 150 words.
MIN_CHARS = 800
# The dataset's day: "2024-09-01 00:00:00"
DAY = re.compile(r"(\d{4}-\d{2}-\d{2})\b.*")


def article(row: dict[str, str], number: int, revision: str) -> dict[str, str]:
    """Row ``number`` of the file as a part's article."""
    url = f"{REPOSITORY}/blob/{revision}/{FILE.replace(' ', '%20')}#row-{number}"
    lines = (" ".join(line.split()) for line in (row.get("article") or "").splitlines())
    day = DAY.fullmatch((row.get("date") or "").strip())
    return {
        "id": "innews-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
        "title": " ".join((row.get("headline") or "").split()),
        "date": day[1] if day else "",
        "url": url,
        "source": " ".join((row.get("newspaper_name") or "").split()),
        "text": "\n\n".join(line for line in lines if line),
    }


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """The file's articles at ``revision``, in the file's order."""
    docs: list[dict[str, str]] = []
    for _, content in git_files(git_dir, revision, FOLDER, lambda p: p == FILE):
        reader = csv_rows(content)
        docs.extend(article(row, number, revision) for number, row in enumerate(reader, 1))
    return docs


def main() -> None:
    run_draw(
        __doc__.split("\n")[0],
        read_corpus,
        revision=REVISION,
        seed=SEED,
        min_chars=MIN_CHARS,
        what="of NewsSumm's Indian newspapers ... newspapers",
    )


if __name__ == "__main__":
    main()
