"""People's names read as places (index/extract/people_as_places.py): a compass point as
a surname, and a first name that is a small town's, on short texts written for these
tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.people_as_places import without_people_as_places
from index.records import PERSON, PLACE, Mention


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


def _at(text: str, surface: str, kind: str, entity: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), kind, surface, entity, surface)


def test_a_place_after_a_courtesy_title_is_the_surname_of_the_person_named_in_full() -> None:
    text = "Jon Morris spoke first. Later Mr Morris said the plan would fail."
    full = _at(text, "Jon Morris", PERSON, "junmuris")
    place = _at(text, "Morris", PLACE, "muris@US", 1)
    out = without_people_as_places([full, place], text)
    assert [(m.type, m.entity_id) for m in out] == [(PERSON, "junmuris")] * 2


def test_a_place_after_a_courtesy_title_with_no_person_is_no_place() -> None:
    text = "She watched Mrs. America on FX and then flew to Albania."
    country = _at(text, "America", PLACE, "unitadstatas@US")
    other = _at(text, "Albania", PLACE, "albania@AL")
    assert without_people_as_places([country, other], text) == [other]


def test_a_place_after_a_word_ending_like_a_title_stays() -> None:
    text = "The Summers Paris show opened."
    place = _at(text, "Paris", PLACE, "paris@FR")
    assert without_people_as_places([place], text) == [place]
