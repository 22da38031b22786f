"""The draw of the BuzzFeed-Webis Fake News Corpus 2016's mainstream news for a facet
precision part (scripts/build_webis_news.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_fakehealth_news import eligible  # noqa: E402
from scripts.build_newsdata_news import draw  # noqa: E402
from scripts.build_webis_news import FOLDER, article, read_corpus  # noqa: E402
from scripts.build_webis_reprints import record  # noqa: E402

PATH = f"{FOLDER}/0042.xml"


def xml(
    text: str, spans: list[tuple[int, int]], orientation: str = "mainstream", **more: str
) -> str:
    fields = {"portal": "cnn", "title": " A  title\n", "uri": "http://edition.cnn.com/a", **more}
    paragraphs = "".join(
        f"<paragraph><end>{end}</end><start>{start}</start></paragraph>" for start, end in spans
    )
    rest = "".join(f"<{tag}>{value}</{tag}>" for tag, value in fields.items())
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<article>'
        f"<author>A B</author><mainText>{text}</mainText><orientation>{orientation}"
        f"</orientation>{paragraphs}{rest}<veracity>mostly true</veracity></article>"
    )


def test_an_article_is_its_number_title_address_publisher_and_paragraphs() -> None:
    text = "One  two. Three.   Four."
    one = article(PATH, xml(text, [(0, 9), (10, 16), (17, 17), (18, 18), (19, 24)]))
    assert one == {
        "id": "webis-0042",
        "title": "A title",
        "date": "",
        "url": "http://edition.cnn.com/a",
        "source": "CNN",
        "text": "One two.\n\nThree.\n\nFour.",
    }
    uri = "http://abcnews.go.com/Politics/x/story?id=4&amp;cid=abcnp_fb"
    abc = article(PATH, xml("Text.", [], portal="abc", uri=uri))
    assert abc is not None and abc["source"] == "ABC News" and abc["text"] == "Text."
    assert abc["url"] == "http://abcnews.go.com/Politics/x/story?id=4&cid=abcnp_fb"


def test_a_hyperpartisan_pages_article_is_not_read() -> None:
    assert article(PATH, xml("Text.", [], "right", portal="eagle-rising")) is None
    assert article(PATH, xml("Text.", [], "left", portal="addicting-info")) is None


def test_the_reprint_corpus_keeps_every_publisher_by_its_portal_and_number() -> None:
    """scripts/build_webis_reprints.py: all nine pages' articles, not only the mainstream."""
    page = record(PATH, xml("One. Two.", [(0, 4), (5, 9)], "right", portal="eagle-rising"))
    assert page == {"id": "0042", "title": "A title", "date": "", "url": "http://edition.cnn.com/a",
                    "source": "eagle-rising", "text": "One.\n\nTwo."}  # fmt: skip
    with pytest.raises(ValueError):
        record("articles/42.txt", xml("One.", [(0, 4)]))


def test_a_file_of_another_name_is_no_article() -> None:
    with pytest.raises(ValueError):
        article(f"{FOLDER}/overview.csv", xml("Text.", []))


def test_articles_opening_alike_but_for_whitespace_are_one_and_the_draw_repeats() -> None:
    docs = [
        {"id": f"webis-{n:04d}", "url": f"http://x.com/{n}", "text": f"{n:04d} " + "x" * 900}
        for n in range(30)
    ]
    again = {"id": "webis-0100", "url": "http://x.com/again", "text": "0001  " + "x" * 900}
    short = {"id": "webis-0101", "url": "http://x.com/short", "text": "Too short."}
    kept = eligible([*docs, again, short], set(), 800)
    assert kept == docs
    drawn = draw(kept, 10, 2016)
    assert len(drawn) == 10 and draw(kept, 10, 2016) == drawn
    assert drawn == [d for d in docs if d in drawn]


def test_the_articles_are_read_at_the_revision_by_file_name(tmp_path: Path) -> None:
    files = {
        f"{FOLDER}/0002.xml": xml("é and more.", [(0, 11)], portal="politico"),
        f"{FOLDER}/0001.xml": xml("Mainstream.", [(0, 11)]),
        f"{FOLDER}/1500.xml": xml("Hyperpartisan.", [(0, 14)], "right"),
        "DataSet/BuzzFeed_Corpus_2016/overview.csv": "XML,portal\n",
    }
    git_commit_files(tmp_path, files)
    git = ["git", "-C", str(tmp_path), "rev-parse", "HEAD"]
    head = subprocess.run(git, check=True, capture_output=True, text=True).stdout.strip()
    docs = read_corpus(str(tmp_path), head)
    assert [d["id"] for d in docs] == ["webis-0001", "webis-0002"]
    assert [(d["source"], d["text"]) for d in docs] == [
        ("CNN", "Mainstream."),
        ("Politico", "é and more."),
    ]
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(tmp_path), str(bare)], check=True)
    assert read_corpus(str(bare), head) == docs
