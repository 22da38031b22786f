"""A team read as a place with no country is the team
(index/extract/team_bynames.py), on short texts written for these tests."""

from __future__ import annotations

import pytest

from index.extract.team_bynames import teams_not_places
from index.records import ORG, PERSON, PLACE, Mention


def _all(text: str, surface: str, kind: str = PLACE) -> list[Mention]:
    out, start = [], text.find(surface)
    while start >= 0:
        out.append(Mention(start, start + len(surface), kind, surface, "team", surface))
        start = text.find(surface, start + 1)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "The Red Herons beat the Grey Owls 2-0. The Grey Owls went home.",
        "Grey Owls head coach Tom Bell named his side. The Grey Owls travel on Monday.",
        "Velby Rovers have signed a striker. He joined Velby Rovers from abroad.",
    ],
)
def test_a_place_used_as_a_team_is_the_team_everywhere(text: str) -> None:
    surface = "Velby Rovers" if "Velby" in text else "Grey Owls"
    mended = teams_not_places(_all(text, surface), text)
    assert [m.type for m in mended] == [ORG] * len(mended)


def test_a_person_reading_goes_with_the_place_reading() -> None:
    text = "Grey Owls captain Ann Lee scored. The Grey Owls won."
    person, place = _all(text, "Grey Owls")
    mended = teams_not_places(
        [Mention(0, 9, PERSON, "Grey Owls", "team", "Grey Owls"), place], text
    )
    assert [m.type for m in mended] == [ORG, ORG]
    assert person.start == 0


@pytest.mark.parametrize(
    "text",
    [
        "Hikers crossed the Grey Owls in May.",
        "The Grey Owls beat their own record for rain.",
    ],
)
def test_a_place_without_a_team_cue_stays(text: str) -> None:
    mentions = _all(text, "Grey Owls")
    assert teams_not_places(mentions, text) == mentions


def test_a_place_with_a_country_stays() -> None:
    text = "Ghana beat the Velby side. Velby coach Tom Bell said so."
    start = text.index("Velby coach")
    m = Mention(start, start + 5, PLACE, "Velby", "velby@GH", "Velby", "GH")
    assert teams_not_places([m], text) == [m]


def test_players_and_against_are_no_team_cue() -> None:
    text = "Wall Street players fear a vendetta against the Grey Owls."
    mentions = _all(text, "Wall Street") + _all(text, "Grey Owls")
    assert teams_not_places(mentions, text) == mentions
