"""The draw of Bangladeshi newspapers' English articles for a facet precision part
(scripts/build_bdnews_news.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_bdnews_news import FILE, article, read_corpus  # noqa: E402


def record(
    url: str, text: str, language: str = "English", day: str = "2025-12-29 16:10:11"
) -> dict[str, str]:
    return {
        "url": url,
        "paper_name": "Prothom  Alo",
        "headline": "Khaleda  Zia no more",
        "article": text,
        "publication_date": day,
        "source_language": language,
    }


def test_run_together_paragraphs_are_split_at_a_sentence_end_before_a_capital() -> None:
    text = "He left.She stayed at 5pm.Then “he said so.”Later, in the U.S.A meeting  ended."
    one = article(record(" https://en.prothomalo.com/a ", text))
    assert one["id"].startswith("bdnews-") and len(one["id"]) == len("bdnews-") + 10
    assert (one["url"], one["title"], one["source"]) == (
        "https://en.prothomalo.com/a",
        "Khaleda Zia no more",
        "Prothom Alo",
    )
    # initials ("U.S.A") are no sentence end: a capital after a capital's full stop
    assert one["text"].split("\n\n") == [
        "He left.",
        "She stayed at 5pm.",
        "Then “he said so.”",
        "Later, in the U.S.A meeting ended.",
    ]
    assert one["date"] == "2025-12-29"
    # the scrape's "Unknown" or an empty date gives no day
    assert article(record("https://x.bd/b", "x", day="Unknown"))["date"] == ""


def test_the_days_file_is_read_first_then_the_archive_english_articles_once(
    tmp_path: Path,
) -> None:
    daily = "data/daily/2025-12-29/articles.json"
    first = [record("https://x.bd/1", "one"), record("https://x.bd/b", "এক", "Bengali")]
    git_commit_files(tmp_path, {daily: json.dumps(first)})
    head = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    day = subprocess.run(head, check=True, capture_output=True, text=True).stdout.strip()
    later = [record("https://x.bd/2", "two"), record("https://x.bd/1", "one, edited")]
    git_commit_files(tmp_path, {FILE: json.dumps(later)})
    now = subprocess.run(head, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), now, (day, daily))
    assert [(d["url"], d["text"]) for d in docs] == [
        ("https://x.bd/1", "one"),
        ("https://x.bd/2", "two"),
    ]
