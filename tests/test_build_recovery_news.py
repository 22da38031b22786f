"""The draw of the ReCOVery repository's reliable COVID-19 news for a facet precision part
(scripts/build_recovery_news.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_recovery_news import FOLDER, article, body, read_corpus  # noqa: E402

HEADER = "news_id,url,publisher,publish_date,author,title,body_text,reliability\n"


def test_an_article_is_its_row_with_the_title_left_out_of_the_text() -> None:
    row = {
        "url": " https://www.npr.org/a ",
        "publisher": "National Public Radio (NPR)",
        "publish_date": "2020-05-17 10:00:00",
        "title": "A  title",
        "body_text": "A title\n\nOne two.  \n\n\n\nThree\nfour.\n",
    }
    one = article(row)
    assert one["id"].startswith("recovery-") and len(one["id"]) == len("recovery-") + 10
    assert (one["title"], one["date"], one["url"]) == ("A title", "2020-05-17", row["url"].strip())
    assert (one["source"], one["text"]) == (
        "National Public Radio (NPR)",
        "One two.\n\nThree\nfour.",
    )
    # a first paragraph that is not the title stays; an empty day stays empty
    assert body("Other words.\n\nMore.", "A title") == "Other words.\n\nMore."
    assert article({**row, "publish_date": ""})["date"] == ""


def test_the_reliable_sites_files_are_read_at_the_revision_in_name_order(tmp_path: Path) -> None:
    files = {
        f"{FOLDER}/b.csv": HEADER + '0,http://b.com/1,B,2020-03-01,[],Tb,"Tb\n\nBody b.",1\n',
        f"{FOLDER}/a.csv": HEADER + '0,http://a.com/1,A,2020-04-01,[],Ta,"Body a, é.",1\n',
        "dataset/unreliable/c.csv": HEADER + "0,http://c.com/1,C,2020-04-01,[],Tc,Body c.,0\n",
    }
    git_commit_files(tmp_path, files)
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["url"], d["source"], d["text"]) for d in docs] == [
        ("http://a.com/1", "A", "Body a, é."),
        ("http://b.com/1", "B", "Body b."),
    ]
