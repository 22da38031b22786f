"""The draw of The Guardian's articles of 2007-2016 (your-next-city's yearly files) for a
facet precision part (scripts/build_guardian_news.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_guardian_news import article, read_corpus  # noqa: E402


def result(url: str, text: str, title: str = "Rain  hits &quot;town&quot;") -> dict[str, object]:
    return {
        "webUrl": url,
        "publicationDate": "2012-01-04T07:54:00Z",
        "tags": ["World news"],
        "sentences": ["a sentence the collection's analysis picked"],
        "title": title,
        "article": text,
    }


def yearly(*results: dict[str, object]) -> str:
    return json.dumps({"sentences": 1, "docs": len(results), "results": list(results)})


def test_an_article_is_its_text_with_entities_read_its_title_and_its_day() -> None:
    url = " https://www.theguardian.com/world/2012/jan/04/rain "
    row = result(url, "It&apos;s  wet.\n\nAgain.")
    doc = article({key: str(value) for key, value in row.items()})
    assert doc["id"].startswith("guardian-") and len(doc["id"]) == len("guardian-") + 10
    assert (doc["url"], doc["title"], doc["source"], doc["date"]) == (
        "https://www.theguardian.com/world/2012/jan/04/rain",
        'Rain hits "town"',
        "The Guardian",
        "2012-01-04",
    )
    # the text's HTML entities are read; a line is a paragraph, empty ones left out
    assert doc["text"] == "It's wet.\n\nAgain."
    assert article({"webUrl": "https://x.example/a", "article": "x"})["date"] == ""


def test_the_four_folders_yearly_files_are_read_in_order_each_address_once(
    tmp_path: Path,
) -> None:
    a, b, c = (f"https://www.theguardian.com/world/2010/may/0{i}/story" for i in (1, 2, 3))
    files = {
        "Asia/Taiwan/data/2010_Taiwan_news.json": yearly(result(b, "b"), result(a, "a again")),
        "Asia/Bangkok/data/2010_Bangkok_news.json": yearly(result(a, "a"), result("", "none")),
        "MiddleEast/Tel_Aviv/data/2016_Tel_Aviv_news.json": yearly(result(c, "c")),
        # a folder whose yearly files are not all in the snapshot, and another file
        "Asia/Tokyo/data/2010_Tokyo_news.json": yearly(result("https://x.example/t", "t")),
        "Asia/Taiwan/data/summary.json": yearly(result("https://x.example/s", "s")),
    }
    git_commit_files(tmp_path, files)
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["url"], d["text"]) for d in docs] == [(a, "a"), (b, "b"), (c, "c")]
    assert all(set(d) == {"id", "title", "date", "url", "source", "text"} for d in docs)
