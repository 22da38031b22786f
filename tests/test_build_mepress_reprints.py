"""The copy of four papers' war articles for the reprint labelled set
(scripts/build_mepress_reprints.py, scripts/reprint_corpus.py)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]

# An export as the database gives it: headline, paper, date line, copyright and section
# lines, "Body", the paragraphs, then the classification lines.
EXPORT = (
    "\n\nRain  closes the\xa0port\nThe Harbour Gazette\nMarch 3, 2024 Sunday\n\n\n"
    "Copyright 2024 The Harbour Gazette\nSection:\xa0NEWS\nLength:\xa040 words\nBody\n\n\n"
    "Heavy rain  closed the port on Sunday.\nFerries stayed in dock.\n\n"
    "Classification\n\nLanguage:\xa0ENGLISH\n\nLoad-Date:\xa0March 4, 2024\n\n\nEnd of Document"
)
# An export without a date line or a "Body" line keeps all its lines as text.
BARE = "Quay notes\nCranes idle."


def test_every_row_is_written_with_its_day_paragraphs_and_paper(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out" / "reprints.jsonl.gz"
    rows = io.StringIO()
    writer = csv.DictWriter(rows, ["source", "text", "title", "journal", "date"])
    writer.writeheader()
    writer.writerow({"source": "x", "text": EXPORT, "title": "x", "journal": "Gazette ",
                     "date": "March 3, 2024"})  # fmt: skip
    writer.writerow({"source": "y", "text": BARE, "title": "y", "journal": "Quay  News",
                     "date": "Not found"})  # fmt: skip
    git_commit_files(repo, {"output.csv": rows.getvalue()})
    git = ["git", "-C", str(repo), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    script = ROOT / "scripts" / "build_mepress_reprints.py"
    subprocess.run(
        [sys.executable, str(script), str(repo), str(out), "--revision", head], check=True
    )
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        found = [json.loads(line) for line in lines]
    assert [(d["title"], d["date"], d["source"], d["text"]) for d in found] == [
        ("Rain closes the port", "2024-03-03", "Gazette",
         "Heavy rain closed the port on Sunday.\n\nFerries stayed in dock."),
        ("Quay notes", "", "Quay News", "Quay notes\n\nCranes idle."),
    ]  # fmt: skip
    assert [d["url"].rsplit("#", 1)[1] for d in found] == ["row-1", "row-2"]
    assert all(len(d["id"]) == 10 for d in found) and found[0]["id"] != found[1]["id"]
