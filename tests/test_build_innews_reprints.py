"""The copy of NewsSumm's Indian newspaper articles for the reprint labelled set
(scripts/build_innews_reprints.py, scripts/reprint_corpus.py)."""

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
HEADER = ["newspaper_name", "date", "headline", "article", "summary", "category"]
# Rows of the sample files as the study keeps them: an article, the same row again in a
# second file (kept once), a second paper's copy of it (kept: another paper), and a row
# whose date is broken (kept, undated).
FIRST = [
    ["The Daily  Example", "2024-07-01 00:00:00", "Dam  opens", "Port Town: The dam opened.\n\n"
     "  Water flowed at noon.", "A dam opened.", "India"],
    ["Evening Example", "12/25/0023", "Fair closes", "The fair closed.", "Closed.", "City"],
]  # fmt: skip
SECOND = [FIRST[0], ["Morning Example", "2024-07-02 00:00:00", "Dam opens", FIRST[0][3], "", ""]]


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows([HEADER, *rows])
    return out.getvalue()


def test_every_article_is_written_once_with_its_day_and_paper(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out" / "reprints.jsonl.gz"
    git_commit_files(repo, {"data/processed/Google colab/val_1k.csv": _csv(FIRST),
                            "data/processed/val_small.csv": _csv(SECOND)})  # fmt: skip
    git = ["git", "-C", str(repo), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    script = ROOT / "scripts" / "build_innews_reprints.py"
    subprocess.run(
        [sys.executable, str(script), str(repo), str(out), "--revision", head], check=True
    )
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        found = [json.loads(line) for line in lines]
    text = "Port Town: The dam opened.\n\nWater flowed at noon."
    assert [(d["title"], d["date"], d["source"], d["text"]) for d in found] == [
        ("Dam opens", "2024-07-01", "The Daily Example", text),
        ("Fair closes", "", "Evening Example", "The fair closed."),
        ("Dam opens", "2024-07-02", "Morning Example", text),
    ]
    assert found[0]["url"].endswith("/data/processed/Google%20colab/val_1k.csv#row-1")
    assert found[2]["url"].endswith("/data/processed/val_small.csv#row-2")
    assert len({d["id"] for d in found}) == 3 and all(len(d["id"]) == 10 for d in found)
