"""The copy of the Sri Lankan outlets' long-form articles for the reprint labelled set
(scripts/build_newslk_reprints.py, scripts/reprint_corpus.py)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]


def record(url: str, title: str, stamp: float, paragraphs: list[str]) -> str:
    """One scraped article file of the corpus's form."""
    return json.dumps({"url": url, "title": title, "ut": stamp, "body_paragraphs": paragraphs})


def test_the_outlets_articles_are_written_one_an_address(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out" / "reprints.jsonl.gz"
    folder = "data/articles/"
    column = "https://www.ft.lk/columns/a/4-1"
    files = {
        folder + "a/article.json": record(
            column, "Tea  and rain", 1719792000, ["One.", " ", "Two."]
        ),
        folder + "b/article.json": record(column, "Tea again", 1719878400, ["Again."]),
        folder + "c/article.json": record("https://hbr.org/x", "Not taken", 1719792000, ["No."]),
        folder + "d/article.json": record(
            "https://www.dbsjeyaraj.com/dbsj/archives/1", "Repost", 1719878400, ["Reposted."]
        ),
    }
    git_commit_files(repo, files)
    git = ["git", "-C", str(repo), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    script = ROOT / "scripts" / "build_newslk_reprints.py"
    subprocess.run(
        [sys.executable, str(script), str(repo), str(out), "--revision", head], check=True
    )
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        found = [json.loads(line) for line in lines]
    assert [(d["title"], d["date"], d["source"], d["text"]) for d in found] == [
        ("Tea and rain", "2024-07-01", "Daily FT", "One.\n\nTwo."),  # the first of its address
        ("Repost", "2024-07-02", "dbsjeyaraj.com", "Reposted."),
    ]
    assert all(len(d["id"]) == 10 and not d["id"].startswith("newslk") for d in found)
