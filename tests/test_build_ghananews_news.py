"""The draw of Ghanaian news sites' stories for a facet precision part
(scripts/build_ghananews_news.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_ghananews_news import FILES, article, read_corpus  # noqa: E402


def feed(generated: str, *stories: dict[str, str]) -> str:
    return json.dumps({"generated_at": generated, "stories": list(stories)})


def story(link: str, content: str, time: str = "Jan 11, 11:48 AM") -> dict[str, str]:
    return {
        "source": "GhanaWeb",
        "title": "A &amp; B  said",
        "link": link,
        "time": time,
        "content": content,
    }


def test_a_story_is_its_paragraphs_without_tags_and_its_day_in_the_feeds_year() -> None:
    html = "<p>First  <b>bold</b> one.</p><p>Second &amp; last.</p>\n\nThird<br/>Fourth\n"
    one = article(story(" https://x.gh/a ", html), "2026-01-11T20:51:21.130Z")
    assert one["id"].startswith("ghnews-") and len(one["id"]) == len("ghnews-") + 10
    assert (one["url"], one["title"], one["source"]) == ("https://x.gh/a", "A & B said", "GhanaWeb")
    assert one["text"] == "First bold one.\n\nSecond & last.\n\nThird\n\nFourth"
    assert one["date"] == "2026-01-11"
    # a relative time ("3 hours ago") gives no day
    assert article(story("https://x.gh/b", "x", "3 hours ago"), "2026-01-11")["date"] == ""


def test_every_version_of_the_feeds_is_read_oldest_first_each_story_once(tmp_path: Path) -> None:
    old, new = FILES
    first = {
        old: feed("2026-01-10T01:00:00Z", story("https://x.gh/1", "<p>one</p>")),
        new: feed("2026-01-10T02:00:00Z", story("https://x.gh/2", "<p>two</p>")),
    }
    git_commit_files(tmp_path, first)
    later = feed(
        "2026-01-14T01:00:00Z",
        story("https://x.gh/2", "<p>two, edited</p>"),
        story("https://x.gh/3", "<p>three</p>", "Jan 14, 9:00 AM"),
    )
    git_commit_files(tmp_path, {new: later, "README.md": "other\n"})
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["url"], d["text"], d["date"]) for d in docs] == [
        ("https://x.gh/1", "one", "2026-01-11"),
        ("https://x.gh/2", "two", "2026-01-11"),
        ("https://x.gh/3", "three", "2026-01-14"),
    ]
    # read at the first commit, the later version is not seen
    first_commit = ["git", "-C", str(tmp_path), "rev-parse", "HEAD~1"]
    older = subprocess.run(first_commit, check=True, capture_output=True, text=True).stdout
    assert [d["url"] for d in read_corpus(str(tmp_path), older.strip())] == [
        "https://x.gh/1",
        "https://x.gh/2",
    ]
