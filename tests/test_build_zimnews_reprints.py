"""The copy of five Zimbabwean news sites' articles for the reprint labelled set
(scripts/build_zimnews_reprints.py, scripts/reprint_corpus.py)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]


def listing(*items: tuple[str, str, str]) -> str:
    """One site's file of the scraper's form: its latest articles (address, title, text)."""
    news = [
        {"title": title, "href": url, "content": text, "time": "08:00", "date": "02 Jan 2025"}
        for url, title, text in items
    ]
    return json.dumps({"news": news})


def test_each_sites_articles_are_written_once_with_the_sites_name(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out" / "reprints.jsonl.gz"
    story, copy = "https://www.herald.co.zw/rains-ease/", "https://www.chronicle.co.zw/rains-ease/"
    git_commit_files(
        repo,
        {
            "news/herald.json": listing((story, "Rains  ease", "")),
            "news/chronicle.json": listing((copy, "Rains ease", "Dams fill.\nRivers rise.")),
        },
    )
    # The next run: the Herald's story now has its text, and a file no site is read from.
    git_commit_files(
        repo,
        {
            "news/herald.json": listing((story, "Rains ease", "Dams fill.\n \nRivers rise.")),
            "custom-rss/local.json": listing(("https://example.org/x", "Not read", "No.")),
        },
    )
    git = ["git", "-C", str(repo), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    script = ROOT / "scripts" / "build_zimnews_reprints.py"
    subprocess.run(
        [sys.executable, str(script), str(repo), str(out), "--revision", head], check=True
    )
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        found = [json.loads(line) for line in lines]
    assert [(d["title"], d["date"], d["source"], d["text"]) for d in found] == [
        ("Rains ease", "2025-01-02", "The Herald", "Dams fill.\n\nRivers rise."),  # its text's run
        ("Rains ease", "2025-01-02", "The Chronicle", "Dams fill.\n\nRivers rise."),
    ]
    assert all(len(d["id"]) == 10 and not d["id"].startswith("zbcnews") for d in found)
