"""In a sports report, a state or province named as a side is the team
(index.extract.region_teams). All text here is written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.extract.region_teams import nations
from index.records import ORG, PLACE


def _types(text: str, surface: str) -> list[str]:
    found = [m.type for m in extract_entities(text) if m.text == surface]
    assert found, f"{surface!r} not read in {text!r}"
    return found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Huskies routed Arkansas by 23 in the NCAA Tournament semifinal.", "Arkansas"),
        ("Minnesota defeat St. Cloud State 4-1 in the hockey regional.", "Minnesota"),
        ("He had eight rebounds and three blocks for Oregon in the 80-70 loss.", "Oregon"),
        ("It was a thud for Arkansas, which lost 88-65 in the tournament.", "Arkansas"),
        ("It led to wins over Illinois and top-seeded Kansas in the NCAA Tournament.", "Kansas"),
        ("It was a close 9-2 game, Minnesota head coach Bob Motzko said.", "Minnesota"),
    ],
)
def test_a_state_named_as_a_side_in_a_sports_report_is_the_team(text: str, surface: str) -> None:
    assert set(_types(text, surface)) == {ORG}


def test_once_a_side_the_team_throughout_the_article() -> None:
    text = "Minnesota beat Boston College 4-1 in the hockey regional. Minnesota's goalie starred."
    assert _types(text, "Minnesota") == [ORG, ORG]


@pytest.mark.parametrize(
    "text",
    [
        # a place's cue, or outside a sports report, the state stays
        "The coach grew up in Texas and moved to Oregon after the 61-58 final.",
        "The bill limits tender offers for Indiana corporations, lawyers said.",
        "Voters in Ohio beat back the measure on Tuesday.",
    ],
)
def test_a_place_s_cue_or_no_sports_report_keeps_the_place(text: str) -> None:
    places = [m for m in extract_entities(text) if m.type == PLACE]
    assert places and all(m.type == PLACE for m in places)


def test_national_sides_stay_as_read() -> None:
    """England, Scotland and Wales are nations, not counties: their sides stay as read,
    as countries' do."""
    assert {"England", "Scotland", "Wales"} <= nations()
    text = "Ireland beat England 19-13 in the Six Nations; the win over England was special."
    assert set(_types(text, "England")) == {PLACE}
