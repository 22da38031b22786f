"""A country's name as a word of a body's, show's or publication's name is no mention of
the country (index/extract/countries_in_names.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.records import PLACE

#: A first sentence naming a place, so the country is read as in a longer article.
_LEAD = "Voters in Ohio were polled on Monday. "


def _places(text: str) -> list[str]:
    return [m.text for m in extract_entities(_LEAD + text) if m.type == PLACE]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ('She beamed during a "Wake Up Britain" interview on Tuesday.', "Britain"),
        ("He joined the Wake Up Britain team last year.", "Britain"),
        ("The ads are costing Secure Canada $1 million.", "Canada"),
        ("It lost listeners to the station's Top 40 Britain rundown.", "Britain"),
        ('He said on "Mexico\'s Morning Desk" that he would run.', "Mexico"),
        ("He told “Ireland’s Week Ahead,” that he would run.", "Ireland"),
        ("\n\nCanada's Border Voice.\n\nEarlier, I wrote about the wall.", "Canada"),
        ("A source told the new issue of Britain's Star Glow magazine that he left.", "Britain"),
    ],
)
def test_a_country_in_a_name_is_no_mention_of_it(text: str, country: str) -> None:
    assert country not in _places(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("She said on Monday Russia would respond.", "Russia"),
        ("He said in 2005 Britain was richer.", "Britain"),
        ("Yet 21st Century Mexico is much more diverse.", "Mexico"),
        ("Fires spread in Inner Mongolia, the agency said.", "Mongolia"),
        ("He filed the forms with Revenue Canada on Monday.", "Canada"),
        ("He grew up in Nazi Germany and later moved.", "Germany"),
        ("He fled Nazi-occupied Austria in 1938.", "Austria"),
        ("The mayor spoke to the Houthis. Yemen has been at war for years.", "Yemen"),
        ("The talks, Mr Hale said, gave Toyota's Canada arm a lift.", "Canada"),
        ('"Yet Britain\'s answer has been slow," she said.', "Britain"),
        ("Pick a country: Andorra Argentina Armenia Aruba.", "Argentina"),
        ("She thanked Britain's Supreme Court for the ruling.", "Britain"),
        ("Fans sang God bless America, he said.", "America"),
    ],
)
def test_a_country_of_a_sentence_stays(text: str, country: str) -> None:
    assert country in _places(text)
