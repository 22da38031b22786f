"""The draw of the PTC's news articles for a facet precision part (scripts/build_ptc_news.py)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_newsdata_news import draw, eligible  # noqa: E402
from scripts.build_ptc_news import article  # noqa: E402

TRAIN = "datasets/train-articles"


def test_an_article_takes_its_title_line_its_number_and_its_file_address() -> None:
    content = " A  title \n\nOne sentence.\nTwo.\n\n\n\nThree.\n"
    one = article(f"{TRAIN}/article123456.txt", content, "abc123")
    assert one["id"] == "ptc-123456"
    assert one["title"] == "A title" and one["date"] == ""
    assert one["text"] == "One sentence.\nTwo.\n\nThree."
    repository = "https://github.com/aschern/semeval2020_task11"
    assert one["url"] == f"{repository}/blob/abc123/{TRAIN}/article123456.txt"
    assert article(f"{TRAIN}/article7.txt", "T\r\n\r\nBody.\r\n", "c")["text"] == "Body."
    assert one["source"] == article(f"{TRAIN}/article7.txt", "T", "c")["source"] != ""


def test_the_draw_keeps_long_articles_once_each_and_repeats_with_its_seed() -> None:
    docs = [article(f"{TRAIN}/article{n}.txt", f"T\n\n{n:03d}" + "x" * 900, "c") for n in range(30)]
    docs.append(article(f"{TRAIN}/article99.txt", "T\n\ntoo short", "c"))
    docs.append(article(f"{TRAIN}/article98.txt", "Other\n\n" + docs[0]["text"], "c"))
    kept = eligible(docs, set(), 800)
    assert len(kept) == 30 and kept == docs[:30]
    drawn = draw(kept, 10, 2020)
    assert len(drawn) == 10 and draw(kept, 10, 2020) == drawn
    assert drawn == [d for d in kept if d in drawn]
