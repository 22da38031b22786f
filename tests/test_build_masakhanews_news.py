"""The draw of MasakhaNEWS's English news (BBC News) for a facet precision part
(scripts/build_masakhanews_news.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_masakhanews_news import FILES, article, read_corpus  # noqa: E402

HEADER = "category\theadline\ttext\turl\n"


def test_an_article_is_its_row_with_one_paragraph_a_line() -> None:
    row = {
        "category": "business",
        "headline": "Pound  falls",
        "text": "Sterling sank on Thursday. \n\n  \nme the pound fell so much.\n",
        "url": " /news/business-62750606",
    }
    one = article(row)
    assert one["id"].startswith("masakhanews-") and len(one["id"]) == len("masakhanews-") + 10
    assert (one["title"], one["date"]) == ("Pound falls", "")
    assert one["url"] == "https://www.bbc.co.uk/news/business-62750606"
    # a line the scrape cut short stays as the corpus gives it
    assert one["text"] == "Sterling sank on Thursday.\n\nme the pound fell so much."
    assert one["source"] == "BBC News"
    sport = article({**row, "url": "/sport/football/62747012"})
    assert sport["source"] == "BBC Sport" and sport["id"] != one["id"]


def test_the_english_files_are_read_at_the_revision_dev_then_test(tmp_path: Path) -> None:
    dev, test = FILES
    files = {
        test: HEADER + "sports\tT\tBody t.\t/sport/tennis/1\n",
        dev: HEADER + 'health\tD\t"Body d, é.\nMore."\t/news/health-2\n',
        "data/fra/dev.tsv": HEADER + "health\tF\tCorps f.\t/afrique/3\n",
    }
    git_commit_files(tmp_path, files)
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["url"], d["source"], d["text"]) for d in docs] == [
        ("https://www.bbc.co.uk/news/health-2", "BBC News", "Body d, é.\n\nMore."),
        ("https://www.bbc.co.uk/sport/tennis/1", "BBC Sport", "Body t."),
    ]
