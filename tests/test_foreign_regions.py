"""A region abroad that shares its name with a big city of the article's country is that
city (index/extract/foreign_regions.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.records import PLACE


def _countries(text: str, surface: str) -> list[str | None]:
    return [m.country for m in extract_entities(text) if m.type == PLACE and m.text == surface]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "Police in Raleigh, North Carolina, were on alert. The march in Durham was peaceful.",
            "Durham",
            "US",
        ),
        ("The ship sailed from Norfolk, and Virginia officials said it was safe.", "Norfolk", "US"),
        ("The mayor of San Jose met officials in Sacramento on Friday.", "San Jose", "US"),
        ("Voters in Surrey and Vancouver went to the polls in British Columbia.", "Surrey", "CA"),
    ],
)
def test_a_region_abroad_is_the_big_city_of_the_articles_country(
    text: str, surface: str, country: str
) -> None:
    found = _countries(text, surface)
    assert found and set(found) == {country}, found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Floods hit Norfolk on Friday.", "Norfolk"),
        ("The United States sent aid. Floods hit Norfolk on Friday.", "Norfolk"),
        (
            "Floods hit Norfolk and Cambridge. Police in Raleigh, Virginia, were on alert.",
            "Norfolk",
        ),
    ],
)
def test_a_region_stays_where_the_article_names_no_town_of_the_citys_country_or_its_own(
    text: str, surface: str
) -> None:
    assert set(_countries(text, surface)) == {"GB"}


def test_a_region_after_its_town_stays_and_one_in_a_list_of_towns_does_not() -> None:
    text = "A plant in Bramalea, Ontario, will open. Workers in Detroit, Michigan, cheered."
    assert _countries(text, "Ontario") == ["CA"]
    text = "Marches in Raleigh, North Carolina, went on. Fans in Austin, Norfolk, and Dallas ate."
    assert _countries(text, "Norfolk") == ["US"]
