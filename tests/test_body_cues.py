"""A name the article writes as a body's is that body, not a person or a place
(index/extract/body_cues.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.body_cues import bodies_by_cues
from index.extract.entities import extract_entities
from index.records import ORG, PERSON, PLACE, Mention


def _name(text: str, surface: str, kind: str = PERSON, at: int = 0) -> Mention:
    start = text.index(surface, at)
    key = surface.lower().replace(" ", "").replace("-", "")
    return Mention(start, start + len(surface), kind, surface, key, surface)


def test_a_name_with_its_members_after_it_is_a_body() -> None:
    text = "Tehrik Velani leaders met on Friday; Tehrik Velani said it would march."
    mended = bodies_by_cues(
        [_name(text, "Tehrik Velani"), _name(text, "Tehrik Velani", at=10)], text
    )
    assert [m.type for m in mended] == [ORG, ORG]


def test_a_name_after_an_officer_s_title_and_of_is_a_body() -> None:
    text = "She is the convener of Sangram Morcha, a platform of students."
    (m,) = bodies_by_cues([_name(text, "Sangram Morcha", PLACE)], text)
    assert m.type == ORG and m.country is None


def test_an_ally_is_a_body() -> None:
    text = "The party ruled out an alliance with Jamiat-e-Velan this year."
    (m,) = bodies_by_cues([_name(text, "Jamiat-e-Velan")], text)
    assert m.type == ORG


def test_a_person_named_in_full_stays_a_person() -> None:
    text = "Rona Velby met the board. Velby leaders were absent."
    mentions = [_name(text, "Rona Velby"), _name(text, "Velby", at=20)]
    assert bodies_by_cues(mentions, text) == mentions


def test_a_family_is_no_body() -> None:
    text = "Members of the Velby family gathered; the Velby leaders spoke."
    mentions = [_name(text, "Velby"), _name(text, "Velby", at=30)]
    assert bodies_by_cues(mentions, text) == mentions


def test_through_extraction() -> None:
    text = "The NCP began talks on an alliance with Jamaat-e-Islami in Dhaka."
    (m,) = [m for m in extract_entities(text) if m.text == "Jamaat-e-Islami"]
    assert m.type == ORG


def test_a_numbered_term_of_a_parliament_is_a_body() -> None:
    text = "She will contest the 12th Rashtra Sabha (parliament) election in May."
    (m,) = bodies_by_cues([_name(text, "Rashtra Sabha")], text)
    assert m.type == ORG


def test_a_numbered_holder_of_a_title_stays_a_person() -> None:
    text = "Pilgrims greeted the 14th Velan Lama in the hills."
    mentions = [_name(text, "Velan Lama")]
    assert bodies_by_cues(mentions, text) == mentions


def test_an_alliance_led_by_a_name_is_led_by_a_body() -> None:
    text = "Two parties joined the alliance led by Tehreek-e-Velan on Monday."
    (m,) = bodies_by_cues([_name(text, "Tehreek-e-Velan", PLACE)], text)
    assert m.type == ORG
