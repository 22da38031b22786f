"""The copy of the Ghanaian news sites' stories for the reprint labelled set
(scripts/build_ghananews_reprints.py, scripts/reprint_corpus.py)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_ghananews_reprints import relative_day  # noqa: E402

MADE = "2026-01-11T01:21:17.084Z"


def test_a_time_relative_to_the_feed_is_read_as_a_day() -> None:
    assert relative_day("3 hours ago", MADE) == "2026-01-10"  # 22:21 the day before
    assert relative_day("1 hours ago", MADE) == "2026-01-11"
    assert relative_day("59 minutes ago", MADE) == "2026-01-11"
    assert relative_day("2 days ago", MADE) == "2026-01-09"
    assert relative_day("Recent", MADE) == ""  # no time told
    assert relative_day("3 hours ago", "") == ""  # no feed time to count from


def feed(made: str, stories: list[tuple[str, str, str, str]]) -> str:
    """A feed file of (source, title, link, time) stories, each with a text of its own."""
    rows = [{"source": s, "title": t, "link": link, "time": when, "content": f"<p>{t} said.</p>"}
            for s, t, link, when in stories]  # fmt: skip
    return json.dumps({"generated_at": made, "stories": rows})


def test_the_stories_are_written_at_the_revision_one_an_address(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out" / "reprints.jsonl.gz"
    files = {
        "feed.json": feed(MADE, [("Site A", "First", "http://a.gh/1", "Jan 9, 10:02 AM")]),
        "public/news-feed.json": feed(
            MADE,
            [
                ("Site B", "Second", "http://b.gh/2", "5 hours ago"),
                ("Site A", "First again", "http://a.gh/1", "Jan 10, 9:00 AM"),
                ("Site C", "Third", "http://c.gh/3", "Recent"),
            ],
        ),
    }
    git_commit_files(repo, files)
    git = ["git", "-C", str(repo), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    script = ROOT / "scripts" / "build_ghananews_reprints.py"
    subprocess.run(
        [sys.executable, str(script), str(repo), str(out), "--revision", head], check=True
    )
    with gzip.open(out, "rt", encoding="utf-8") as lines:
        found = [json.loads(line) for line in lines]
    assert [(d["title"], d["date"], d["source"], d["text"]) for d in found] == [
        ("First", "2026-01-09", "Site A", "First said."),
        ("Second", "2026-01-10", "Site B", "Second said."),
        ("Third", "", "Site C", "Third said."),
    ]
    assert all(len(d["id"]) == 10 and not d["id"].startswith("ghnews") for d in found)
