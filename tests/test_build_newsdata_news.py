"""The draw of US news articles for a facet precision part (scripts/build_newsdata_news.py)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_newsdata_news import article, draw, eligible, excluded  # noqa: E402


def doc(url: str, text: str, publisher: str | None = None) -> dict[str, str]:
    day = "2023-03-24 14:29:00"
    row = {"url": url, "raw_text": text, "title": " A  title ", "published_date_gmt": day}
    return article(row, publisher)


def test_an_article_gets_a_stable_id_an_iso_day_and_its_host_when_no_publisher() -> None:
    one = doc("https://www.example.com/a", "Body one.\n\n\n\nBody two.")
    assert one["id"] == doc("https://www.example.com/a", "other")["id"]
    assert one["id"].startswith("newsdata-") and len(one["id"]) == len("newsdata-") + 10
    assert one["id"] != doc("https://www.example.com/b", "x")["id"]
    assert (one["date"], one["source"], one["title"]) == ("2023-03-24", "example.com", "A title")
    assert one["text"] == "Body one.\n\nBody two."
    assert doc("https://x.org/a", "t", "X News")["source"] == "X News"


def test_short_texts_repeated_addresses_and_repeated_openings_are_kept_once_or_not_at_all() -> None:
    long = "x" * 600
    docs = [
        doc("https://a.com/1", long),
        doc("https://a.com/2", "too short"),
        doc("https://a.com/1", "y" * 600),  # the same address again
        doc("https://b.com/3", long),  # the same text under another address
        doc("https://c.com/4", "z" * 600),
    ]
    kept = eligible(docs, set(), 500)
    assert [d["url"] for d in kept] == ["https://a.com/1", "https://c.com/4"]


def test_listed_articles_and_those_opening_as_they_do_are_not_drawn(tmp_path: Path) -> None:
    docs = [doc(f"https://a.com/{n}", f"{n:03d}" + "x" * 600) for n in range(10)]
    docs.append(doc("https://b.com/copy", docs[0]["text"]))
    tsv = tmp_path / "articles.tsv"
    tsv.write_text("id\turl\n" + f"{docs[0]['id']}\t{docs[0]['url']}\n", encoding="utf-8")
    kept = eligible(docs, excluded([tsv]), 500)
    assert len(kept) == 9
    assert all(d["text"] != docs[0]["text"] for d in kept)


def test_a_draw_repeats_with_its_seed_keeps_the_given_order_and_takes_all_when_fewer() -> None:
    docs = [doc(f"https://a.com/{n}", f"{n:03d}" + "x" * 600) for n in range(30)]
    drawn = draw(docs, 10)
    assert len(drawn) == 10 and draw(docs, 10) == drawn
    assert draw(docs, 10, seed=7) != drawn
    assert drawn == [d for d in docs if d in drawn]
    assert draw(docs, 100) == docs
