"""Copy the Reuters wire of a slice of the ISOT Fake News Dataset for the reprint labelled set.

Usage::

    python scripts/build_isot_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads ``True.csv`` at ``--revision`` (by default 01716b4, the commit that added it) of a git
checkout (or bare git directory) of https://github.com/AafaqAaf/Fake-news-detection-using-NLP:
the first 1,008 rows of the "True.csv" of the ISOT Fake News Dataset (H. Ahmed, I. Traore and
S. Saad, University of Victoria, 2017-18), Reuters political wire stories of October to
December 2017 (subject ``politicsNews``), each with its title and day. One wire over a few
weeks: the same story issued twice, a story written through again, daily and weekly items of
one template, and stories sharing background paragraphs, which is what the reprint set needs.

Writes one article per line, gzipped (by default to ``../bench-data/isot/reprints.jsonl.gz``
beside the repository): ``id`` (the row's number in the file, from ``00001``), ``title``,
``date`` (the row's day, ISO), ``url`` (empty: the dataset gives none), ``source``
(``Reuters``), ``text`` (as the dataset gives it). The text stays outside git; the labelled
set holds only ids.
"""

from __future__ import annotations

import csv
import io
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.git_files import git_files  # noqa: E402
from scripts.reprint_corpus import arguments, write_corpus  # noqa: E402

OUT = ROOT.parent / "bench-data" / "isot" / "reprints.jsonl.gz"
REVISION = "01716b44ef4b8d94e89466fe0e82b3213599b886"
FILE = "True.csv"


def records(content: str) -> list[dict[str, str]]:
    """The rows of the dataset's CSV as articles of the reprint corpus."""
    found = []
    for number, row in enumerate(csv.DictReader(io.StringIO(content)), start=1):
        day = datetime.strptime(row["date"].strip(), "%B %d, %Y").date()
        found.append(
            {
                "id": f"{number:05d}",
                "title": row["title"].strip(),
                "date": day.isoformat(),
                "url": "",
                "source": "Reuters",
                "text": row["text"].strip(),
            }
        )
    return found


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the file")
    [(_, content)] = git_files(args.git_dir, args.revision, FILE, lambda path: path == FILE)
    docs = records(content.decode("utf-8"))
    write_corpus(docs, args.out)
    days = sorted({doc["date"] for doc in docs})
    print(f"{len(docs)} articles of {days[0]} to {days[-1]} to {args.out}")


if __name__ == "__main__":
    main()
