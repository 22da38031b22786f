"""A country an article names only as a word of longer names is not counted in that
article (index/extract/countries_only_in_names.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.records import PLACE

#: A first sentence naming a place that is no country, as in a longer article.
_LEAD = "Voters in Ohio were polled on Monday. "


def _places(text: str) -> list[str]:
    return [m.text for m in extract_entities(_LEAD + text) if m.type == PLACE]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("She later told the Chile Observer that she had quit.", "Chile"),
        ("Moreno (Kenya Velocity) was second in the sprint.", "Kenya"),
        ("A Scotland Rovers fan was hurt after the match.", "Scotland"),
        ("Fans of Peru Rangers waited outside the ground.", "Peru"),
    ],
)
def test_a_country_named_only_in_names_is_not_counted(text: str, country: str) -> None:
    assert country not in _places(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the article names the country on its own too: every mention stays
        ("Prices rose in Chile. She later told the Chile Observer that she had quit.", "Chile"),
        # words that keep the country: an office, an arm of government, a period
        ("The Chile President spoke to reporters.", "Chile"),
        ("He met Kenya Foreign Minister Jane Doe on Monday.", "Kenya"),
        ("He was born in Nazi Germany in 1931.", "Germany"),
        # another name beside it: a list, not one name
        ("Ministers from Chile Peru and Bolivia met.", "Peru"),
        # a war, an event or a team of the country
        ("He served in the Chile War of 1891.", "Chile"),
        ("She won the Kenya Open on Sunday.", "Kenya"),
        ("He played for the Peru Under-21 side.", "Peru"),
        # a possessive ends the run
        ("Officials said Kenya's Wildlife Service would help.", "Kenya"),
    ],
)
def test_a_country_named_on_its_own_is_kept(text: str, country: str) -> None:
    assert country in _places(text)


def test_initials_say_whose_the_name_is() -> None:
    assert "US" in _places("She was hired by US Chronicle last year.")


def test_a_headline_in_title_case_says_nothing() -> None:
    assert "Chile" in _places("\n\nBolivia Rejects Chile Offer On Water\n\nThe row grew.")
