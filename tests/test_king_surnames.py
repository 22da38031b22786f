""" "King" closing a person's name is the surname (index/extract/king_surnames.py), on
short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.records import PERSON


def _people(text: str) -> list[str]:
    return [m.name for m in extract_entities(text) if m.type == PERSON]


def test_king_before_a_verb_or_a_suffix_is_the_surname() -> None:
    assert "Billie Jean King" in _people("Billie Jean King won the final in three sets.")
    people = _people("A letter from the estate of Dr. Martin Luther King, Jr. was read.")
    assert people == ["Martin Luther King Jr."]


def test_a_monarchs_title_stays_apart() -> None:
    people = _people("Prince Harry met the King of Norway, and King Harald thanked him.")
    assert not any(p.endswith(" King") for p in people)
