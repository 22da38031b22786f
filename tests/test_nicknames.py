"""A nickname in quotation marks inside a person's name does not cut it in two
(index/extract/nicknames.py), on short texts written for these tests."""

from __future__ import annotations

from helpers import mention_at as _at

from index.extract.nicknames import with_nicknames
from index.names import name_key
from index.records import ORG, PERSON, PLACE


def test_a_quoted_nickname_joins_the_given_name_and_the_surname() -> None:
    text = 'Singer Anna "The Lark" Vey sang. Later Vey left.'
    anna = _at(text, "Anna", PERSON, "ana")
    lark = _at(text, "The Lark", ORG, "thelark")
    vey = _at(text, "Vey", PERSON, name_key("Vey"))
    later = _at(text, "Vey", PERSON, name_key("Vey"), nth=1)
    out = with_nicknames([anna, lark, vey, later], text)
    assert [(m.text, m.name) for m in out] == [
        ('Anna "The Lark" Vey', "Anna Vey"),
        ("Vey", "Anna Vey"),
    ]
    assert out[0].entity_id == out[1].entity_id != name_key("Vey")


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


def test_a_headline_word_after_the_quotation_is_no_surname() -> None:
    text = "Anna 'Fuming' Over Sister's Launch. Anna was angry over it."
    anna = _at(text, "Anna", PERSON, "ana")
    assert with_nicknames([anna], text) == [anna]


def test_a_surname_linked_to_another_persons_full_name_keeps_that_link() -> None:
    text = 'Lisa Vey lives with her husband Dr. Tom "Doc" Vey. Lisa Vey sold up.'
    lisa = _at(text, "Lisa Vey", PERSON, "lisavai")
    tom = _at(text, "Tom", PERSON, "tom")
    vey = _at(text, "Vey", PERSON, "lisavai", nth=1)
    again = _at(text, "Lisa Vey", PERSON, "lisavai", nth=1)
    out = with_nicknames([lisa, tom, vey, again], text)
    assert [m.name for m in out] == ["Lisa Vey", "Tom Vey", "Lisa Vey"]
    assert out[0].entity_id == out[2].entity_id == "lisavai" != out[1].entity_id


def test_a_surname_linked_to_the_full_name_by_the_nickname_takes_that_name() -> None:
    text = 'Tom Vey won. Thomas "Tom" Vey, 40, said so.'
    full = _at(text, "Tom Vey", PERSON, "tomvai")
    thomas = _at(text, "Thomas", PERSON, "tomas")
    vey = _at(text, "Vey", PERSON, "tomvai", "Tom Vey", nth=1)
    out = with_nicknames([full, thomas, vey], text)
    assert [(m.entity_id, m.name) for m in out] == [("tomvai", "Tom Vey")] * 2
