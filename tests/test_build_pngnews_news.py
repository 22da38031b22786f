"""The draw of Papua New Guinea news articles (The National) for a facet precision part
(scripts/build_pngnews_news.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_pngnews_news import FILE, article, read_corpus  # noqa: E402

HEADER = "\ufeffTitle,URL,Date,Content,Category,Sentiment,People,Source\r\n"


def line(url: str, content: str, title: str = "Rain  hits town", day: str = "03/10/2025") -> str:
    quoted = content.replace('"', '""')
    return f'{title},{url},{day},"{quoted}",Politics,Neutral,"Ann Bee",The National\r\n'


def test_an_article_is_its_lines_its_title_and_its_day_as_year_month_day() -> None:
    row = {
        "Title": " Rain  hits town ",
        "URL": " https://x.pg/rain-hits-town/ ",
        "Date": "3/10/2025",
        "Content": "LAE:  It rained.\n\nRoads  flooded.\n \n",
        "People": "Ann Bee",
    }
    doc = article(row)
    assert doc["id"].startswith("pngnews-") and len(doc["id"]) == len("pngnews-") + 10
    assert (doc["url"], doc["title"], doc["source"]) == (
        "https://x.pg/rain-hits-town/",
        "Rain hits town",
        "The National",
    )
    assert doc["text"] == "LAE: It rained.\n\nRoads flooded."
    # day first: 3 October, not 10 March
    assert doc["date"] == "2025-10-03"
    assert article({**row, "Date": "20/11/2025"})["date"] == "2025-11-20"
    assert article({**row, "Date": ""})["date"] == ""


def test_the_file_is_read_in_its_order_each_address_once_its_own_analysis_left_out(
    tmp_path: Path,
) -> None:
    text = HEADER + "".join(
        [
            line("https://x.pg/b/", 'He said "yes", then left.'),
            line("https://x.pg/a/", "one"),
            line("https://x.pg/b/", "b again"),
            line("", "no address"),
        ]
    )
    other = "TVWAN/tvwan_local_with_full_text_sentiment.csv"
    git_commit_files(tmp_path, {FILE: text, other: HEADER + line("https://x.pg/c/", "c")})
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["url"], d["text"]) for d in docs] == [
        ("https://x.pg/b/", 'He said "yes", then left.'),
        ("https://x.pg/a/", "one"),
    ]
    # the collection's category, sentiment and people columns are not the article's
    assert all(set(d) == {"id", "title", "date", "url", "source", "text"} for d in docs)
    assert "Ann Bee" not in str(docs)
