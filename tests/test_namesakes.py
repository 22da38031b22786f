"""Ambiguous city names and the countries an article names (issue 14, item 1: ties
between same-name places broken by the article's context, then by size).

A namesake about as big as the place a name means first wins on its country's name
alone; a far smaller one (a third of the size or less) needs a state or province of
its country, or a city of that country alone, named in the article. On short texts
written for these tests.
"""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.records import PLACE


def _country_of(text: str, surface: str) -> str | None:
    found = [m for m in extract_entities(text) if m.type == PLACE and m.text == surface]
    assert found, f"{surface!r} not read as a place in {text!r}"
    return found[0].country


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # far smaller namesakes in a country named only by its name: the first place
        ("U.S. and Soviet negotiators met in Geneva on Monday.", "Geneva", "CH"),
        ("The U.S. team arrived in Athens for the final on Friday.", "Athens", "GR"),
        ("Canada and the United States signed the accord in Vancouver.", "Vancouver", "CA"),
        ("U.S. officials visited the plant outside Vancouver.", "Vancouver", "CA"),
        # ... and with a state of that country or a city only it has
        ("The bank has branches in Alabama, in Decatur and in Athens.", "Athens", "US"),
        ("He was flown from Beirut to the northern port of Tripoli.", "Tripoli", "LB"),
        # a namesake of comparable size wins on its country's name alone
        ("Spain will ship the oranges from Valencia next week.", "Valencia", "ES"),
    ],
)
def test_a_far_smaller_namesake_needs_more_than_its_country_s_name(
    text: str, surface: str, country: str
) -> None:
    assert _country_of(text, surface) == country
