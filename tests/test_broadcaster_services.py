"""A broadcaster's name and a region's words make one of its services, no place
(index/extract/broadcaster_services.py), on short texts written for these tests."""

from __future__ import annotations

import pytest

from index.extract.broadcaster_services import without_broadcaster_regions
from index.records import ORG, PERSON, PLACE, Mention


def _mended(text: str, surface: str, kind: str = PLACE) -> list[Mention]:
    start = text.index(surface)
    m = Mention(start, start + len(surface), kind, surface, surface.lower() + "@GB", surface)
    return without_broadcaster_regions([m], text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Follow BBC News: West of Wessex on Facebook.", "Wessex"),
        ("She told BBC Radio Tarnshire the road was shut.", "Tarnshire"),
        ("A reporter for ITV Wessex asked the mayor.", "Wessex"),
        ("He spoke to BBC Mercia about the cuts.", "Mercia"),
    ],
)
def test_a_region_inside_a_service_name_goes(text: str, surface: str) -> None:
    assert _mended(text, surface) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("BBC Boss Visits Wessex", "Wessex"),
        ("The BBC said Wessex would pay.", "Wessex"),
        ("A BBC crew in Wessex filmed the flood.", "Wessex"),
    ],
)
def test_other_words_between_leave_the_place(text: str, surface: str) -> None:
    assert len(_mended(text, surface)) == 1


def test_a_place_opening_with_a_broadcaster_is_the_service_a_body() -> None:
    (m,) = _mended("Why not follow BBC South Mercia on Twitter?", "BBC South Mercia")
    assert (m.type, m.entity_id, m.country) == (ORG, "bbc south mercia", None)


def test_a_programme_of_the_service_is_no_name() -> None:
    assert (
        _mended("She spoke to BBC South Mercia Tonight last week.", "BBC South Mercia Tonight")
        == []
    )


def test_a_person_near_a_broadcaster_is_left() -> None:
    (m,) = _mended("BBC presenter Ann Tarn said so.", "Ann Tarn", PERSON)
    assert m.type == PERSON


def test_a_text_naming_no_broadcaster_is_left() -> None:
    assert len(_mended("News: West of Wessex.", "Wessex")) == 1
