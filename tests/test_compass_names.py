"""A compass point's initial before a place is spelled out ("S Africa" is South Africa;
index/extract/compass_names.py), on short texts written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.records import PLACE


def _places(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in extract_entities(text) if m.type == PLACE}


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("J Smit (S Africa) and C Hoeft (New Zealand) start on Saturday.", "S Africa", "ZA"),
        ("Police in N Ireland arrested two men on Monday.", "N Ireland", "GB"),
        ("EXPORTS TO S AFRICA FELL 40 PCT IN MARCH", "S AFRICA", "ZA"),
        ("Yields: France 3.57, W Germany 3.08, Italy 2.9.", "W Germany", "DE"),
    ],
)
def test_a_compass_initial_before_a_place_is_that_point_s_place(
    text: str, surface: str, country: str
) -> None:
    places = _places(text)
    assert surface in places, places
    assert places[surface].endswith(f"@{country}")


def test_a_letter_that_spells_out_no_place_is_left_alone() -> None:
    places = _places("The S Wales coast and Africa's economy grew, Paul Smith said.")
    assert "Africa" in places and "S Africa" not in places
