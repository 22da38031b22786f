"""A namesake linked by rank in a country the article names by nothing else is no place
value (index/extract/tied_namesakes.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.gazetteer import load_gazetteer
from index.extract.tied_namesakes import without_tied_namesakes
from index.names import fold_text
from index.records import PLACE, Mention


def _place(text: str, surface: str) -> Mention:
    """``surface`` linked to the gazetteer's first place of that name."""
    start = text.index(surface)
    place = load_gazetteer().candidates(fold_text(surface))[0].place
    return Mention(
        start, start + len(surface), PLACE, surface, place.entity_id, place.name, place.cc
    )


def _places(text: str) -> list[str]:
    return [m.text for m in extract_entities(text) if m.type == PLACE]


def test_a_region_abroad_chosen_by_rank_goes_beside_the_article_s_countries() -> None:
    text = "Aid lorries queued at the edge of Gaza, officials in Cairo and Tel Aviv said."
    assert _places(text) == ["Cairo", "Tel Aviv"]


def test_the_region_stays_where_its_country_is_named_by_another_place() -> None:
    text = "Aid lorries queued at the edge of Gaza, officials in Maputo said."
    assert _places(text) == ["Gaza", "Maputo"]


def test_every_mention_of_the_lone_namesake_goes() -> None:
    text = "Rain fell on Northern. Northern's farms flooded, a minister in Port Moresby said."
    mentions = [
        _place(text, "Northern"),
        _place(text[20:], "Northern"),
        _place(text, "Port Moresby"),
    ]
    assert mentions[0].country != "PG"  # the gazetteer's first Northern is abroad
    assert without_tied_namesakes(mentions, text) == [mentions[2]]


def test_nothing_goes_where_the_article_names_one_country_only() -> None:
    text = "Rain fell on Northern, the weather office said."
    mentions = [_place(text, "Northern")]
    assert without_tied_namesakes(mentions, text) == mentions


def test_a_town_with_people_counted_stays() -> None:
    text = "Traders in Lahore and Kandahar met, officials in Dhaka said."
    mentions = [_place(text, "Lahore"), _place(text, "Kandahar"), _place(text, "Dhaka")]
    assert without_tied_namesakes(mentions, text) == mentions


def test_a_country_stays_though_its_name_is_shared() -> None:
    text = "Georgia signed the deal with Kenya, officials in Nairobi said."
    mentions = [_place(text, "Georgia"), _place(text, "Kenya"), _place(text, "Nairobi")]
    assert without_tied_namesakes(mentions, text) == mentions


def test_another_country_named_by_its_own_name_alone_sets_nothing_against() -> None:
    text = "Aid lorries queued at the edge of Gaza, Egypt said."
    assert "Gaza" in _places(text)


def test_a_region_after_a_town_and_its_comma_stays() -> None:
    text = "Rain fell on Kerema, Northern. Officials in Cairo said so."
    mentions = [_place(text, "Northern"), _place(text, "Cairo")]
    assert without_tied_namesakes(mentions, text) == mentions
