"""A state's postal code before a clinical or technical noun is no place
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
