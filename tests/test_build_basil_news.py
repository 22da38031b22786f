"""The draw of BASIL's news articles for a facet precision part (scripts/build_basil_news.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_basil_news import article  # noqa: E402
from scripts.build_newsdata_news import draw, eligible  # noqa: E402


def record(url: str, paragraphs: list[list[str]], source: str = "nyt") -> dict[str, Any]:
    return {
        "title": " A  title ",
        "date": "2014-06-05",
        "url": f" {url} ",
        "source": source,
        "body-paragraphs": paragraphs,
    }


def test_an_article_gets_a_stable_id_its_outlets_name_and_its_paragraphs_as_text() -> None:
    one = article(record("https://www.foxnews.com/a", [["One.", " Two. "], [" "], ["Three."]]))
    assert one["id"] == article(record("https://www.foxnews.com/a", [["other"]]))["id"]
    assert one["id"].startswith("basil-") and len(one["id"]) == len("basil-") + 10
    assert one["id"] != article(record("https://www.foxnews.com/b", [["x"]]))["id"]
    assert one["text"] == "One. Two.\n\nThree."
    assert (one["title"], one["date"], one["url"]) == (
        "A title",
        "2014-06-05",
        "https://www.foxnews.com/a",
    )
    assert [article(record("u", [["x"]], s))["source"] for s in ("nyt", "FOX", "hpo")] == [
        "The New York Times",
        "Fox News",
        "HuffPost",
    ]
    assert article(record("u", [["x"]], "ap"))["source"] == "ap"


def test_the_draw_keeps_long_articles_once_each_and_repeats_with_its_seed() -> None:
    docs = [article(record(f"https://a.com/{n}", [[f"{n:03d}" + "x" * 900]])) for n in range(30)]
    docs.append(article(record("https://a.com/short", [["too short"]])))
    docs.append(article(record("https://b.com/copy", [[docs[0]["text"]]])))
    kept = eligible(docs, set(), 800)
    assert len(kept) == 30 and kept == docs[:30]
    drawn = draw(kept, 10, 2019)
    assert len(drawn) == 10 and draw(kept, 10, 2019) == drawn
    assert drawn == [d for d in kept if d in drawn]
