"""The draw of Indian newspaper articles (NewsSumm) for a facet precision part
(scripts/build_innews_news.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_innews_news import FILE, REPOSITORY, article, read_corpus  # noqa: E402

HEADER = (
    "newspaper_name,date,headline,article,summary,category,summary_word_count,article_word_count\n"
)


def line(content: str, paper: str = "The Daily  Post ", title: str = "Rain  hits town") -> str:
    quoted = content.replace('"', '""')
    return f'{paper},2024-09-01 00:00:00,{title},"{quoted}","A summary.",Politics,2,9\n'


def test_an_article_is_its_lines_its_headline_its_paper_and_its_day() -> None:
    row = {
        "newspaper_name": " The Daily  Post ",
        "date": "2024-09-01 00:00:00",
        "headline": " Rain  hits town ",
        "article": "PUNE:  It rained.\n\nRoads  flooded.\n \n",
        "summary": "It rained in Pune.",
    }
    doc = article(row, 7, "abc")
    assert doc["url"] == f"{REPOSITORY}/blob/abc/data/processed/Google%20colab/val_1k.csv#row-7"
    assert doc["id"].startswith("innews-") and len(doc["id"]) == len("innews-") + 10
    assert (doc["title"], doc["source"], doc["date"]) == (
        "Rain hits town",
        "The Daily Post",
        "2024-09-01",
    )
    assert doc["text"] == "PUNE: It rained.\n\nRoads flooded."
    assert article({**row, "date": ""}, 7, "abc")["date"] == ""
    # the row's number makes the address: two rows, two articles
    assert article(row, 8, "abc")["id"] != doc["id"]


def test_the_file_is_read_in_its_order_its_summaries_left_out(tmp_path: Path) -> None:
    text = HEADER + line('He said "yes",\nthen left.') + line("two")
    other = "data/processed/train_small.csv"
    git_commit_files(tmp_path, {FILE: text, other: HEADER + line("not read")})
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["url"].rsplit("#", 1)[1], d["text"]) for d in docs] == [
        ("row-1", 'He said "yes",\n\nthen left.'),
        ("row-2", "two"),
    ]
    assert all(set(d) == {"id", "title", "date", "url", "source", "text"} for d in docs)
    assert "A summary." not in str(docs)
