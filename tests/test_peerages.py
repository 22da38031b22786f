"""A peer named by title and surname is that name whole (index.extract.peerages). The
sentences are written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.peerages import with_peerages
from index.names import name_key
from index.records import PERSON, Mention


def _people(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in extract_entities(text) if m.type == PERSON]


def test_a_peer_s_title_joins_the_name_and_the_surname_alone_follows() -> None:
    text = "Lord Quarnby said the bill would pass. Quarnby added that peers agreed."
    assert _people(text) == [("Lord Quarnby", "Lord Quarnby"), ("Quarnby", "Lord Quarnby")]


def test_a_surname_linked_to_a_full_name_keeps_it() -> None:
    text = "Robin Quarnby wrote the report. Lord Quarnby said it was fair."
    assert {name for _text, name in _people(text)} == {"Robin Quarnby"}


def test_two_peers_of_one_surname_leave_the_bare_surname_alone() -> None:
    text = "Lord Quarnby and Lady Quarnby arrived. Quarnby spoke first."
    lone = Mention(
        text.index("Quarnby spoke"),
        text.index(" spoke"),
        PERSON,
        "Quarnby",
        name_key("Quarnby"),
        "Quarnby",
    )
    titled = [
        Mention(5, 12, PERSON, "Quarnby", name_key("Quarnby"), "Quarnby"),
        Mention(22, 29, PERSON, "Quarnby", name_key("Quarnby"), "Quarnby"),
    ]
    out = with_peerages([*titled, lone], text)
    assert [m.name for m in out] == ["Lord Quarnby", "Lady Quarnby", "Quarnby"]
    assert text[out[0].start : out[0].end] == "Lord Quarnby"
