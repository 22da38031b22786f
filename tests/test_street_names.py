"""A street or park named after a person is no mention of the person
(index/extract/street_names.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.street_names import without_street_names
from index.records import PERSON, Mention


def _people(text: str) -> list[str]:
    return [m.text for m in extract_entities(text) if m.type == PERSON]


def test_a_person_before_a_street_word_goes() -> None:
    text = "The march went down Martin Luther King Way and then along Cesar Chavez Boulevard."
    assert _people(text) == []


def test_a_park_after_a_preposition_of_place_goes() -> None:
    assert _people("Protesters will gather at Denny Park at noon on Saturday.") == []


def test_a_surname_that_is_a_street_word_stays() -> None:
    assert "Grace Park" in _people("Grace Park, a lawyer, said the ruling was fair.")
    text = "The skier Picabo Street won the downhill."
    m = Mention(10, 23, PERSON, "Picabo Street", "pikabustrit", "Picabo Street")
    assert without_street_names([m], text) == [m]
