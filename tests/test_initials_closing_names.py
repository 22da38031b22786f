"""A country's initials closing a body's name are no mention of the country
(index/extract/names_with_places.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.records import PLACE


def _places(text: str) -> list[str]:
    return [m.text for m in extract_entities(text) if m.type == PLACE]


def test_initials_closing_a_body_s_name_are_no_place() -> None:
    text = "Jo Hale, head of early diagnosis at Tarn Research UK, said the test was good."
    assert "UK" not in _places(text)


def test_initials_of_the_country_stay() -> None:
    text = "Sales in the UK rose, and exports to the USA fell, Jo Hale said."
    assert _places(text) == ["UK", "USA"]


def test_initials_after_a_sentence_s_first_word_stay() -> None:
    assert "UK" in _places("Two UK firms bid for the contract on Monday.")
