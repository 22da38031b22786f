"""A country's region named with its word is the gazetteer's region with its country, or
no place (index/extract/region_words.py), on short texts written for these tests."""

from __future__ import annotations

import pytest

from index.extract.region_words import with_region_words
from index.records import PERSON, PLACE, Mention


def _place(text: str, surface: str, cc: str | None = None) -> Mention:
    start = text.index(surface)
    key = surface.lower().replace(" ", "") + (f"@{cc}" if cc else "")
    return Mention(start, start + len(surface), PLACE, surface, key, surface, cc)


def test_a_region_of_one_country_takes_the_country() -> None:
    text = "The flood hit farms in the Ashanti Region on Monday."
    (m,) = with_region_words([_place(text, "Ashanti Region")], text)
    assert (m.country, m.name) == ("GH", "Ashanti")


def test_a_region_name_of_several_countries_takes_the_article_country() -> None:
    text = "Zambia's farmers in Eastern Province were hit, officials in Zambia said."
    zambia = Mention(
        text.rindex("Zambia"), len(text) - 6, PLACE, "Zambia", "zambia@ZM", "Zambia", "ZM"
    )
    mended = with_region_words([_place(text, "Eastern Province"), zambia], text)
    assert mended[0].country == "ZM"


def test_a_region_name_of_several_countries_with_none_named_goes() -> None:
    text = "Farmers in Eastern Region were hit by the drought."
    assert with_region_words([_place(text, "Eastern Region")], text) == []


def test_a_name_with_the_word_the_gazetteer_lacks_goes() -> None:
    text = "A school in Velbrook District was shut."
    assert with_region_words([_place(text, "Velbrook District")], text) == []


def test_a_us_state_and_state_is_no_place() -> None:
    text = "Ohio State won the game on Saturday."
    assert with_region_words([_place(text, "Ohio State")], text) == []


@pytest.mark.parametrize(
    ("text", "surface", "cc"),
    [
        ("Crowds filled Trafalgar Square in London.", "London", "GB"),
        ("He works for the Velbrook Region office.", "Velbrook", None),
    ],
)
def test_other_places_are_left(text: str, surface: str, cc: str | None) -> None:
    m = _place(text, surface, cc)
    assert with_region_words([m], text) == [m]


def test_a_regions_adjective_as_a_person_goes_and_a_name_stays() -> None:
    text = "The Ashanti Regional chairman met Kofi Regional at noon."
    adjective = Mention(4, 20, PERSON, "Ashanti Regional", "ashantiregional", "Ashanti Regional")
    start = text.index("Kofi")
    other = Mention(start, start + 13, PERSON, "Kofi Regional", "kofiregional", "Kofi Regional")
    assert with_region_words([adjective, other], text) == [other]


def test_state_names_a_region_only_where_divisions_are_states() -> None:
    text = "Protesters marched in Lagos State while Kent State played."
    lagos, kent = _place(text, "Lagos State"), _place(text, "Kent State")
    (m,) = with_region_words([lagos, kent], text)
    assert (m.text, m.country) == ("Lagos State", "NG")
