"""The draw of the Celebrity dataset's news articles for a facet precision part
(scripts/build_celebrity_news.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_celebrity_news import (  # noqa: E402
    FOLDER,
    REPOSITORY,
    article,
    read_corpus,
)
from scripts.build_fnc_news import opening  # noqa: E402
from scripts.build_newsdata_news import draw, eligible  # noqa: E402

LEGIT = f"{FOLDER}/legit/001legit.txt"


def test_an_article_takes_its_title_line_its_class_and_number_and_its_file_address() -> None:
    one = article(LEGIT, " A  title \n\nOne.  \r\n\r\n\r\n\nTwo. \n", "abc123")
    assert one == {
        "id": "celebrity-legit-001",
        "title": "A title",
        "date": "",
        "url": f"{REPOSITORY}/blob/abc123/{LEGIT}",
        "source": one["source"],
        "text": "One.\n\nTwo.",
    }
    assert one["source"]
    assert article(f"{FOLDER}/fake/250fake.txt", "T\n\nB", "c")["id"] == "celebrity-fake-250"


def test_a_file_opening_with_an_empty_line_takes_the_next_as_its_title() -> None:
    one = article(LEGIT, "\nA title\n2017-10-24 16:38:00\nShe said.\n", "c")
    assert one["title"] == "A title" and one["text"] == "2017-10-24 16:38:00\nShe said."


def test_a_file_of_another_name_is_no_article() -> None:
    with pytest.raises(ValueError):
        article("datasets/x/fakeNewsDataset/legit/biz01.legit.txt", "T\n\nB", "c")


def test_articles_opening_alike_but_for_whitespace_are_one_and_the_draw_repeats() -> None:
    docs = [
        article(f"{FOLDER}/legit/{n:03d}legit.txt", f"T\n\n{n:03d} " + "x" * 900, "c")
        for n in range(1, 31)
    ]
    again = article(f"{FOLDER}/fake/001fake.txt", "T\n\n001  " + "x" * 900, "c")
    short = article(f"{FOLDER}/fake/002fake.txt", "T\n\nToo short.", "c")
    kept = eligible([*docs, again, short], set(), 800, opening)
    assert kept == docs
    drawn = draw(kept, 10, 2017)
    assert len(drawn) == 10 and draw(kept, 10, 2017) == drawn
    assert drawn == [d for d in docs if d in drawn]


def test_the_articles_are_read_from_the_checkouts_head_by_path(tmp_path: Path) -> None:
    files = {
        f"{FOLDER}/legit/002legit.txt": "Two\n\né",
        f"{FOLDER}/fake/002fake.txt": "Gossip\n\nA rumour.",
        "datasets/deception_detection_fake_news/data/fakeNewsDataset/legit/biz01.legit.txt": (
            "Excerpt\n\nNot read."
        ),
    }
    git_commit_files(tmp_path, files)
    docs = read_corpus(str(tmp_path))
    assert [d["id"] for d in docs] == ["celebrity-fake-002", "celebrity-legit-002"]
    assert [d["text"] for d in docs] == ["A rumour.", "é"]
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    assert docs[0]["url"] == f"{REPOSITORY}/blob/{head}/{FOLDER}/fake/002fake.txt"
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(tmp_path), str(bare)], check=True)
    assert read_corpus(str(bare)) == docs
