"""The copy of a slice of the ISOT dataset's Reuters wire for the reprint labelled set
(scripts/build_isot_reprints.py)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_isot_reprints import FILE, records  # noqa: E402

CSV = (
    "title,text,subject,date\n"
    '"Senate, House agree"," WASHINGTON (Reuters) - The two chambers agreed, aides said. ",'
    'politicsNews,"December 14, 2017 "\n'
    'Trump on Twitter (Dec 4),"The following statements were posted.",politicsNews,'
    '"December 4, 2017 "\n'
)


def test_a_row_is_its_number_title_day_and_text() -> None:
    first, second = records(CSV)
    assert first == {
        "id": "00001",
        "title": "Senate, House agree",
        "date": "2017-12-14",
        "url": "",
        "source": "Reuters",
        "text": "WASHINGTON (Reuters) - The two chambers agreed, aides said.",
    }
    assert (second["id"], second["date"]) == ("00002", "2017-12-04")


def test_a_row_without_a_day_is_refused() -> None:
    with pytest.raises(ValueError):
        records("title,text,subject,date\nA,B,politicsNews,\n")


def test_the_file_is_read_at_the_revision(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out.jsonl.gz"
    git_commit_files(repo, {FILE: CSV, "Fake.csv": "title,text,subject,date\n"})
    revision = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()
    script = ROOT / "scripts" / "build_isot_reprints.py"
    subprocess.run(
        [sys.executable, str(script), str(repo), str(out), "--revision", revision], check=True
    )
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        found = [json.loads(line) for line in lines]
    assert [doc["id"] for doc in found] == ["00001", "00002"]
    assert found == records(CSV)
