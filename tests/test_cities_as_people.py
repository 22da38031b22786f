"""A big city's name after "in", read as a person's, is the city
(index/extract/cities_as_people.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.records import PERSON, PLACE


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.entity_id) for m in extract_entities(text)}


def test_a_big_city_after_in_is_the_city() -> None:
    found = _found("She had stopped the drugs by the time of the showdown with doctors in Denver.")
    assert found["Denver"] == (PLACE, "danvar@US")


def test_a_person_named_in_full_with_the_surname_stays() -> None:
    found = _found("The singer John Denver played in Denver on Sunday.")
    assert found["Denver"][0] == PERSON
