"""A programme named by its initials is no body (index/extract/programmes.py), on short
texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.records import PLACE


def _names(text: str) -> list[str]:
    return [m.text for m in extract_entities(text) if m.type != PLACE]


def test_initials_in_brackets_before_program_are_a_programme() -> None:
    text = (
        "The Supplemental Nutrition Assistance Program for Families (SNAPF) program was cut. "
        "SNAPF helps two million people, the Agriculture Department said."
    )
    found = _names(text)
    assert not any("SNAPF" in t or "Families" in t for t in found)
    assert any("Agriculture Department" in t for t in found)


def test_initials_before_recipients_are_a_programme() -> None:
    assert "TPS" not in _names("Thousands of TPS recipients rallied, and TPS may end in May.")


def test_a_body_before_program_stays() -> None:
    assert "NASA" in _names("The NASA program will fly again, NASA said on Monday.")


def test_a_bodys_initials_before_its_program_stay() -> None:
    text = "It asked for funds for a Rural Housing Administration (RHA) program. The RHA agreed."
    assert "RHA" in _names(text)
