"""Copy four papers' articles on the Israel-Hamas war of October 2023 to April 2024 for the
reprint set.

Usage::

    python scripts/build_mepress_reprints.py GIT_DIR [OUT.jsonl.gz] [--revision COMMIT]

Reads ``output.csv`` at ``--revision`` (by default cf9bf08, 21 June 2024, the snapshot's
only commit) of a git checkout (or bare git directory) of
https://github.com/FatboyFit/BSC_thesis_Stefopoulos, a bachelor's thesis on how four papers
reported the war (The Jerusalem Post and Asharq Al-Awsat's English edition, two papers of
the Middle East, The New York Times and The Guardian): 409 articles exported from a news
database, one row an article, ``text`` (the export: the headline, the paper, the day, the
copyright, section, length and byline lines, ``Body``, the paragraphs, then the database's
classification lines, ``Load-Date:`` and ``End of Document``), ``title``, ``journal`` (the
paper as the thesis names it), ``date`` and the thesis's own columns, not read. Several
papers over the same weeks: one agency story (AP, AFP, Reuters) run by two of them, one
paper's article exported twice (print and web), two papers' own reports of one day's
events sharing its statements, and live pieces sharing background paragraphs, which is what
the reprint set needs of it.

Writes one article per line, gzipped (by default to ``../bench-data/mepress/reprints.jsonl.gz``
beside the repository): ``id`` (10 hex digits of the SHA-1 of ``url``), ``title`` (the
export's headline line), ``date`` (the day of the export's date line, empty when it gives
none), ``url`` (the file's address at the revision, ``#row-`` and the row's number, 1 the
first row under the header; the export gives no address), ``source`` (the paper, whitespace
runs as one space) and ``text`` (the lines between ``Body`` and the classification lines,
whitespace runs as one space, empty ones left out, apart by an empty line). Every row is
kept. The text stays outside git; the labelled set holds only ids.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.reprint_corpus import arguments, summary, write_corpus  # noqa: E402

OUT = ROOT.parent / "bench-data" / "mepress" / "reprints.jsonl.gz"
REVISION = "cf9bf088452e36ce14663cf9d0e06183419249cd"
ROWS = "output.csv"
ADDRESS = "https://github.com/FatboyFit/BSC_thesis_Stefopoulos/blob/{}/output.csv#row-{}"
# A run of whitespace (no-break spaces among them), read as one space.
SPACES = re.compile(r"\s+")
# The export's date line: "November 24, 2023 Friday" and the like.
DAY = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October"
                 r"|November|December) \d{1,2}, \d{4}")  # fmt: skip
# Where the export's classification lines begin, after the article's paragraphs.
TAIL = re.compile(r"^(?:Classification|Language:|Subject:|Load-Date:|End of Document)")


def day_of(lines: list[str]) -> str:
    """The day of the export's date line (among its first lines), else empty."""
    for line in lines[:8]:
        found = DAY.match(line)
        if found:
            return datetime.strptime(found.group(0), "%B %d, %Y").strftime("%Y-%m-%d")
    return ""


def paragraphs(lines: list[str]) -> list[str]:
    """The article's lines: after ``Body`` (all of them when there is none), up to the
    classification lines, empty ones left out."""
    start = lines.index("Body") + 1 if "Body" in lines else 0
    kept: list[str] = []
    for line in lines[start:]:
        if TAIL.match(line):
            break
        if line:
            kept.append(line)
    return kept


def article(row: dict[str, str], number: int, revision: str) -> dict[str, str]:
    """One exported article as the corpus keeps it."""
    lines = [SPACES.sub(" ", line).strip() for line in row.get("text", "").splitlines()]
    url = ADDRESS.format(revision, number)
    return {"id": hashlib.sha1(url.encode("utf-8")).hexdigest()[:10],
            "title": next((line for line in lines if line), ""), "date": day_of(lines),
            "url": url, "source": SPACES.sub(" ", row.get("journal", "")).strip(),
            "text": "\n\n".join(paragraphs(lines))}  # fmt: skip


def read_corpus(git_dir: str, revision: str = REVISION) -> list[dict[str, str]]:
    """Every row of the file at ``revision``, in the file's order."""
    show = ["git", "--git-dir", git_dir, "show", f"{revision}:{ROWS}"]
    if not (Path(git_dir) / "HEAD").exists():
        show = ["git", "-C", git_dir, "show", f"{revision}:{ROWS}"]
    raw = subprocess.run(show, check=True, capture_output=True).stdout.decode("utf-8-sig")
    csv.field_size_limit(1 << 30)
    rows = csv.DictReader(io.StringIO(raw, newline=""))
    return [article(row, number, revision) for number, row in enumerate(rows, 1)]


def main() -> None:
    args = arguments(__doc__.split("\n")[0], OUT, REVISION, "the articles' file")
    docs = read_corpus(args.git_dir, args.revision)
    write_corpus(docs, args.out)
    print(summary(docs, args.out))


if __name__ == "__main__":
    main()
