"""A state's or province's abbreviation is the region itself (index.extract.regions).
All text here is written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.gazetteer import load_gazetteer
from index.extract.regions import abbreviated_region, region_names


def _places(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.name, m.entity_id) for m in extract_entities(text) if m.type == "PLACE"]


def test_an_abbreviated_state_after_a_town_is_the_state_under_its_own_id() -> None:
    written_out = {name: key for _, name, key in _places("Officials of New Jersey met.")}
    text = "CRANFORD, N.J., Feb 26\n\nTARNEX SETS ASSET SALE\n\nTarnex Corp said it would sell."
    assert ("N.J.", "New Jersey", written_out["New Jersey"]) in _places(text)


def test_every_abbreviation_names_a_region_of_its_country() -> None:
    gaz = load_gazetteer()
    for abbreviation in gaz.region_abbreviations:
        region = abbreviated_region(abbreviation, gaz)
        assert region is not None, abbreviation
        assert region.cc == gaz.region_abbreviations[abbreviation]
    assert set(region_names()) == set(gaz.region_abbreviations)


def test_a_word_that_abbreviates_no_region_is_left_alone() -> None:
    assert abbreviated_region("Tarn.", load_gazetteer()) is None
