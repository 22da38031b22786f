"""A name both a state or province and a big city of it is the one its words or its
article mean (index.extract.city_or_region), and the two are apart in the facets and
filters. All text here is written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import hit_ids, run_index, search_json, write_jsonl

from index.extract.city_or_region import division_words, region_id
from index.extract.entities import extract_entities
from index.names import name_key
from index.records import PLACE

DC = f"{name_key('Washington')}@US"
WA = f"{name_key('Washington')}~state@US"
NYC = f"{name_key('New York City')}@US"
NYS = f"{name_key('New York')}@US"
QC = f"{name_key('Quebec')}~province@CA"


def _places(text: str, surface: str) -> list[tuple[str, str]]:
    found = [(m.entity_id, m.name) for m in extract_entities(text) if m.type == PLACE]
    named = [m for m in extract_entities(text) if m.type == PLACE and m.text == surface]
    assert named, f"{surface!r} not read as a place in {text!r}: {found}"
    return [(m.entity_id, m.name) for m in named]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Stocks fell in New York on Monday as bonds rose.", "New York", NYC),
        ("Senator Chuck Schumer of New York voted against it.", "New York", NYS),
        ("Senate Majority Leader Chuck Schumer of New York spoke.", "New York", NYS),
        ("House Speaker Jim Brennan of New York met reporters.", "New York", NYS),
        ("Voters in New York's 11th District go to the polls.", "New York", NYS),
        ("Flooding hit upstate New York on Sunday.", "New York", NYS),
        ("New York Senator Charles Schumer said he was told.", "New York", NYS),
        ("Marsh faces an inquiry the New York attorney-general opened.", "New York", NYS),
        ("The Southern District of New York made the indictment public.", "New York", NYS),
        ("Clinton, who, as a senator from New York, spoke for the city.", "New York", NYS),
        (
            "MURDOCHVILLE, Quebec, April 3 - The mine stays shut.",
            "Quebec",
            f"{name_key('Quebec')}~province@CA",
        ),
        ("The plant in Albany, New York, will close.", "New York", NYS),
        ("Rains fell in California, Illinois and New York.", "New York", NYS),
        ("A former aide to New York Rep. Ada Varnley said so.", "New York", NYS),
        ("The Senate Democratic leader, Ada Varnley of New York, spoke.", "New York", NYS),
        ("Her hometown of Lake Placid, New York, is small.", "New York", NYS),
        ("The talks were held at the Plaza Hotel, New York, on Monday.", "New York", NYC),
        ("Ada Varnley, Washington representative of the group, said so.", "Washington", DC),
        ("The White House said talks would resume in Washington.", "Washington", DC),
        ("Jay Inslee of Washington state signed the bill.", "Washington", WA),
        ("The bank bought a thrift in Seattle, Washington, on Friday.", "Washington", WA),
        ("The stations are in Philadelphia, Washington, Miami and Houston.", "Washington", DC),
        ("She married her partner in Washington, DC last year.", "Washington", DC),
        ("She will seek the Senate seat in New York next year.", "New York", NYS),
        ("After winning the New York primary she spoke.", "New York", NYS),
        ("The New York Democratic primary is in April.", "New York", NYS),
        ("Mr Hale, the New York Republican, voted no.", "New York", NYS),
        ("A former New York gubernatorial candidate spoke.", "New York", NYS),
        ("He will tour states like Washington that are not close.", "Washington", WA),
        ("Voters in states such as Oregon, Washington and Idaho said no.", "Washington", WA),
        ("The electors met in Olympia, Wash., on Monday.", "Wash", WA),
        ("A fire near Spokane, Wash. spread.", "Wash", WA),
        ("The plant in Quebec City, Que., will close.", "Que", QC),
        ("She represented New York in the Senate for eight years.", "New York", NYS),
        (
            "Ontario, Quebec and the territories cut rates.",
            "Quebec",
            f"{name_key('Quebec')}~province@CA",
        ),
    ],
)
def test_the_words_around_a_mention_say_which_is_meant(
    text: str, surface: str, expected: str
) -> None:
    assert {i for i, _name in _places(text, surface)} == {expected}


def test_an_abbreviated_state_without_a_big_city_of_its_name_keeps_its_id() -> None:
    """Only a state whose id a big city shares gets an id of its own: "Calif." is
    California as the full name gives it."""
    text = "The plant in Fresno, Calif., will close. California is large."
    assert {i for i, _ in _places(text, "Calif")} == {i for i, _ in _places(text, "California")}
    assert _places(text, "California")[0][1] == "California"


def test_a_race_of_the_state_is_no_cue_for_the_article_s_other_mentions() -> None:
    text = (
        "She will seek the Senate seat in New York. She spoke at a ceremony in New York "
        "on Monday, then won the New York primary."
    )
    assert [i for i, _name in _places(text, "New York")] == [NYS, NYC, NYS]
    text = "She spoke at a ceremony in New York. The New York Republican said so."
    assert [i for i, _name in _places(text, "New York")] == [NYC, NYS]


def test_a_dateline_in_capitals_is_the_city() -> None:
    text = "WASHINGTON, March 3 - The Treasury said on Monday it would sell bonds."
    assert _places(text, "WASHINGTON") == [(DC, "Washington")]


def test_an_article_that_cues_only_the_state_reads_its_bare_mentions_so() -> None:
    text = (
        "Washington Gov. Jay Inslee announced a travel ban on Monday. "
        "We in Washington stand for equality, he said."
    )
    assert {i for i, _name in _places(text, "Washington")} == {WA}


def test_an_article_that_also_cues_the_city_reads_its_bare_mentions_as_the_city() -> None:
    text = (
        "WASHINGTON, May 2 - Jay Inslee of Washington state met officials. "
        "Talks in Washington went on late."
    )
    assert _places(text, "WASHINGTON") == [(DC, "Washington")]
    assert [i for i, _name in _places(text, "Washington")] == [WA, DC]


def test_the_state_s_display_name_says_what_it_is() -> None:
    text = "Senator Chuck Schumer of New York spoke."
    assert _places(text, "New York") == [(NYS, "New York (state)")]
    assert (WA, "Washington (state)") in _places(
        "Jay Inslee of Washington state spoke.", "Washington"
    )
    assert region_id(DC, "Washington", "US") == (WA, "Washington (state)")
    assert region_id("x@ZZ", "X", "ZZ") == ("x~region@ZZ", "X (region)")
    assert division_words()["CA"] == "province"


def test_a_british_county_town_is_left_as_it_was() -> None:
    """Britain's first-level divisions are counties and towns that are their own
    authority: "Leicester" is the city either way, one id."""
    text = "The Leicester tight-head played in Leicester, England, and in Cardiff."
    ids = {i for i, _name in _places(text, "Leicester")}
    assert all("~" not in i for i in ids)


def test_oklahoma_is_not_oklahoma_city() -> None:
    """A city known by the region's name only as another name of its own is no reading
    of the region's name unless it is a city of a million or more named after it."""
    assert _places("Officials in Oklahoma said the wells were dry.", "Oklahoma")[0][0] == (
        f"{name_key('Oklahoma')}@US"
    )


