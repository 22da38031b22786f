"""The draw of the SemEval-2019 hyperpartisan task's by-article news for a facet precision
part (scripts/build_hyperpartisan_news.py)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_fakehealth_news import eligible  # noqa: E402
from scripts.build_hyperpartisan_news import ARTICLES, TRUTH, article, read_corpus  # noqa: E402
from scripts.build_newsdata_news import draw  # noqa: E402


def test_an_article_is_its_id_title_day_host_and_paragraphs_without_the_furniture() -> None:
    element = ET.fromstring(
        '<article id="0000042" published-at="2017-10-12" title=" A  title\n">'
        "Photo by A B <p>One <a href='http://x.com'>two</a>.</p> Buy now! "
        "<p>  </p><p>Three <q>four</q>\n five.</p> Ad text</article>"
    )
    one = article(element, "https://www.cbsnews.com:443/news/a/")
    assert one == {
        "id": "hyperpartisan-0000042",
        "title": "A title",
        "date": "2017-10-12",
        "url": "https://www.cbsnews.com:443/news/a/",
        "source": "cbsnews.com",
        "text": "One two.\n\nThree four five.",
    }
    undated = article(ET.fromstring('<article id="7"><p>Text.</p></article>'), "http://x.org/a")
    assert undated["date"] == "" and undated["title"] == "" and undated["source"] == "x.org"


def test_articles_opening_alike_but_for_whitespace_are_one_and_the_draw_repeats() -> None:
    docs = [
        {"id": f"h-{n:07d}", "url": f"http://x.com/{n}", "text": f"{n:04d} " + "x" * 900}
        for n in range(30)
    ]
    again = {"id": "h-0000100", "url": "http://x.com/again", "text": "0001  " + "x" * 900}
    short = {"id": "h-0000101", "url": "http://x.com/short", "text": "Too short."}
    kept = eligible([*docs, again, short], set(), 800)
    assert kept == docs
    drawn = draw(kept, 10, 2019)
    assert len(drawn) == 10 and draw(kept, 10, 2019) == drawn
    assert drawn == [d for d in docs if d in drawn]


def test_only_the_articles_labelled_not_hyperpartisan_are_read_at_the_revision(
    tmp_path: Path,
) -> None:
    articles = (
        '<?xml version="1.0" encoding="UTF-8"?><articles>'
        '<article id="0000002" title="B"><p>é and more.</p></article>'
        '<article id="0000001" title="A"><p>Not partisan.</p></article>'
        '<article id="0000003" title="C"><p>Partisan.</p></article></articles>'
    )
    truth = (
        '<?xml version="1.0" ?><articles>'
        '<article hyperpartisan="false" id="0000001" url="http://a.com/1"/>'
        '<article hyperpartisan="false" id="0000002" url="https://www.b.co.uk/2?x=1&amp;y=2"/>'
        '<article hyperpartisan="true" id="0000003" url="http://c.com/3"/></articles>'
    )
    git_commit_files(tmp_path, {ARTICLES: articles, TRUTH: truth})
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [(d["id"], d["url"], d["source"], d["text"]) for d in docs] == [
        ("hyperpartisan-0000001", "http://a.com/1", "a.com", "Not partisan."),
        ("hyperpartisan-0000002", "https://www.b.co.uk/2?x=1&y=2", "b.co.uk", "é and more."),
    ]
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(tmp_path), str(bare)], check=True)
    assert read_corpus(str(bare), head) == docs
