"""A state's postal code before a clinical or technical noun, or one that is a word, is no place
(index/extract/state_code_terms.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.records import PLACE


def _places(text: str) -> list[str]:
    return [m.text for m in extract_entities(text) if m.type == PLACE]


def test_a_code_before_a_clinical_noun_is_no_place() -> None:
    text = "Currently, CT scans of the brain are the standard way of diagnosing injury."
    assert "CT" not in _places(text)


def test_a_code_after_a_town_stays() -> None:
    assert "CT" in _places("He moved to Hartford, CT in 2010 with his family.")


def test_a_code_that_is_a_word_is_no_place_where_no_town_stands_before_it() -> None:
    assert "OK" not in _places("The aide, who spoke to OK!, said she left. She lives in Texas.")
    assert "O.K." not in _places("O.K., we will wait for now, she said in Texas.")
    assert "OK" in _places("The plant in Tulsa, OK, will close in May.")
