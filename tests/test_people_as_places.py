"""People's names read as places (index/extract/people_as_places.py): a compass point as
a surname, and a first name that is a small town's, on short texts written for these
tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.records import PERSON, PLACE


def _found(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_entities(text)}


def test_a_compass_point_as_a_surname_is_a_person_s() -> None:
    found = _found("Kim Kardashian and Kanye West are asking friends for donations.")
    assert found.get("Kanye West") == PERSON


def test_a_common_word_before_a_compass_point_is_no_person() -> None:
    found = _found("Fans of Adam West gathered in a Wild West town near the Middle East.")
    assert found.get("Adam West") == PERSON
    assert "Wild West" not in found or found["Wild West"] != PERSON
    assert found.get("Middle East") == PLACE


def test_a_first_name_of_a_person_named_in_full_is_no_small_town() -> None:
    found = _found("Kim Kardashian and Kanye West met. Kim is treating her prenup to Kanye.")
    assert "Kanye" not in found or found["Kanye"] != PLACE


def test_the_town_stays_where_its_country_is_named() -> None:
    found = _found("Angelina Jolie flew home. The crew filmed in Angelina, Brazil, in May.")
    assert found.get("Angelina") == PLACE
