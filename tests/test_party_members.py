"""A party run into a member's title is the party and the member
(index/extract/party_members.py), and a club's abbreviated "Utd" or "FC" makes it an
organisation (index/extract/people.py's organisation words), on short texts written for
these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.party_members import with_party_members
from index.records import ORG, PERSON, Mention


def _found(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_entities(text)}


def test_the_party_and_the_member_are_cut_apart() -> None:
    found = _found("Labour MP Diane Abbott said the plan was wrong.")
    assert found == {"Labour": ORG, "Diane Abbott": PERSON}


def test_a_title_with_no_name_after_it_leaves_the_party() -> None:
    assert _found("A prospective Labour MP has quit the race.") == {"Labour": ORG}


def test_a_club_s_abbreviation_makes_an_organisation() -> None:
    found = _found("Cup holders Man Utd visit Everton, and Dundee Utd host Sheff Utd.")
    assert found.get("Man Utd") == ORG and found.get("Dundee Utd") == ORG


def test_a_party_and_a_plural_title_read_as_a_person_is_the_party() -> None:
    text = "Eleven Tarnish MPs have said they will not stand."
    start = text.index("Tarnish MPs")
    group = Mention(start, start + 11, PERSON, "Tarnish MPs", "tarnishmps", "Tarnish MPs")
    (party,) = with_party_members([group], text)
    assert (party.type, party.text) == (ORG, "Tarnish")


def test_a_person_with_a_single_title_after_the_name_is_left() -> None:
    text = "Tom Ware MP said no."
    person = Mention(0, 11, PERSON, "Tom Ware MP", "tomwaremp", "Tom Ware MP")
    assert with_party_members([person], text) == [person]
