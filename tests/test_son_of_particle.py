"""Arabic "bin" and "ibn" ("son of") are one particle when a short form is linked to
the full name (index/extract/linking.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities


def _names(text: str) -> dict[str, str]:
    return {m.text: m.name for m in extract_entities(text) if m.type == "PERSON"}


def test_ibn_short_form_links_to_a_full_name_written_with_bin() -> None:
    text = (
        "The geographer Abu Zayd bin Battuta mapped the coast in 1340. "
        "Ibn Battuta wrote that the port was rich."
    )
    assert _names(text)["Ibn Battuta"] == "Abu Zayd bin Battuta"


def test_another_ibn_name_is_left_alone() -> None:
    text = (
        "The geographer Abu Zayd bin Battuta mapped the coast in 1340. "
        "Ibn Rushd wrote that the port was rich."
    )
    assert _names(text)["Ibn Rushd"] == "Ibn Rushd"
