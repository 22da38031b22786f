"""A name the tagger types as a place and the gazetteer does not know is another
spelling of the place whose name key it shares only when the two are alike
(index.extract.place_context): "Idleb" is Idlib, but "Sony" is not Shawnee (an alternate
name of which shares its key), "HK" not Hua Hin, "City" not Kitami. The sentences here
are written for these tests."""

from __future__ import annotations

import pytest

from index.extract.gazetteer import load_gazetteer
from index.extract.place_context import resolve_name
from index.names import fold_text
from index.records import PLACE


def _resolved(sentence: str, name: str) -> tuple[str | None, str]:
    start = sentence.index(name)
    draft = resolve_name(sentence, start, start + len(name), PLACE, load_gazetteer())
    return draft.type, draft.entity_id


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Shares of Sony rose in early trading.", "Sony"),
        ("Kellogg said its sales grew.", "Kellogg"),
        ("The loan is in HK dollars.", "HK"),
        ("Traders in the City were cautious.", "City"),
    ],
)
def test_a_near_miss_is_no_place(sentence: str, name: str) -> None:
    gaz = load_gazetteer()
    assert gaz.resolve_key(name) is not None, "the name must share a place's key"
    assert _resolved(sentence, name) == (None, "")


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Farmers in Deleware planted early.", "Deleware", "US"),
        ("Exports from Karnatake rose.", "Karnatake", "IN"),
        ("Oil was loaded at Ras Tannurah.", "Ras Tannurah", "SA"),
        ("The ship sailed from Cartegena.", "Cartegena", "CO"),
    ],
)
def test_another_spelling_is_the_place(sentence: str, name: str, country: str) -> None:
    assert not load_gazetteer().candidates(fold_text(name)), "the spelling must be unknown"
    kind, entity_id = _resolved(sentence, name)
    assert kind == PLACE and entity_id.endswith(f"@{country}")
