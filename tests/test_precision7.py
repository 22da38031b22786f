"""Kinds of misread names fixed in round 7 of issue 14 item 5: a nationality word alone
read as an organisation or a person, and a word coordinated into a minister's title
read as the body it also names. All text here is written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.gazetteer import load_gazetteer
from index.extract.linking import Draft
from index.extract.not_bodies import event_name, nationality_word, no_body, portfolio_word
from index.names import name_key
from index.records import ORG


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in extract_entities(text)]


def test_nationality_words_and_their_nouns() -> None:
    gaz = load_gazetteer()
    for word in ("British", "Germans", "Irishman", "Frenchwoman", "Dutchmen"):
        assert nationality_word(word, gaz), word
    for word in ("Britain", "Shearman", "Norman", "Scotsman", "Germany"):
        assert not nationality_word(word, gaz), word


def test_a_nationality_before_an_organisation_noun_is_no_organisation() -> None:
    text = "The mine is owned by a British company, the ministry said on Tuesday."
    assert ("ORG", "British") not in _read(text)
    text = "The keeper dived at the Irishman's feet before the break."
    assert all(name != "Irishman" for _, name in _read(text))


def test_a_nationality_word_linked_to_a_fuller_name_stays() -> None:
    gaz = load_gazetteer()
    text = "Tarn Airways cut fares. British said the cuts would hold."
    at = text.index("British")
    linked = Draft(at, at + 7, ORG, "British", ("British",), "tarnairwais", "Tarn Airways")
    assert not no_body(text, linked, gaz)
    alone = Draft(at, at + 7, ORG, "British", ("British",), name_key("British"), "British")
    assert no_body(text, alone, gaz)


def test_a_word_coordinated_into_a_title_is_no_body() -> None:
    text = "Tarnland's Economy and Labour Minister Hans Wexler said growth would slow."
    assert portfolio_word(text, text.index("Labour"), text.index("Labour") + 6)
    assert ("ORG", "Labour") not in _read(text)
    assert ("PERSON", "Hans Wexler") in _read(text)


def test_a_party_before_a_title_alone_stays() -> None:
    text = "The Labour MP said the Labour Minister would speak on Monday."
    assert not portfolio_word(text, text.index("Labour"), text.index("Labour") + 6)
    at = text.index("Labour", 10)
    assert not portfolio_word(text, at, at + 6)
    assert any(name == "Labour" for _, name in _read(text))


def test_an_acronym_or_a_list_item_before_a_title_stays() -> None:
    text = "Speaking to the Tarn Growers Association and TGA Secretary Ann Lyle, he agreed."
    at = text.index("TGA")
    assert not portfolio_word(text, at, at + 3)
    text = "He spoke in Tarnbury, Labour Secretary Ann Lyle said."
    at = text.index("Labour")
    assert not portfolio_word(text, at, at + 6)


def test_an_event_or_a_division_named_with_a_body_word_is_no_organisation() -> None:
    text = "Makers showed new phones at the Tarn Electronics Show in Tarnbury on Friday."
    assert all(kind != "ORG" for kind, _ in _read(text))
    text = "The League Two side held the leaders to a draw on Saturday."
    assert ("ORG", "League Two") not in _read(text)
    assert event_name(("Division", "One")) and event_name(("Film", "Festival"))
    assert not event_name(("Tarn", "Electronics", "Group"))
    assert not event_name(("League", "Against", "Cruel", "Sports"))
