"""Another name of a person given in an apposition (index/extract/person_aliases.py), on
short texts and mentions written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.person_aliases import with_person_aliases
from index.extract.quotes import extract_quotes
from index.names import name_key
from index.records import PERSON, Mention


def _person(text: str, surface: str, name: str = "", after: int = 0) -> Mention:
    start = text.index(surface, after)
    name = name or surface
    return Mention(start, start + len(surface), PERSON, surface, name_key(name), name)


def test_a_stage_name_in_an_apposition_is_the_person_named_in_full() -> None:
    text = "Dana Holt, a singer who performs as Little Wren, came home. Little Wren sang."
    mentions = [
        _person(text, "Dana Holt"),
        _person(text, "Little Wren"),
        _person(text, "Little Wren", after=text.index("came")),
    ]
    got = with_person_aliases(mentions, text)
    assert [m.name for m in got] == ["Dana Holt"] * 3
    assert {m.entity_id for m in got} == {name_key("Dana Holt")}


def test_a_name_in_another_language_is_the_person_named_in_full() -> None:
    text = "Ruth Kay, whose Cree name is Sky Woman, opened the hall."
    got = with_person_aliases([_person(text, "Ruth Kay"), _person(text, "Sky Woman")], text)
    assert [m.name for m in got] == ["Ruth Kay", "Ruth Kay"]


def test_the_pronoun_after_a_stage_name_goes_to_the_full_name() -> None:
    text = (
        "Omar Said, better known as Orbit Kane, plays on Friday.\n\n"
        "“I have waited ten years for this,” he says."
    )
    quotes = extract_quotes(text, extract_entities(text))
    assert [q.speaker for q in quotes] == ["Omar Said"]


def test_a_name_after_known_as_in_a_clause_of_its_own_is_left_alone() -> None:
    # no apposition: the man known as Big Tony is somebody else
    text = "Mary Jones met a man known as Tony Burke on Monday."
    mentions = [_person(text, "Mary Jones"), _person(text, "Tony Burke")]
    assert with_person_aliases(mentions, text) == mentions


def test_the_full_names_own_words_and_another_sentence_are_left_alone() -> None:
    text = "Lena Park, known as Park, sang. Lena Park left. Known as Joe Bloom, he stayed."
    mentions = [
        _person(text, "Lena Park"),
        _person(text, "Park", after=text.index("as")),
        _person(text, "Lena Park", after=text.index("sang")),
        _person(text, "Joe Bloom"),
    ]
    assert with_person_aliases(mentions, text) == mentions
