"""A nickname in quotation marks inside a person's name does not cut it in two
(index/extract/nicknames.py), on short texts written for these tests."""

from __future__ import annotations

from helpers import mention_at as _at

from index.extract.nicknames import with_nicknames
from index.records import ORG, PERSON, PLACE


def test_a_quoted_nickname_joins_the_given_name_and_the_surname() -> None:
    text = 'Singer Anna "The Lark" Vey sang. Later Vey left.'
    anna = _at(text, "Anna", PERSON, "ana")
    lark = _at(text, "The Lark", ORG, "thelark")
    vey = _at(text, "Vey", PERSON, "vai")
    later = _at(text, "Vey", PERSON, "vai", nth=1)
    out = with_nicknames([anna, lark, vey, later], text)
    assert [(m.text, m.name) for m in out] == [
        ('Anna "The Lark" Vey', "Anna Vey"),
        ("Vey", "Anna Vey"),
    ]
    assert out[0].entity_id == out[1].entity_id != "vai"


def test_curly_quotes_and_a_surname_read_as_a_body_alone() -> None:
    text = "Fans cheered Tom “Big Guy” Ortle at the game."
    tom = _at(text, "Tom", PERSON, "tom")
    ortle = _at(text, "Ortle", ORG, "urtla")
    (joined,) = with_nicknames([tom, ortle], text)
    assert (joined.type, joined.name) == (PERSON, "Tom Ortle")


def test_a_place_after_the_quotation_leaves_the_names() -> None:
    text = 'Anna "The Lark" Tarnville was the tour.'
    anna = _at(text, "Anna", PERSON, "ana")
    town = _at(text, "Tarnville", PLACE, "tarnvila")
    assert with_nicknames([anna, town], text) == [anna, town]


def test_no_given_name_or_no_surname_leaves_the_names() -> None:
    text = 'Biden "Unfit" Says Ortle. He called Trump "Donald." He laughed.'
    biden = _at(text, "Biden", PERSON, "bidan")
    trump = _at(text, "Trump", PERSON, "trump")
    assert with_nicknames([biden, trump], text) == [biden, trump]


def test_a_text_with_no_quotation_is_left() -> None:
    text = "Anna Vey sang."
    anna = _at(text, "Anna Vey", PERSON, "anavai")
    assert with_nicknames([anna], text) == [anna]
