"""The draw of the Times of Malta articles of TimesOfMaltaExplorer for a facet precision part
(scripts/build_timesofmalta_news.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_timesofmalta_news import NAME, REPOSITORY, article, read_corpus  # noqa: E402


def test_only_the_scrapers_article_files_are_read() -> None:
    assert NAME.fullmatch("tom_articles_100.json")
    assert NAME.fullmatch("tom_articles_4119.json")
    for path in ("tom-scraper.py", "plastic/Plastic.zip", "tom_graph_word2vec.sif", "README.md"):
        assert NAME.fullmatch(path) is None


def test_an_article_is_its_files_address_and_its_body_by_paragraph() -> None:
    item = {
        "id": 37,
        "keywords": "roads",
        "author": "A Reporter",
        "comment_count": 2,
        "article_body": "The  road\u00a0was closed.\n\n\nIt   reopened on Monday. \n",
    }
    doc = article("tom_articles_100.json", item, "abc123")
    assert doc == {
        "id": "timesofmalta-37",
        "title": "",
        "date": "",
        "url": f"{REPOSITORY}/blob/abc123/tom_articles_100.json#id-37",
        "source": "timesofmalta.com (Malta)",
        "text": "The road was closed.\n\nIt reopened on Monday.",
    }


def test_the_articles_are_read_in_the_order_of_the_files_and_of_each_file(
    tmp_path: Path,
) -> None:
    def body(number: int, text: str) -> dict[str, object]:
        return {
            "id": number,
            "keywords": "",
            "author": "",
            "comment_count": 0,
            "article_body": text,
        }

    files = {
        "tom_articles_200.json": json.dumps([body(5, "E"), body(4, "D")]),
        "tom_articles_100.json": json.dumps([body(9, "A")]),
        "tom-scraper.py": "print()",
        "plastic/data.json": json.dumps([body(1, "X")]),
    }
    git_commit_files(tmp_path, files)
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["id"], d["text"]) for d in docs] == [
        ("timesofmalta-9", "A"),
        ("timesofmalta-5", "E"),
        ("timesofmalta-4", "D"),
    ]
