"""Copy NewsSumm's Indian English newspaper articles, as one study kept them, for the reprint
set.

Usage::

    python scripts/build_innews_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads the four CSV files of articles at ``--revision`` (by default 4b00217, 17 January 2026,
the snapshot's head) of a git checkout (or bare git directory) of
https://github.com/Kavyahegde-2609/factuality-aware-indian-news-summarization, a study of
summarising Indian English news: ``data/processed/Google colab/val_1k.csv`` (1,000 rows),
``data/processed/Google colab/test_small.csv`` (200), ``data/processed/train_small.csv``
(1,000) and ``data/processed/val_small.csv`` (200), each a sample of NewsSumm, a dataset of
Indian English newspaper articles (Indian Express, The Hindu, The Tribune, Hindustan Times,
The New Indian Express, The Pioneer, Mint, DNA, The Times of India, The Telegraph and some
thirty more) with written summaries. Many of its articles are of a few days (29 June to 19
July 2024, 1 to 7 January 2025), and several papers run one agency's copy (the Press Trust
of India's, IANS's) or their own write-ups of one event, which is what the reprint set needs
of it. One row an article: ``newspaper_name``, ``date`` (the day of publication, ``2024-09-01
00:00:00``; some rows of ``train_small.csv`` give a broken date, ``12/25/0023``, read as
none), ``headline``, ``article`` (the text, a paragraph a line) and the dataset's own
columns (``summary``, ``category``, word counts), which are not read. The rows carry no
address: an article's ``url`` here is its file's address at the revision and ``#row-`` and
the row's number (1 the first row under the header), as the facet part ``fresh19`` names
the rows of ``val_1k.csv``.

Writes one article per line, gzipped (by default to ``../bench-data/innews/reprints.jsonl.gz``
beside the repository): ``id`` (10 hex digits of the address's SHA-1), ``title`` (the
headline, whitespace runs as one space), ``date`` (year-month-day, or empty), ``url``,
``source`` (the newspaper's name, whitespace runs as one space, spelt as the dataset spells
it) and ``text`` (the article's lines, whitespace runs as one space, empty ones left out,
apart by an empty line). Every article is kept, however short, once: a row whose paper,
headline and text are those of an earlier row (the files are samples of one dataset and
share rows) is left out, the first kept in the order above. The text stays outside git; the
labelled set holds only ids.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.git_files import csv_rows, git_files  # noqa: E402
from scripts.reprint_corpus import arguments, summary, write_corpus  # noqa: E402

OUT = ROOT.parent / "bench-data" / "innews" / "reprints.jsonl.gz"
REPOSITORY = "https://github.com/Kavyahegde-2609/factuality-aware-indian-news-summarization"
REVISION = "4b0021789fb7ff58400bb6357666aefd1f5112eb"
# The article files, in the order their rows are kept.
FILES = (
    "data/processed/Google colab/val_1k.csv",
    "data/processed/Google colab/test_small.csv",
    "data/processed/train_small.csv",
    "data/processed/val_small.csv",
)
# The dataset's day: "2024-09-01 00:00:00" (other forms are read as no date).
DAY = re.compile(r"(\d{4}-\d{2}-\d{2})\b.*")


def article(row: dict[str, str], path: str, number: int, revision: str) -> dict[str, str]:
    """Row ``number`` of the file at ``path`` as the corpus keeps it."""
    url = f"{REPOSITORY}/blob/{revision}/{path.replace(' ', '%20')}#row-{number}"
    lines = (" ".join(line.split()) for line in (row.get("article") or "").splitlines())
    day = DAY.fullmatch((row.get("date") or "").strip())
    return {"id": hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
            "title": " ".join((row.get("headline") or "").split()),
            "date": day[1] if day else "", "url": url,
            "source": " ".join((row.get("newspaper_name") or "").split()),
            "text": "\n\n".join(line for line in lines if line)}  # fmt: skip


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """Every article of the four files at ``revision`` (those it holds), a row repeating an
    earlier one's paper, headline and text left out."""
    contents = dict(git_files(git_dir, revision, "data/processed/", lambda p: p in FILES))
    docs: dict[tuple[str, str, str], dict[str, str]] = {}
    for path in (path for path in FILES if path in contents):
        for number, row in enumerate(csv_rows(contents[path]), 1):
            doc = article(row, path, number, revision)
            docs.setdefault((doc["source"], doc["title"], doc["text"]), doc)
    return list(docs.values())


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the article files")
    docs = read_corpus(args.git_dir, args.revision)
    write_corpus(docs, args.out)
    print(summary(docs, args.out))


if __name__ == "__main__":
    main()
