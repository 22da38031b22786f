"""A named storm is an event, no person, body or place (index/extract/storms.py), on
short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.storms import without_storms
from index.records import ORG, PERSON, PLACE, Mention


def _texts(text: str) -> list[str]:
    return [m.text for m in extract_entities(text)]


def test_a_storm_after_its_kind_is_no_name() -> None:
    text = "Typhoon Mangkhut hit Manila and Cyclone Fani crossed Odisha on Friday."
    found = _texts(text)
    assert not any("Mangkhut" in t or "Fani" in t for t in found)
    assert "Manila" in found


def test_the_storms_name_alone_goes_too_but_not_a_longer_name() -> None:
    text = (
        "Hurricane Dorian stalled over the Bahamas. Dorian then turned north. "
        "Dorian Gray, a local painter, was not hurt."
    )
    found = _texts(text)
    assert "Dorian" not in found
    assert "Dorian Gray" in found


def test_a_town_named_like_the_storm_stays_with_its_region() -> None:
    text = "Hurricane Laura hit. Laura, Ohio, was spared; Laura was a category 4 storm."
    mentions = [
        Mention(0, 15, ORG, "Hurricane Laura", "hurikanalaura", "Hurricane Laura"),
        Mention(21, 26, PLACE, "Laura", "laura@US", "Laura"),
        Mention(46, 51, PLACE, "Laura", "laura@US", "Laura"),
    ]
    assert [m.start for m in without_storms(mentions, text)] == [21]


def test_a_body_named_after_hurricanes_stays() -> None:
    text = "The National Hurricane Center in Miami said Hurricane Irma would hit Florida."
    found = _texts(text)
    assert "National Hurricane Center" in found
    assert not any("Irma" in t for t in found)


def test_storm_as_a_given_name_stays_without_tropical() -> None:
    text = "Tropical Storm Nate weakened. The actress Storm Reid said she was safe."
    found = extract_entities(text)
    assert not any("Nate" in m.text for m in found)
    assert any(m.text == "Storm Reid" and m.type == PERSON for m in found)


def test_a_fund_named_for_a_storms_victims_is_read_as_written() -> None:
    text = "Give to the Hurricane Ida Relief Fund today. Hurricane Ida hit New Orleans."
    found = _texts(text)
    assert any(t.endswith("Relief Fund") for t in found)
    assert "Hurricane Ida" not in found
