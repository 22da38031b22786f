"""The draw of Pakistani news articles (Dawn and APP) for a facet precision part
(scripts/build_pknews_news.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_pknews_news import FOLDERS, article, read_corpus  # noqa: E402


def record(link: str, content: str, title: str = "Rain  lashes city", day: str = "") -> str:
    return json.dumps(
        {
            "title": title,
            "author": None,
            "content": content,
            "link": link,
            "dateList": "2025-10-02",
            "date_published": day,
        }
    )


def test_an_article_is_its_lines_and_its_headline_without_the_page_titles_tail() -> None:
    one = json.loads(
        record(
            " https://x.pk/news/1/a ",
            "KARACHI:  It rained.\n\nRoads  flooded.\nSchools shut.\n \n",
            "Rain lashes city - Pakistan - DAWN.COM",
            "2025-10-01T10:06:56.000Z",
        )
    )
    doc = article(one, "Dawn")
    assert doc["id"].startswith("pknews-") and len(doc["id"]) == len("pknews-") + 10
    assert (doc["url"], doc["title"], doc["source"]) == (
        "https://x.pk/news/1/a",
        "Rain lashes city",
        "Dawn",
    )
    assert doc["text"] == "KARACHI: It rained.\n\nRoads flooded.\n\nSchools shut."
    assert doc["date"] == "2025-10-01"
    # no section before the site's name, and a headline of its own with a dash, kept
    assert article({**one, "title": "A - DAWN.COM"}, "Dawn")["title"] == "A"
    assert article({**one, "title": "Pak - Afghan talks"}, "Dawn")["title"] == "Pak - Afghan talks"
    # no day published: the day of the archive page that listed the article
    assert article(json.loads(record("https://x.pk/2", "x")), "APP")["date"] == "2025-10-02"


def test_dawn_is_read_before_the_app_each_address_once_empty_files_left_out(tmp_path: Path) -> None:
    (dawn, _), (app, _) = FOLDERS
    files = {
        dawn + "02/b.json": record("https://x.pk/2", "two, listed again"),
        dawn + "01/a.json": record("https://x.pk/1", "one"),
        dawn + "01/b.json": record("https://x.pk/2", "two"),
        dawn + "01/c.json": "",
        app + "01/a.json": record("https://x.pk/3", "three"),
        "data/dawn/articles/2025/09/30/z.json": record("https://x.pk/0", "September"),
    }
    git_commit_files(tmp_path, files)
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["url"], d["text"], d["source"]) for d in docs] == [
        ("https://x.pk/1", "one", "Dawn"),
        ("https://x.pk/2", "two", "Dawn"),
        ("https://x.pk/3", "three", "APP"),
    ]
