"""The draw of FakeHealth's health news stories (HealthStory) for a facet precision part
(scripts/build_fakehealth_news.py)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_fakehealth_news import (  # noqa: E402
    FOLDER,
    article,
    eligible,
    iso_day,
    key,
    news_number,
    own_address,
    read_corpus,
)
from scripts.build_newsdata_news import draw, write_part  # noqa: E402

PATH = "dataset/content/HealthStory/story_reviews_00042.json"


def story(url: str, text: str, **more: object) -> dict[str, object]:
    return {"url": url, "title": "A  title\n", "text": text, "publish_date": None, **more}


def test_a_story_is_its_address_title_day_host_and_text() -> None:
    one = article(
        PATH,
        story(
            "https://www.ABCnews.go.com:443/Health/story?id=5",
            " One.  \r\n\r\n\r\n\nTwo. \n",
            publish_date=1544936400.0,
        ),
    )
    assert one == {
        "id": "fakehealth-00042",
        "title": "A title",
        "date": "2018-12-16",
        "url": "https://www.ABCnews.go.com:443/Health/story?id=5",
        "source": "abcnews.go.com",
        "text": "One.\n\nTwo.",
    }
    assert article(PATH, story("http://x.org/a", "t"))["date"] == ""
    assert iso_day(None) == "" and iso_day(1260421200) == "2009-12-10"


def test_an_archived_copys_host_is_the_pages_own() -> None:
    url = "https://web.archive.org/web/20181217151809/https://www.reuters.com/article/a-b"
    assert own_address(url) == "https://www.reuters.com/article/a-b"
    assert article(PATH, story(url, "t"))["source"] == "reuters.com"
    assert article(PATH, story(url, "t"))["url"] == url


def test_the_news_number_is_the_files() -> None:
    assert news_number("story_reviews_01697.json") == "01697"
    with pytest.raises(ValueError):
        news_number("dataset/content/HealthRelease/news_reviews_00001.json")


def test_an_address_key_keeps_the_query_that_names_the_article() -> None:
    healthday = "http://consumer.healthday.com/Article.asp?AID=6{}"
    assert key(healthday.format(1)) != key(healthday.format(2))
    assert key("http://www.latimes.com:80/a/b/") == key("https://latimes.com/a/b")
    assert key("https://x.com/a?utm_source=t&id=3") == key("http://www.x.com/a?id=3")
    archived = "https://web.archive.org/web/2018/https://www.newsweek.com/a-1"
    assert key(archived) == key("http://newsweek.com/a-1")


def test_stories_opening_alike_but_for_whitespace_are_one() -> None:
    first = article(PATH, story("http://a.com/1", "A  story\n\nof " + "x" * 900))
    again = article(PATH, story("http://a.com/2", "A story of " + "x" * 900 + "!"))
    other = article(PATH, story("http://a.com/3", "Another story " + "y" * 900))
    short = article(PATH, story("http://a.com/4", "Too short."))
    assert eligible([first, again, other, short], set(), 800) == [first, other]


def test_listed_stories_under_another_form_of_their_address_are_left_out() -> None:
    listed = article(
        PATH, story("https://web.archive.org/web/2010/http://www.a.com/1/", "A " + "x" * 900)
    )
    copy = article(PATH, story("http://a.com/9", "A  " + "x" * 900))
    other = article(PATH, story("http://a.com/2", "Another story " + "y" * 900))
    assert eligible([listed, copy, other], {"https://a.com/1"}, 800) == [other]
    assert eligible([listed, copy, other], {"http://a.com/1?x=1"}, 800) == [listed, other]


def test_the_draw_repeats_with_its_seed_and_keeps_the_files_order() -> None:
    docs = [
        article(f"story_reviews_{n:05d}.json", story(f"http://a.com/{n}", f"{n:03d}" + "x" * 900))
        for n in range(40)
    ]
    kept = eligible(docs, set(), 800)
    drawn = draw(kept, 10, 2018)
    assert len(drawn) == 10 and draw(kept, 10, 2018) == drawn
    assert drawn == [d for d in docs if d in drawn]


def test_the_stories_are_read_from_the_checkouts_head_by_file_name(tmp_path: Path) -> None:
    files = {
        f"{FOLDER}/story_reviews_00010.json": json.dumps(story("http://a.com/10", "é")),
        f"{FOLDER}/story_reviews_00002.json": json.dumps(story("http://a.com/2", "Two.")),
        "dataset/content/HealthRelease/news_reviews_00001.json": json.dumps(
            story("http://press.org/1", "A release.")
        ),
    }
    git_commit_files(tmp_path, files)
    docs = read_corpus(str(tmp_path))
    assert [d["id"] for d in docs] == ["fakehealth-00002", "fakehealth-00010"]
    assert [d["text"] for d in docs] == ["Two.", "é"]
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(tmp_path), str(bare)], check=True)
    assert read_corpus(str(bare)) == docs


def test_the_part_is_written_as_gzipped_json_lines_and_an_id_url_list(tmp_path: Path) -> None:
    docs = [article(PATH, story("http://a.com/4", "Body é."))]
    out, tsv = tmp_path / "fakehealth" / "part.jsonl.gz", tmp_path / "articles.tsv"
    write_part(docs, out, tsv)
    with gzip.open(out, "rt", encoding="utf-8") as rows:
        assert [json.loads(row) for row in rows] == docs
    assert tsv.read_text("utf-8") == "id\turl\nfakehealth-00042\thttp://a.com/4\n"
