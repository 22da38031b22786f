"""The draw of US local news articles (NLGF's test set of 3DLNews2) for a facet precision
part (scripts/build_uslocal_news.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_uslocal_news import FILE, article, read_corpus  # noqa: E402

HEADER = "id,link,publisher_state_geoid,title,content,label\n"


def line(url: str, content: str, title: str = "Rain  hits town") -> str:
    quoted = content.replace('"', '""')
    return f'x,{url},Ohio,{title},"{quoted}",local\n'


def test_an_article_is_its_lines_as_paragraphs_its_title_its_host_and_its_day() -> None:
    row = {
        "id": "x",
        "link": " https://www.town.example/news/2024/05/17/rain-hits-town/ ",
        "title": " Rain  hits town ",
        "content": "Roads  flooded downtown.\n\n \nIt rained for 3 days.\n",
    }
    doc = article(row)
    assert doc["id"].startswith("uslocal-") and len(doc["id"]) == len("uslocal-") + 10
    assert (doc["url"], doc["title"], doc["source"], doc["date"]) == (
        "https://www.town.example/news/2024/05/17/rain-hits-town/",
        "Rain hits town",
        "town.example",
        "2024-05-17",
    )
    # a line of the file's text is a paragraph; empty lines are left out
    assert doc["text"] == "Roads flooded downtown.\n\nIt rained for 3 days."
    # the file gives no day: only one written in the address is read
    assert article({**row, "link": "https://a.example/rain-2023-11-02"})["date"] == "2023-11-02"
    assert article({**row, "link": "https://a.example/story/20240517"})["date"] == ""
    assert article({**row, "link": "https://a.example/2024/13/01/x"})["date"] == ""


def test_the_file_is_read_in_its_order_each_address_once(tmp_path: Path) -> None:
    text = HEADER + "".join(
        [
            line("https://b.example/b", 'He said "yes",\nthen left.'),
            line("https://a.example/a", "one"),
            line("https://b.example/b", "b again"),
            line("", "no address"),
            line("https://c.example/c", ""),
        ]
    )
    other = "results/gpt/gpt-data.csv"
    git_commit_files(tmp_path, {FILE: text, other: HEADER + line("https://d.example/d", "d")})
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["url"], d["text"]) for d in docs] == [
        ("https://b.example/b", 'He said "yes",\n\nthen left.'),
        ("https://a.example/a", "one"),
    ]
    assert all(set(d) == {"id", "title", "date", "url", "source", "text"} for d in docs)
