"""The draw of Zimbabwe news articles (ZBC News) for a facet precision part
(scripts/build_zbcnews_news.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_zbcnews_news import FILES, article, read_corpus  # noqa: E402


def section(*items: dict[str, str]) -> str:
    return json.dumps({"news": list(items)})


def item(href: str, content: str, date: str = "03 Feb 2025") -> dict[str, str]:
    return {"title": " Rain  hits town ", "href": href, "content": content, "date": date}


def head(folder: Path, back: int = 0) -> str:
    git = ["git", "-C", str(folder), "rev-parse", f"HEAD~{back}"]
    return subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()


def test_an_article_is_its_lines_its_title_and_the_day_it_was_taken() -> None:
    doc = article(item(" https://x.zw/rain/ ", "Story by  Ann Bee\nIt rained.\n \nRoads  flooded."))
    assert doc["id"].startswith("zbcnews-") and len(doc["id"]) == len("zbcnews-") + 10
    assert (doc["url"], doc["title"], doc["source"]) == (
        "https://x.zw/rain/",
        "Rain hits town",
        "ZBC News",
    )
    assert doc["text"] == "Story by Ann Bee\n\nIt rained.\n\nRoads flooded."
    assert doc["date"] == "2025-02-03"
    # a version without a day, or with another form of it, gives no day
    assert article(item("https://x.zw/a/", "x", ""))["date"] == ""
    assert article({"href": "https://x.zw/b/", "content": "x"})["date"] == ""


def test_every_version_of_the_sections_is_read_each_article_once(tmp_path: Path) -> None:
    local, business, sport = FILES
    git_commit_files(
        tmp_path,
        {
            local: section(item("https://x.zw/1/", "one"), item("https://x.zw/2/", "")),
            sport: section(item("https://x.zw/3/", "three")),
        },
    )
    # a later version: an article the first gave no text now has one, another's text
    # changed, and a version that is not whole JSON is passed over
    later = section(item("https://x.zw/2/", "two"), item("https://x.zw/1/", "one, edited"))
    git_commit_files(tmp_path, {local: later, business: '{"news": [', "README.md": "x\n"})
    docs = read_corpus(str(tmp_path), head(tmp_path))
    assert [(d["url"], d["text"]) for d in docs] == [
        ("https://x.zw/1/", "one"),
        ("https://x.zw/2/", "two"),
        ("https://x.zw/3/", "three"),
    ]
    # read at the first commit, the later version is not seen
    first = read_corpus(str(tmp_path), head(tmp_path, 1))
    assert [(d["url"], d["text"]) for d in first] == [
        ("https://x.zw/1/", "one"),
        ("https://x.zw/2/", ""),
        ("https://x.zw/3/", "three"),
    ]


def test_a_section_file_deleted_by_a_commit_is_passed_over(tmp_path: Path) -> None:
    local, _, sport = FILES
    git_commit_files(tmp_path, {local: section(item("https://x.zw/1/", "one"))})
    (tmp_path / local).unlink()
    git_commit_files(tmp_path, {sport: section(item("https://x.zw/2/", "two"))})
    docs = read_corpus(str(tmp_path), head(tmp_path))
    assert [d["url"] for d in docs] == ["https://x.zw/1/", "https://x.zw/2/"]
