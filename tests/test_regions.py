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


def test_an_abbreviation_read_as_a_name_after_a_town_is_still_the_region() -> None:
    # "Conn" is also a surname, "R.I." reads as initials: after a town and its comma
    # each is the state, and a one-word town read as a person is the town there
    found = _places("The plant moves from Danbury, Conn, to a new site next year.")
    assert [(text, name) for text, name, _ in found] == [
        ("Danbury", "Danbury"),
        ("Conn", "Connecticut"),
    ]
    found = _places("PROVIDENCE, R.I., March 3\n\nTarnex Corp said it would sell a unit.")
    assert ("R.I.", "Rhode Island") in [(text, name) for text, name, _ in found]
    people = [m.text for m in extract_entities("Jo Conn, Tarn Hale and Rae Ito met.")]
    assert "Jo Conn" in people  # no town before it: a name


def test_a_name_is_made_a_town_only_by_the_town_so_named() -> None:
    # "Gilman" is in the gazetteer only as a former name of a town in another state:
    # no reason to take a name another rule read as a person's for that town
    found = _places("A utility based in Gilman, Conn., supplies its power.")
    assert [(text, name) for text, name, _ in found] == [("Conn", "Connecticut")]


def test_a_saints_town_keeps_its_st_where_the_tagger_reads_a_given_name() -> None:
    """The tagger reads "Paul" of "St. Paul" as a person at a paragraph's start; the
    gazetteer's town, "St." and all, is the name."""
    text = "Report.\n\nSt. Paul, Minn. - The state House passed the bill."
    places = _places(text)
    assert places[0][:2] == ("St. Paul", "Saint Paul")
    assert not [m for m in extract_entities(text) if m.type == "PERSON"]


def test_a_place_of_the_hand_written_country_table_is_no_common_word() -> None:
    """ "wales" is a plural to the word list; Wales is read without a cue."""
    assert ("Wales", "Wales") in [(t, n) for t, n, _ in _places("Wales is a small country.")]
    assert "wales" not in load_gazetteer().common_words