def test_facets_and_filters_keep_the_state_and_the_city_apart(tmp_path: Path, engine: str) -> None:
    records = [
        {"id": "dc", "title": "Talks", "body": "The White House said talks resume in Washington."},
        {"id": "wa", "title": "Ban", "body": "Jay Inslee of Washington state signed the ban."},
    ]
    index_dir = tmp_path / "index"
    result = run_index(
        str(write_jsonl(tmp_path / "r.jsonl", records)),
        "--index",
        str(index_dir),
        "-q",
        "--engine",
        engine,
    )
    assert result.exit_code == 0, result.output
    assert hit_ids(index_dir, "--place", "Washington") == {"dc", "wa"}
    assert hit_ids(index_dir, "--place", "Washington state") == {"wa"}
    assert hit_ids(index_dir, "--place", "Washington (state)") == {"wa"}
    places = search_json(index_dir, "--facets")["facets"]["place"]
    shown = {value["id"]: value["value"] for value in places}
    assert shown[DC] == "Washington" and shown[WA] == "Washington (state)"


def test_the_labelled_set_is_whole() -> None:
    """tests/data/city_region: every item labelled by the README's rules, offsets whole."""
    folder = Path(__file__).parent / "data" / "city_region"
    rows = [json.loads(line) for line in (folder / "labels.jsonl").read_text().splitlines()]
    assert [row["item"] for row in rows] == list(range(len(rows))) and len(rows) >= 150
    assert {row["label"] for row in rows} <= {"city", "region", "other", "unsure"}
    assert all(row["end"] - row["start"] == len(row["surface"]) for row in rows)


def test_a_list_with_other_cities_is_the_city_beside_a_state_cue() -> None:
    text = "New York Gov. Ada Varnley spoke. The mayors of New York, Paris and London met."
    assert [i for i, _name in _places(text, "New York")] == [NYS, NYC]
    text = "Upstate New York flooded. Flights from Boston, New York or Chicago were cut."
    assert [i for i, _name in _places(text, "New York")] == [NYS, NYC]


def test_a_town_before_the_region_or_a_province_named_like_a_city_is_no_city_cue() -> None:
    assert {i for i, _name in _places("A mill in Matane, Quebec, will close.", "Quebec")} == {QC}
    text = "Rain fell in the province of Santa Fe. Harvest starts in Cordoba and Santa Fe."
    found = [m for m in extract_entities(text) if m.text == "Santa Fe"]
    assert all("~province" in m.entity_id for m in found)
