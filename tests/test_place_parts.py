"""A place's abbreviated region ("Austin, Tex.") is part of the place, not a name of its
own (``index.extract.place_parts``)."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.extract.place_parts import without_region_parts
from index.records import ORG, PERSON, PLACE, Mention


def mention(text: str, surface: str, kind: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), kind, surface, surface.lower(), surface)


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        ("HARTFORD, Conn., May 4 - Acme Corp said it raised its dividend.", "HARTFORD", "Conn"),
        ("The plant, near Austin, Tex., makes valves, the company said.", "Austin", "Tex"),
        ("ROCKVILLE, Md., June 2 - Westway Inc said profits rose.", "ROCKVILLE", "Md"),
    ],
)
def test_an_abbreviated_state_after_a_town_is_no_name(text: str, town: str, region: str) -> None:
    """The town is the place; its state, abbreviated, is no person or organisation (it
    is the state itself: ``index.extract.regions``)."""
    found = extract_entities(text)
    assert any(m.type == PLACE and m.text == town for m in found), found
    parts = [m for m in found if m.text.rstrip(".") == region]
    assert all(m.type == PLACE and m.name != region for m in parts), found


def test_only_a_one_word_abbreviation_right_after_a_place_and_a_comma_goes() -> None:
    text = "HARTFORD, Conn., and Conn. Smith, in Boston, Kennedy. Boston, Ltd Group. Boston, Mr."
    place = mention(text, "HARTFORD", PLACE)
    after = mention(text, "Conn", PERSON)  # right after the place and its comma: goes
    alone = mention(text, "Conn", PERSON, nth=1)  # no place before it
    long_name = mention(text, "Kennedy", PERSON)  # too long for an abbreviation
    boston = [mention(text, "Boston", PLACE, nth=n) for n in range(3)]
    two_words = mention(text, "Ltd Group", ORG)
    kept = without_region_parts([place, after, alone, *boston, long_name, two_words], text)
    assert after not in kept
    assert alone in kept and long_name in kept and two_words in kept
    assert place in kept and all(b in kept for b in boston)


def test_without_a_place_nothing_goes() -> None:
    text = "Conn. Smith said so."
    found = [mention(text, "Conn", PERSON)]
    assert without_region_parts(found, text) == found
