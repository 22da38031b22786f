"""The draw of the Latin American and African press articles of the English Worldwide
Newswire set for a facet precision part (scripts/build_latafnews_news.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_latafnews_news import (  # noqa: E402
    REPOSITORY,
    REVISION,
    article,
    outlet,
    read_corpus,
)


def test_only_the_latin_american_and_african_outlets_files_are_read() -> None:
    assert outlet("original_articles/arg_buenosairestimes_3.txt") == "Argentina"
    assert outlet("original_articles/nm_12.txt") == outlet("original_articles/nm_econ_1.txt")
    assert outlet("original_articles/af_ips_2.txt") == "Africa"
    # Asia, the Middle East (Egypt's outlets among them), Canada, Guyana's Kaieteur News
    # (read by the quote split test10), the Bolivian files (Time's) and the zip files
    for path in (
        "cn_article_scmp_1.txt",
        "eg_today_3.txt",
        "qt_peninsula_2.txt",
        "canada_yukon_1.txt",
        "guyana_kaieteurnews_1.txt",
        "bol_boliviantimes_1.txt",
        "global.zip",
    ):
        assert outlet("original_articles/" + path) is None


def test_the_first_line_is_the_articles_address_and_day_the_rest_its_text() -> None:
    content = (
        b"https://www.example.com.ar/news/2022/05/17/a-b.html\n\nHead  line\n\n  It rains.\r\n"
    )
    doc = article("original_articles/arg_buenosairestimes_3.txt", content)
    assert doc == {
        "id": "latafnews-arg_buenosairestimes_3",
        "title": "",
        "date": "2022-05-17",
        "url": "https://www.example.com.ar/news/2022/05/17/a-b.html",
        "source": "example.com.ar (Argentina)",
        "text": "Head line\n\nIt rains.",
    }
    # no address first: the file's address in the repository, all its lines as text
    bare = article("original_articles/sa_iol_1.txt", b"Head\nIt rains.\n")
    assert bare["url"] == f"{REPOSITORY}/blob/{REVISION}/original_articles/sa_iol_1.txt"
    assert (bare["date"], bare["source"], bare["text"]) == (
        "",
        "sa_iol (South Africa)",
        "Head\n\nIt rains.",
    )


def test_the_folders_articles_are_read_in_the_order_of_their_paths(tmp_path: Path) -> None:
    files = {
        "original_articles/sa_star_2.txt": "http://x.co.za/b\nB",
        "original_articles/af_afrol_1.txt": "https://afrol.example/a\nA",
        "original_articles/israel_haaretz_1.txt": "https://h.example/c\nC",
        "original_articles/textfiles.zip": "zip",
        "regions.txt": "Africa:",
    }
    git_commit_files(tmp_path, files)
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["id"], d["url"], d["text"]) for d in docs] == [
        ("latafnews-af_afrol_1", "https://afrol.example/a", "A"),
        ("latafnews-sa_star_2", "http://x.co.za/b", "B"),
    ]
