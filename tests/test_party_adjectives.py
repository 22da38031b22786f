"""A party's adjective alone is no short form of a body whose name opens with it
(index/extract/party_adjectives.py), on sentences written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.party_adjectives import without_party_adjectives
from index.records import ORG, Mention


def _ids(text: str, surface: str) -> list[str]:
    return [m.entity_id for m in extract_entities(text) if m.type == ORG and m.text == surface]


def test_a_party_adjective_is_no_short_form_of_a_committee() -> None:
    text = (
        "The Democratic National Committee raised money in May. Overall, the Democratic "
        "group has nearly kept pace."
    )
    assert _ids(text, "Democratic") == []
    assert _ids(text, "Democratic National Committee") != []


def test_a_party_adjective_keeps_its_party() -> None:
    text = "The Democratic Party met in June. The Democratic coalition held."
    assert _ids(text, "Democratic") == _ids(text, "Democratic Party") != []


def test_only_a_borrowed_name_goes() -> None:
    text = "the Republican nomination"
    state = Mention(4, 14, ORG, "Republican", "ohiorapublikanparti", "Ohio Republican Party")
    own = Mention(4, 14, ORG, "Republican", "rapublikanparti", "Republican Party of Ohio")
    alone = Mention(4, 14, ORG, "Republican", "rapublikan", "Republican")
    assert without_party_adjectives([state, own, alone], text) == [own, alone]


def test_an_adjective_before_party_keeps_any_party() -> None:
    text = "the Republican party"
    state = Mention(4, 14, ORG, "Republican", "ohiorapublikanparti", "Ohio Republican Party")
    group = Mention(4, 14, ORG, "Republican", "rapublikangrup", "Republican Group")
    assert without_party_adjectives([state, group], text) == [state]
