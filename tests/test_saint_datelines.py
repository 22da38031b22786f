"""A town's "ST." in capitals opens its name (index/extract/saint_datelines.py), on short
texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.records import PLACE


def test_a_dateline_town_after_st_is_read_whole() -> None:
    found = extract_entities("ST. CLOUD, Minn. (AP) -- Heavy snow closed schools on Monday.")
    assert not any(m.text == "ST" for m in found)
    town = [m for m in found if m.type == PLACE and m.text.startswith("ST.")]
    assert [(m.text, m.country) for m in town] == [("ST. CLOUD", "US")]


def test_the_region_after_the_comma_picks_the_country() -> None:
    found = extract_entities("ST. PETERSBURG, Fla. -- A bridge was closed by the storm.")
    assert [m.country for m in found if m.text == "ST. PETERSBURG"] == ["US"]
    assert not any(m.text == "ST" for m in found)
