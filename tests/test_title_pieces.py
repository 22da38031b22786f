"""Pieces of a work's title read as a name are no entity (index/extract/title_pieces.py),
on short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities


def _texts(text: str) -> set[str]:
    return {m.text for m in extract_entities(text)}


def test_a_weekday_and_night_open_a_show_s_title() -> None:
    found = _texts("He could not perform on Saturday Night Live with Jimmy Fallon.")
    assert "Jimmy Fallon" in found
    assert not any(t.startswith("Night") for t in found), found


def test_a_capitalised_with_carries_on_a_title() -> None:
    found = _texts("The Keeping Up With the Kardashians star, 37, posted a photo.")
    assert "Keeping Up" not in found, found


def test_a_headline_in_title_case_is_left_alone() -> None:
    assert _texts("Trump Meets With The Press")
