"""The copy of Dawn's and the APP's articles of September 2025 for the reprint labelled set
(scripts/build_pknews_reprints.py, scripts/reprint_corpus.py)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]


def record(title: str, link: str, day: str, text: str) -> str:
    """One scraped article file of the corpus's form."""
    return json.dumps({"title": title, "link": link, "date_published": day, "content": text})


def test_the_months_articles_are_written_one_an_address(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out" / "reprints.jsonl.gz"
    dawn, app = "data/dawn/articles/2025/", "data/app/articles/2025/"
    files = {
        dawn + "09/02/a.json": record(
            "Rain - Pakistan - DAWN.COM", "http://d.pk/1", "2025-09-02", "Rain fell.\n\nShort."
        ),
        dawn + "09/03/a.json": record("Rain again", "http://d.pk/1", "2025-09-03", "Again."),
        dawn + "09/03/b.json": "",  # an empty file: no article
        dawn + "10/01/a.json": record("October", "http://d.pk/9", "2025-10-01", "Not taken."),
        app + "09/02/a.json": record("Flood  toll", "http://a.pk/2", "2025-09-02T10", "Toll."),
    }
    git_commit_files(repo, files)
    git = ["git", "-C", str(repo), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    script = ROOT / "scripts" / "build_pknews_reprints.py"
    subprocess.run(
        [sys.executable, str(script), str(repo), str(out), "--revision", head], check=True
    )
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        found = [json.loads(line) for line in lines]
    assert [(d["title"], d["date"], d["source"], d["text"]) for d in found] == [
        ("Rain", "2025-09-02", "Dawn", "Rain fell.\n\nShort."),  # the first of its address
        ("Flood toll", "2025-09-02", "APP", "Toll."),
    ]
    assert all(len(d["id"]) == 10 and not d["id"].startswith("pknews") for d in found)
