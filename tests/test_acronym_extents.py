"""A body's name read in pieces, made whole by its bracketed acronym
(index/extract/acronym_extents.py), on sentences written for these tests."""

from __future__ import annotations

from index.extract.acronym_extents import with_acronym_extents
from index.names import name_key
from index.records import ORG, PLACE, Mention


def _m(text: str, surface: str, kind: str, name: str = "", after: int = 0) -> Mention:
    start = text.index(surface, after)
    name = name or surface
    return Mention(start, start + len(surface), kind, surface, name_key(name), name)


def _names(mentions: list[Mention]) -> list[tuple[str, str, str]]:
    return [(m.type, m.text, m.name) for m in mentions]


def test_a_name_cut_at_its_comma_is_made_whole_with_its_acronym() -> None:
    text = "The Northern Ports, Canals and Waterways Authority (NPCWA) met. NPCWA agreed."
    piece = _m(text, "Canals and Waterways Authority", ORG)
    found = with_acronym_extents(
        [
            _m(text, "Northern Ports", ORG),
            piece,
            _m(text, "NPCWA", ORG, piece.name),
            _m(text, "NPCWA", ORG, "NPCWA", after=text.index("met")),
        ],
        text,
    )
    whole = "Northern Ports, Canals and Waterways Authority"
    assert _names(found) == [
        (ORG, whole, whole),
        (ORG, "NPCWA", whole),
        (ORG, "NPCWA", whole),
    ]


def test_a_name_cut_before_in_and_a_place_is_made_whole() -> None:
    text = "The Joint Relief Mission in Norland (JRMN) said so."
    mentions = [_m(text, "Joint Relief Mission", ORG), _m(text, "Norland", PLACE)]
    found = with_acronym_extents(mentions, text)
    assert _names(found) == [
        (ORG, "Joint Relief Mission in Norland", "Joint Relief Mission in Norland")
    ]


def test_a_whole_name_or_an_acronym_that_spells_no_initials_is_left_alone() -> None:
    text = "The Harbour Safety Council (HSC) met the Office for Trade Links (OFTRAL)."
    mentions = [_m(text, "Harbour Safety Council", ORG), _m(text, "Trade Links", ORG)]
    assert with_acronym_extents(mentions, text) == mentions
    # a possessive before the bracket, a line break inside the stretch
    text = "The Harbour Safety Council's (HSC) rules."
    mentions = [_m(text, "Harbour Safety Council", ORG)]
    assert with_acronym_extents(mentions, text) == mentions
    text = "The Harbour Safety\n\nCouncil (HSC) met."
    mentions = [_m(text, "Harbour Safety", ORG), _m(text, "Council", ORG)]
    assert with_acronym_extents(mentions, text) == mentions
    # a place's possessive opens no name
    text = "Data from Norway's Weather Office (NWO) came."
    mentions = [_m(text, "Weather Office", ORG)]
    assert with_acronym_extents(mentions, text) == mentions
    # a word in lower case inside the stretch: no name
    text = "Officials of the Harbour board and Safety Council (HBSC) met."
    mentions = [_m(text, "Safety Council", ORG)]
    assert with_acronym_extents(mentions, text) == mentions
