"""An untitled record or file whose first paragraph is longer than a title may be: its
title is the paragraph's leading sentences and the rest of the paragraph stays in the
body (cutting it at ``MAX_TITLE`` characters dropped the rest of the article and left a
word cut in two, which the extractors then read as a name)."""

from __future__ import annotations

import json
from pathlib import Path

from index.read.articles import Article, Problem, read_articles
from index.read.text import MAX_TITLE, split_title
from index.write.documents import mentions

OPENING = "The harbour board of Valparaiso met on Tuesday to weigh the new tariffs. "
FILLER = "Members argued over the cost of dredging the outer channel for the larger ships. "


def one_paragraph() -> str:
    """A paragraph well over MAX_TITLE characters, with a place name near the cut."""
    text = OPENING + FILLER * 3
    return text + "Delegates from Antofagasta and Coquimbo asked for a vote next month."


def read(path: Path) -> Article:
    problems: list[Problem] = []
    (article,) = read_articles([path], problems.append)
    assert not problems
    return article


def test_an_untitled_record_keeps_its_whole_first_paragraph(tmp_path: Path) -> None:
    text = one_paragraph()
    assert len(text) > MAX_TITLE
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "w1", "text": text}) + "\n", encoding="utf-8")
    article = read(path)
    assert article.title == OPENING.strip()
    assert f"{article.title} {article.body}" == text
    places = {m.text for m in mentions(article) if m.type == "PLACE"}
    assert {"Antofagasta", "Coquimbo"} <= places


def test_a_long_first_line_of_a_text_file_goes_on_in_the_body(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(one_paragraph() + "\n\nA second paragraph.\n", encoding="utf-8")
    article = read(path)
    assert article.title == OPENING.strip()
    assert article.body.split("\n\n")[-1] == "A second paragraph."
    assert "Antofagasta and Coquimbo" in article.body


def test_one_sentence_longer_than_a_title_is_cut_at_a_space() -> None:
    words = "word " * 100
    title, rest = split_title(words)
    assert len(title) <= MAX_TITLE and title.endswith("word")
    assert f"{title} {rest}" == words.strip()


def test_a_short_first_paragraph_is_the_title_as_before(tmp_path: Path) -> None:
    path = tmp_path / "short.jsonl"
    record = {"id": "s1", "text": "Port strike ends\n\nDockers in Valparaiso went back to work."}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    article = read(path)
    assert (article.title, article.body) == (
        "Port strike ends",
        "Dockers in Valparaiso went back to work.",
    )
