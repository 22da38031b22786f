"""The draw of the Tehran Times articles of Tehran-Times-Dataset for a facet precision part
(scripts/build_tehrantimes_news.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_tehrantimes_news import FOOTER, NAME, article, read_corpus  # noqa: E402


def test_only_the_sites_news_pages_are_read() -> None:
    assert NAME.fullmatch("data/_news_100025_Ships-Collide.txt")
    for path in ("data/links.txt", "data/_page_about.txt", "scripts/crawl.py", "README.md"):
        assert NAME.fullmatch(path) is None


def test_a_page_is_its_address_and_its_text_less_the_sites_footer() -> None:
    content = f"TEHRAN –  Ships  collided\n on Monday.  {FOOTER}".encode()
    doc = article("data/_news_100025_Ships-Collide.txt", content)
    assert doc == {
        "id": "tehrantimes-100025",
        "title": "",
        "date": "",
        "url": "https://www.tehrantimes.com/news/100025/Ships-Collide",
        "source": "tehrantimes.com (Iran)",
        "text": "TEHRAN – Ships collided on Monday.",
    }
    # a page without the footer keeps its text whole
    assert article("data/_news_7_A.txt", b"It rains.")["text"] == "It rains."


def test_the_news_pages_are_read_in_the_order_of_their_paths(tmp_path: Path) -> None:
    files = {
        "data/_news_20_B.txt": f"B {FOOTER}",
        "data/_news_1000_A.txt": "A",
        "data/links.txt": "https://www.tehrantimes.com/",
        "scripts/crawl.py": "print()",
    }
    git_commit_files(tmp_path, files)
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["id"], d["text"]) for d in docs] == [
        ("tehrantimes-1000", "A"),
        ("tehrantimes-20", "B"),
    ]
