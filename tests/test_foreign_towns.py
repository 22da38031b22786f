"""A small town of a country the article shows nothing else of is no place value
(index/extract/foreign_towns.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.foreign_towns import without_foreign_towns
from index.extract.gazetteer import load_gazetteer
from index.names import fold_text
from index.records import PLACE, Mention


def _place(text: str, surface: str) -> Mention:
    start = text.index(surface)
    place = load_gazetteer().candidates(fold_text(surface))[0].place
    return Mention(
        start, start + len(surface), PLACE, surface, place.entity_id, place.name, place.cc
    )


def _linked(text: str, surface: str, entity_id: str, cc: str) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), PLACE, surface, entity_id, surface, cc)


def test_a_namesake_by_key_of_a_country_shown_by_nothing_else_goes() -> None:
    text = "Ghana's chiefs met the people of Okerra, in Ghana's hills."
    ghana = _place(text, "Ghana")
    town = _linked(text, "Okerra", "okara@PK", "PK")
    assert without_foreign_towns([ghana, town], text) == [ghana]


def test_the_town_stays_where_its_country_is_shown() -> None:
    text = "Ghana's chiefs met the people of Okerra, near Lahore in Pakistan."
    mentions = [
        _place(text, "Ghana"),
        _linked(text, "Okerra", "okara@PK", "PK"),
        _place(text, "Lahore"),
        _place(text, "Pakistan"),
    ]
    assert without_foreign_towns(mentions, text) == mentions


def test_the_town_stays_where_no_other_country_is_shown() -> None:
    text = "The people of Okerra met on Monday."
    town = _linked(text, "Okerra", "okara@PK", "PK")
    assert without_foreign_towns([town], text) == [town]


def test_a_big_city_written_as_the_gazetteer_writes_it_stays() -> None:
    text = "Ghana's minister flew to Lahore on Monday."
    mentions = [_place(text, "Ghana"), _place(text, "Lahore")]
    assert without_foreign_towns(mentions, text) == mentions
