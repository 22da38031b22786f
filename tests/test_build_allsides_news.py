"""The draw of the AllSides corpus's news articles for a facet precision part
(scripts/build_allsides_news.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_allsides_news import address_key, article, blobs, iso_day  # noqa: E402
from scripts.build_newsdata_news import draw, eligible  # noqa: E402


def record(n: int, text: str, date: str = "2016-09-20") -> dict[str, str]:
    return {
        "ID": f"id{n:03d}",
        "title": " A  title ",
        "date": date,
        "source": "New York Times - News",
        "url": f"http://www.nytimes.com/2016/{n:03d}.html ",
        "content_original": text,
        "bias_text": "left",
    }


def test_an_article_takes_the_records_id_title_day_address_outlet_and_text() -> None:
    one = article(record(7, "One.\r\n\r\n\r\nTwo.\n"))
    assert one["id"] == "allsides-id007" and one["title"] == "A title"
    assert one["date"] == "2016-09-20" and one["source"] == "New York Times - News"
    assert one["url"] == "http://www.nytimes.com/2016/007.html"
    assert one["text"] == "One.\n\nTwo."
    assert "bias_text" not in one


def test_days_are_iso_or_empty() -> None:
    assert iso_day("6/15/17") == "2017-06-15" and iso_day("12/1/16") == "2016-12-01"
    assert iso_day("") == iso_day("0001-01-01") == ""


def test_an_address_is_known_under_its_tracking_query_and_print_view() -> None:
    base = "foxnews.com/politics/2013/04/02/nra-urges"
    assert address_key(f"http://www.{base}/?intcmp=related") == base
    assert address_key(f"https://{base}/print") == address_key(f"https://{base}.print") == base


def test_the_draw_keeps_long_articles_once_each_and_repeats_with_its_seed() -> None:
    docs = [article(record(n, f"{n:03d}" + "x" * 900)) for n in range(30)]
    docs.append(article(record(99, "too short")))
    kept = eligible(docs, set(), 800)
    assert kept == docs[:30]
    drawn = draw(kept, 10, 2020)
    assert len(drawn) == 10 and draw(kept, 10, 2020) == drawn


def test_the_files_are_read_from_the_checkouts_head(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "jsons"
    folder.mkdir(parents=True)
    (folder / "b.json").write_text('{"ID": "b", "text": "é"}', encoding="utf-8")
    (folder / "a.json").write_text('{"ID": "a"}', encoding="utf-8")
    (tmp_path / "README.md").write_text("not read")
    git = ["git", "-C", str(tmp_path)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    user = ["-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, *user, "commit", "-q", "-m", "x"], check=True)
    found = blobs(str(tmp_path))
    assert [path for path, _ in found] == ["data/jsons/a.json", "data/jsons/b.json"]
    assert [content for _, content in found] == ['{"ID": "a"}', '{"ID": "b", "text": "é"}']
