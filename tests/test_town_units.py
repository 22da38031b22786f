"""A town's name before a unit's word is the unit called after it, and one joined to a
number no place (index/extract/town_units.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.gazetteer import load_gazetteer
from index.extract.town_units import without_town_units
from index.names import fold_text
from index.records import PLACE, Mention


def _town(text: str, surface: str, at: int = 0) -> Mention:
    start = text.index(surface, at)
    place = next(
        c.place for c in load_gazetteer().candidates(fold_text(surface)) if c.place.kind == "P"
    )
    return Mention(
        start, start + len(surface), PLACE, surface, place.entity_id, place.name, place.cc
    )


def test_a_town_before_district_is_the_district() -> None:
    text = "Flooding closed schools across Jaffna district on Monday."
    (m,) = without_town_units([_town(text, "Jaffna")], text)
    assert (m.entity_id, m.name, m.country) == ("jafna~district@LK", "Jaffna (district)", "LK")


def test_the_town_itself_keeps_its_value() -> None:
    text = "Schools in Jaffna reopened; Jaffna district stayed shut."
    town, unit = _town(text, "Jaffna"), _town(text, "Jaffna", 20)
    mended = without_town_units([town, unit], text)
    assert mended[0] == town
    assert mended[1].entity_id == "jafna~district@LK"


def test_an_electoral_district_is_the_district() -> None:
    text = "He polled 6,000 votes in the Jaffna electoral district."
    (m,) = without_town_units([_town(text, "Jaffna")], text)
    assert m.name == "Jaffna (district)"


def test_a_divisional_officer_names_the_division() -> None:
    text = "The Sylhet divisional commissioner met the police chiefs."
    (m,) = without_town_units([_town(text, "Sylhet")], text)
    assert (m.entity_id, m.name) == ("silhat~division@BD", "Sylhet (division)")


def test_a_region_named_after_its_city_is_the_region() -> None:
    text = "Shelling resumed in the Kherson region overnight."
    (m,) = without_town_units([_town(text, "Kherson")], text)
    assert m.name == "Kherson (region)" and m.entity_id != _town(text, "Kherson").entity_id


def test_a_first_level_division_is_one_unit_whichever_its_word() -> None:
    text = "Shelling hit Kherson province; the Kherson region lost power."
    province, region = _town(text, "Kherson"), _town(text, "Kherson", 20)
    mended = without_town_units([province, region], text)
    assert mended[0].entity_id == mended[1].entity_id == "karsun~region@UA"


def test_a_numbered_constituency_is_no_place() -> None:
    text = "She filed her papers for Rajshahi-2 and for Rajshahi – 3 on Sunday."
    mentions = [_town(text, "Rajshahi"), _town(text, "Rajshahi", 20)]
    assert without_town_units(mentions, text) == []


def test_a_year_after_a_dash_is_no_constituency() -> None:
    text = "Delegates met in Nairobi-2019 style talks."
    town = _town(text, "Nairobi")
    assert without_town_units([town], text) == [town]


def test_a_subdistrict_of_a_town_names_its_district() -> None:
    text = "The clinic is in Pirganj upazila of Rangpur, officials said."
    (m,) = without_town_units([_town(text, "Rangpur")], text)
    assert m.name == "Rangpur (district)"


def test_a_unit_s_word_and_of_before_a_town_names_the_unit() -> None:
    text = "Troops advanced in the province of Kherson on Monday."
    (m,) = without_town_units([_town(text, "Kherson")], text)
    assert m.name == "Kherson (region)"


def test_a_court_of_the_district_leaves_the_name() -> None:
    text = "He appeared before the Colombo District Court judges."
    town = _town(text, "Colombo")
    assert without_town_units([town], text) == [town]


def test_through_extraction() -> None:
    text = "He will contest the Dhaka-17 seat and visit Bogra district before returning to Dhaka."
    places = [(m.text, m.name) for m in extract_entities(text) if m.type == PLACE]
    assert ("Dhaka", "Dhaka") in places
    assert all(name != "Dhaka" for surface, name in places[:-1])
    assert any(name.endswith("(district)") for _surface, name in places)


def test_a_state_a_village_shares_its_name_with_is_no_town() -> None:
    text = "The court for the Northern District of California ruled."
    start = text.index("California")
    state = next(
        c.place for c in load_gazetteer().candidates(fold_text("California")) if c.place.kind == "A"
    )
    m = Mention(start, start + 10, PLACE, "California", state.entity_id, state.name, state.cc)
    assert without_town_units([m], text) == [m]
