"""The copy of five British national news outlets' articles for the reprint labelled set
(scripts/build_uknews_reprints.py, scripts/reprint_corpus.py)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]


def item(url: str, day: str, body: str, outlet: str = "Independent") -> dict[str, object]:
    """One scraped article as the scraper's files hold it."""
    stamp = {"$date": f"{day}T10:01:02.000Z"}
    return {"url": url, "title": " Rain  hits town ", "outlet": outlet, "datePublished": stamp,
            "body": body}  # fmt: skip


def test_the_articles_of_november_are_written_once_without_the_prefix(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out" / "reprints.jsonl.gz"
    first = [
        item("https://x.uk/1", "2023-11-07", "It rained.\nRoads shut."),
        # a day before November and one after it are left out
        item("https://x.uk/2", "2023-10-31", "October."),
        item("https://x.uk/3", "2023-12-01", "December."),
    ]
    git_commit_files(
        repo, {"production/data/independent_articles2023-11-07.json": json.dumps(first)}
    )
    # the same address again in a later file is kept once, from its first version
    later = [
        item("https://x.uk/1", "2023-11-08", "Edited."),
        item("https://x.uk/4", "2023-11-30", "Sun.", "SkyNews"),
    ]
    git_commit_files(repo, {"production/data/sky_articles2023-11-30.json": json.dumps(later)})
    git = ["git", "-C", str(repo), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    script = ROOT / "scripts" / "build_uknews_reprints.py"
    subprocess.run(
        [sys.executable, str(script), str(repo), str(out), "--revision", head], check=True
    )
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        found = [json.loads(line) for line in lines]
    assert [(d["url"], d["title"], d["date"], d["source"], d["text"]) for d in found] == [
        (
            "https://x.uk/1",
            "Rain hits town",
            "2023-11-07",
            "The Independent",
            "It rained.\n\nRoads shut.",
        ),
        ("https://x.uk/4", "Rain hits town", "2023-11-30", "Sky News", "Sun."),
    ]
    assert all(len(d["id"]) == 10 and not d["id"].startswith("uknews") for d in found)
