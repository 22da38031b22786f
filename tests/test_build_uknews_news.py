"""The draw of British national news articles (UK_News_Scrapers) for a facet precision part
(scripts/build_uknews_news.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_uknews_news import article, read_corpus  # noqa: E402


def item(url: str, body: object, outlet: str = "SkyNews") -> dict[str, object]:
    stamp = {"$date": "2023-11-07T10:01:02.000Z"}
    return {
        "url": url,
        "title": " Rain  hits town ",
        "outlet": outlet,
        "datePublished": stamp,
        "body": body,
    }


def head(folder: Path, back: int = 0) -> str:
    git = ["git", "-C", str(folder), "rev-parse", f"HEAD~{back}"]
    return subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()


def test_an_article_is_its_blocks_its_title_its_outlet_and_its_day() -> None:
    blocks = [
        {"type": "text", "text": "It  rained."},
        {"type": "headline", "text": "Roads shut"},
        {"type": "quote", "text": " "},
        {"type": "quote", "text": "\u201cWet,\u201d she said."},
    ]
    doc = article(item(" https://x.uk/rain ", blocks))
    assert doc["id"].startswith("uknews-") and len(doc["id"]) == len("uknews-") + 10
    assert (doc["url"], doc["title"], doc["source"], doc["date"]) == (
        "https://x.uk/rain",
        "Rain hits town",
        "Sky News",
        "2023-11-07",
    )
    assert doc["text"] == "It rained.\n\nRoads shut\n\n\u201cWet,\u201d she said."
    # an earlier file's body is one string, a paragraph a line; a day with no dashes
    older = article({**item("https://x.uk/a", "One.\n \nTwo  more."), "datePublished": "20231012"})
    assert (older["text"], older["date"]) == ("One.\n\nTwo more.", "2023-10-12")
    # no day, or none the pattern knows, gives none; an outlet not listed gives no source
    assert article({"url": "https://x.uk/b", "body": []})["date"] == ""
    assert article(item("https://x.uk/c", [], outlet="BBC"))["source"] == ""


def test_every_version_of_the_article_files_is_read_each_article_once(tmp_path: Path) -> None:
    first = [item("https://x.uk/1", "one"), item("https://x.uk/2", [])]
    git_commit_files(
        tmp_path,
        {
            "production/data/sky_articles2023-06-14.json": json.dumps(first),
            "production/data/inews2023-08-09.json": json.dumps([item("https://x.uk/3", "three")]),
            "production/data/environment.json": json.dumps([item("https://x.uk/9", "not read")]),
        },
    )
    # a later version: an article the first gave no text now has one, another's text
    # changed, the BBC's are left out, and a file that is not whole JSON is passed over
    later = [
        item("https://x.uk/2", "two"),
        item("https://x.uk/1", "one, edited"),
        item("https://x.uk/4", "bbc", outlet="BBC"),
    ]
    git_commit_files(
        tmp_path,
        {
            "old/data/sky_articles2023-06-14.json": json.dumps(later),
            "production/data/standard_articles2023-07-20.json": "[{",
        },
    )
    # a commit's files are read in the order git lists them (by path)
    docs = read_corpus(str(tmp_path), head(tmp_path))
    assert [(d["url"], d["text"]) for d in docs] == [
        ("https://x.uk/3", "three"),
        ("https://x.uk/1", "one"),
        ("https://x.uk/2", "two"),
    ]
    # read at the first commit, the later version is not seen
    earlier = read_corpus(str(tmp_path), head(tmp_path, 1))
    assert [(d["url"], d["text"]) for d in earlier] == [
        ("https://x.uk/3", "three"),
        ("https://x.uk/1", "one"),
        ("https://x.uk/2", ""),
    ]


def test_a_file_moved_away_by_a_commit_is_passed_over(tmp_path: Path) -> None:
    name = "production/data/sky_articles2023-06-14.json"
    git_commit_files(tmp_path, {name: json.dumps([item("https://x.uk/1", "one")])})
    (tmp_path / name).unlink()
    git_commit_files(tmp_path, {"b/sky_articles.json": json.dumps([item("https://x.uk/2", "two")])})
    docs = read_corpus(str(tmp_path), head(tmp_path))
    assert [d["url"] for d in docs] == ["https://x.uk/1", "https://x.uk/2"]
