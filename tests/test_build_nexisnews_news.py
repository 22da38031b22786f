"""The draw of China Daily's and The Daily Telegraph's (Sydney) articles of a course project's
Nexis Uni download for a facet precision part (scripts/build_nexisnews_news.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_nexisnews_news import (  # noqa: E402
    REPOSITORY,
    REVISION,
    article,
    day,
    mended,
    read_corpus,
)

CD = "data/text/china_daily/"
DT = "data/text/daily_telegraph/"


def entry(name: str, title: str, date: str, publication: str) -> dict[str, str | None]:
    return {
        "Filename": name,
        "Publication": publication,
        "Section": None,
        "Date": date,
        "Title": title,
        "Author": None,
        "LNID": "x",
    }


def test_a_day_is_read_in_either_of_the_indexes_forms() -> None:
    assert day("2020-02-25") == "2020-02-25"
    assert day("9/9/20") == "2020-09-09"
    assert day("1/11/21") == "2021-01-11"
    assert day(None) == day("") == day("Sept 2020") == ""


def test_utf8_read_as_windows_1252_is_read_again_and_other_text_kept() -> None:
    assert mended("It\u00e2\u20ac\u2122s \u00e2\u20ac\u0153new\u00e2\u20ac\x9d") == "It’s “new”"
    # text that never was UTF-8 read wrongly is left as it is
    assert mended("caf\u00e9 na\u00efve \u2014 Z\u00fcrich") == "café naïve — Zürich"


def test_an_article_is_its_file_with_its_index_entrys_title_day_and_outlet() -> None:
    path = CD + "china-daily---us-edition-rain,-again.txt"
    row = entry(
        "x.txt", " Rain  hits\u00e2\u20ac\u2122 town ", "9/9/20", "China Daily - US Edition"
    )
    doc = article(path, b"It  rains.\n\n\n  Again. \r\n", {k: v or "" for k, v in row.items()}, "o")
    name = "china-daily---us-edition-rain%2C-again.txt"
    assert doc["url"] == f"{REPOSITORY}/blob/{REVISION}/{CD}{name}"
    assert doc["id"].startswith("nexis-") and len(doc["id"]) == len("nexis-") + 10
    assert (doc["title"], doc["date"], doc["source"]) == (
        "Rain hits’ town",
        "2020-09-09",
        "China Daily - US Edition",
    )
    assert doc["text"] == "It rains.\n\nAgain."
    # a file with no entry of its own: no title nor day, its folder's outlet
    bare = article(path, b"x", None, "The Daily Telegraph (Australia)")
    assert (bare["title"], bare["date"], bare["source"]) == (
        "",
        "",
        "The Daily Telegraph (Australia)",
    )


def test_the_two_folders_articles_are_read_in_order_with_the_entries_named_once(
    tmp_path: Path,
) -> None:
    cd_index = [entry("b.txt", "B", "9/9/20", "China Daily - US Edition")]
    cd_index += [entry("a.txt", "A", f"1/{i}/21", "China Daily - US Edition") for i in (1, 2)]
    dt_index = [entry("c.txt", "C", "2020-02-25", "The Daily Telegraph (Australia)")]
    files = {
        CD + "b.txt": "b",
        CD + "a.txt": "a",
        CD + "cd_corpus_index.json": json.dumps(cd_index),
        CD + "cd_composite_text.txt": "a b",
        CD + "cd_terms_only_texts.txt": "a",
        CD + "._a.txt": "apple double",
        DT + "c.txt": "c",
        DT + "dt_corpus_index.json": json.dumps(dt_index),
        # the folders of outlets an earlier part read, and the AppleDouble files above them
        "data/text/guardian/g.txt": "g",
        "data/text/._c.txt": "apple double",
    }
    git_commit_files(tmp_path, files)
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["text"], d["title"], d["date"]) for d in docs] == [
        ("a", "", ""),  # the index names a.txt twice
        ("b", "B", "2020-09-09"),
        ("c", "C", "2020-02-25"),
    ]
    assert all(set(d) == {"id", "title", "date", "url", "source", "text"} for d in docs)
