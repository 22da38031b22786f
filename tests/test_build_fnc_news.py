"""The draw of the Fake News Challenge's (FNC-1) article bodies for a facet precision part
(scripts/build_fnc_news.py)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

from helpers import git_commit_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_fnc_news import article, bodies, clean, eligible, opening, read_corpus  # noqa: E402
from scripts.build_newsdata_news import draw, write_part  # noqa: E402


def bodies_csv(rows: list[tuple[str, str]]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(["Body ID", "articleBody"])
    writer.writerows(rows)
    return out.getvalue()


def test_a_bodies_file_is_read_with_its_newlines_commas_and_quotes() -> None:
    text = bodies_csv([("7", 'He said, "No."\n\nThen\r\nmore.'), ("12", "é")])
    assert bodies(text) == [("7", 'He said, "No."\n\nThen\r\nmore.'), ("12", "é")]


def test_an_article_is_the_body_under_its_file_and_id_with_no_title_nor_day() -> None:
    one = article("train_bodies.csv", "train", "1234", " One.  \r\n\r\n\r\n\nTwo. \n")
    assert one == {
        "id": "fnc-train-1234",
        "title": "",
        "date": "",
        "url": "train_bodies.csv#1234",
        "source": "FNC-1",
        "text": "One.\n\nTwo.",
    }
    assert clean("a\n \nb") == "a\n\nb" and clean("a\nb") == "a\nb"


def test_bodies_opening_alike_but_for_whitespace_are_one() -> None:
    assert opening("A  b\n\nc " + "x" * 300) == opening("A b c " + "x" * 300)
    assert len(opening("x" * 300)) == 200
    first = article("train_bodies.csv", "train", "1", "A  story\n\nof " + "x" * 900)
    again = article("competition_test_bodies.csv", "test", "9", "A story of " + "x" * 900 + "!")
    other = article("train_bodies.csv", "train", "2", "Another story " + "y" * 900)
    short = article("train_bodies.csv", "train", "3", "Too short.")
    assert eligible([first, again, other, short], set(), 800) == [first, other]


def test_listed_bodies_and_those_opening_as_they_do_are_left_out() -> None:
    listed = article("train_bodies.csv", "train", "1", "A story " + "x" * 900)
    copy = article("competition_test_bodies.csv", "test", "5", "A  story " + "x" * 900)
    other = article("train_bodies.csv", "train", "2", "Another story " + "y" * 900)
    assert eligible([listed, copy, other], {"train_bodies.csv#1"}, 800) == [other]


def test_the_draw_repeats_with_its_seed_and_keeps_the_files_order() -> None:
    docs = [article("train_bodies.csv", "train", str(n), f"{n:03d}" + "x" * 900) for n in range(30)]
    docs += [
        article("competition_test_bodies.csv", "test", str(n), f"t{n}" + "y" * 900)
        for n in range(9)
    ]
    kept = eligible(docs, set(), 800)
    drawn = draw(kept, 10, 2015)
    assert len(drawn) == 10 and draw(kept, 10, 2015) == drawn
    assert drawn == [d for d in docs if d in drawn]


def test_both_files_are_read_from_the_checkouts_head_train_first(tmp_path: Path) -> None:
    git_commit_files(
        tmp_path,
        {
            "train_bodies.csv": bodies_csv([("0", 'A "quoted",\nbody.'), ("3", "é")]),
            "competition_test_bodies.csv": bodies_csv([("1", "Test body.")]),
            "test_bodies.csv": bodies_csv([("1", "Test body.")]),
        },
    )
    docs = read_corpus(str(tmp_path))
    assert [d["id"] for d in docs] == ["fnc-train-0", "fnc-train-3", "fnc-test-1"]
    assert [d["url"] for d in docs][2] == "competition_test_bodies.csv#1"
    assert [d["text"] for d in docs] == ['A "quoted",\nbody.', "é", "Test body."]
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(tmp_path), str(bare)], check=True)
    assert read_corpus(str(bare)) == docs


def test_the_part_is_written_as_gzipped_json_lines_and_an_id_url_list(tmp_path: Path) -> None:
    docs = [article("train_bodies.csv", "train", "4", "Body é.")]
    out, tsv = tmp_path / "fnc" / "part.jsonl.gz", tmp_path / "articles.tsv"
    write_part(docs, out, tsv)
    with gzip.open(out, "rt", encoding="utf-8") as rows:
        assert [json.loads(row) for row in rows] == docs
    assert tsv.read_text("utf-8") == "id\turl\nfnc-train-4\ttrain_bodies.csv#4\n"
