"""A people's, a community's, a nationality's or a language's name is no place, person
or body (index/extract/peoples.py), on sentences written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.peoples import group_name, no_group


def _named(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_entities(text)}


def test_languages_peoples_and_their_plurals_are_groups() -> None:
    for surface in ("Sinhala", "Sinhalese", "Tamils", "Kurds", "Pashtuns", "Malays", "Yoruba"):
        assert group_name(surface), surface
    for surface in ("Tamil Nadu", "Kurdistan", "Malaysia", "Colombo", "tamils"):
        assert not group_name(surface), surface


def test_a_demonym_before_a_group_word_is_a_group() -> None:
    assert group_name("Sri Lankan Tamils")
    assert group_name("Indian Muslims")
    assert not group_name("Sri Lanka Tamils")  # a country's name, not its demonym
    assert not group_name("Indian Ocean")


def test_a_demonyms_plural_is_a_group_unless_a_team_named_after_a_place() -> None:
    text = "Many Sri Lankans left. The Indians won again, and Cleveland Indians fans sang."
    assert no_group("Sri Lankans", text, [])
    assert not no_group("Indians", text, [])
    assert no_group("Indians", "Indians and Pakistanis share the ground.", [])


def test_the_tagger_s_readings_of_such_names_go() -> None:
    text = (
        "The Sinhalese and the Tamils voted apart, the report said. Many Sri Lankans "
        "speak Sinhala at home, while Sri Lankan Tamils in Jaffna speak Tamil. Kurds, "
        "Pashtuns and Malays were named too."
    )
    named = _named(text)
    for surface in ("Sinhalese", "Tamils", "Sri Lankans", "Sinhala", "Sri Lankan Tamils"):
        assert surface not in named, surface
    for surface in ("Kurds", "Pashtuns", "Malays"):
        assert surface not in named, surface
    assert named.get("Jaffna") == "PLACE"


def test_a_plural_that_is_a_countrys_name_is_the_country() -> None:
    assert not group_name("Laos")  # not the Lao's plural
    named = _named("Aid went to Cambodia, Laos and Myanmar, the agency said.")
    assert named.get("Laos") == "PLACE"


def test_a_group_word_that_is_a_persons_surname_here_stays() -> None:
    text = (
        "The runner Edith Masai won the 5,000 metres, her coach told reporters. "
        "Masai said she would run again in August."
    )
    found = [(m.text, m.type) for m in extract_entities(text)]
    assert ("Masai", "PERSON") in found
