"""The copy of the news agency's archived English articles for the reprint labelled set
(scripts/build_kcna_reprints.py, scripts/reprint_corpus.py)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]

# Archive records as the scraper keeps them: one story listed under two topic pages at one
# address (read once), one with its lines and spacing as scraped, and a photo page with no
# text (left out).
RECORDS = [
    {"topic": "Latest News", "headline": "Harbour  Reopens\n\n[2024.8.1.]",
     "link": "http://agency.example/en/article/q/aa01.kcmsf", "date": 1722470400000,
     "story_text": "Port City, August 1 (Agency) -- The harbour\u00a0reopened.\n\n"
                   "  Ferries sailed at noon. -0-", "date_str": "2024-08-01"},
    {"topic": "Home News", "headline": "Harbour Reopens",
     "link": "http://agency.example/en/article/q/aa01.kcmsf", "date": 1722470400000,
     "story_text": "Port City, August 1 (Agency) -- The harbour reopened.",
     "date_str": "2024-08-01"},
    {"topic": "Photo", "headline": "Harbour in pictures",
     "link": "http://agency.example/en/photo/q/bb02.kcmsf", "date": 1722470400000,
     "story_text": None, "date_str": "2024-08-01"},
]  # fmt: skip


def test_every_story_with_a_text_is_written_once_with_its_day_and_topic(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out" / "reprints.jsonl.gz"
    archive = "data/archive/headlines_2024-11-11.json"
    git_commit_files(repo, {archive: json.dumps(RECORDS)})
    git = ["git", "-C", str(repo), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    script = ROOT / "scripts" / "build_kcna_reprints.py"
    subprocess.run(
        [sys.executable, str(script), str(repo), str(out), "--revision", head], check=True
    )
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        found = [json.loads(line) for line in lines]
    assert [(d["title"], d["date"], d["source"], d["topic"], d["text"]) for d in found] == [
        ("Harbour Reopens [2024.8.1.]", "2024-08-01", "KCNA", "Latest News",
         "Port City, August 1 (Agency) -- The harbour reopened.\n\nFerries sailed at noon. -0-"),
    ]  # fmt: skip
    assert found[0]["url"] == RECORDS[0]["link"] and len(found[0]["id"]) == 10
