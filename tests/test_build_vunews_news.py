"""The draw of Vanuatu news articles (Vanuatu Business Review) for a facet precision part
(scripts/build_vunews_news.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_vunews_news import FILE, article, read_corpus  # noqa: E402

HEADER = ",url,date,title,news\n"


def line(number: int, url: str, news: str, title: str = "Rain  hits town") -> str:
    quoted = news.replace('"', '""')
    return f'{number},{url},2022-06-10 23:00:00,{title},"{quoted}"\n'


def test_an_article_is_its_paragraphs_its_title_and_its_day() -> None:
    row = {
        "": "0",
        "url": " https://x.vu/news/rain-hits-town/ ",
        "date": "2022-06-10 23:00:00",
        "title": " Rain  hits town ",
        "news": "By Ann Bee.Roads  flooded in the capital.It rained for 3 days.",
    }
    doc = article(row)
    assert doc["id"].startswith("vunews-") and len(doc["id"]) == len("vunews-") + 10
    assert (doc["url"], doc["title"], doc["source"], doc["date"]) == (
        "https://x.vu/news/rain-hits-town/",
        "Rain hits town",
        "Vanuatu Business Review",
        "2022-06-10",
    )
    # the scrape ran the paragraphs together: a sentence's end then a capital is a break
    assert doc["text"] == "By Ann Bee.\n\nRoads flooded in the capital.\n\nIt rained for 3 days."
    assert article({**row, "date": ""})["date"] == ""


def test_the_file_is_read_in_its_order_each_address_once(tmp_path: Path) -> None:
    text = HEADER + "".join(
        [
            line(0, "https://x.vu/news/b/", 'He said "yes", then left.'),
            line(1, "https://x.vu/news/a/", "one"),
            line(2, "https://x.vu/news/b/", "b again"),
            line(3, "", "no address"),
            line(4, "https://x.vu/news/c/", ""),
        ]
    )
    other = "data/text/vanuatu/vanuatu_abc_news.csv"
    git_commit_files(tmp_path, {FILE: text, other: HEADER + line(0, "https://x.au/d/", "d")})
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["url"], d["text"]) for d in docs] == [
        ("https://x.vu/news/b/", 'He said "yes", then left.'),
        ("https://x.vu/news/a/", "one"),
    ]
    assert all(set(d) == {"id", "title", "date", "url", "source", "text"} for d in docs)
