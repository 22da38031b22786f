"""A place the gazetteer lacks takes the country its article puts it in
(index/extract/local_places.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.local_places import with_local_countries
from index.records import PLACE, Mention


def _place(text: str, surface: str, cc: str | None = None, at: int = 0) -> Mention:
    start = text.index(surface, at)
    key = surface.lower().replace(" ", "")
    return Mention(
        start, start + len(surface), PLACE, surface, f"{key}@{cc}" if cc else key, surface, cc
    )


def test_a_place_put_in_a_town_takes_its_country() -> None:
    text = "Traders shut their stalls in Velmora Bazar, Accra, and in Velmora Bazar again."
    mended = with_local_countries(
        [
            _place(text, "Velmora Bazar"),
            _place(text, "Accra", "GH"),
            _place(text, "Velmora Bazar", at=40),
        ],
        text,
    )
    assert [(m.entity_id, m.country) for m in mended] == [
        ("velmorabazar@GH", "GH"),
        ("accra@GH", "GH"),
        ("velmorabazar@GH", "GH"),
    ]


def test_a_place_after_a_town_s_possessive_takes_its_country() -> None:
    text = "Crowds filled Kandy's Velmora Square and Lisbon's streets."
    mended = with_local_countries(
        [_place(text, "Kandy", "LK"), _place(text, "Velmora Square"), _place(text, "Lisbon", "PT")],
        text,
    )
    assert mended[1].country == "LK"


def test_a_place_in_a_place_in_a_town_takes_the_town_s_country() -> None:
    text = "A blast hit the Orvan area of Kelbridge in Nairobi and Paris."
    mended = with_local_countries(
        [
            _place(text, "Orvan"),
            _place(text, "Kelbridge"),
            _place(text, "Nairobi", "KE"),
            _place(text, "Paris", "FR"),
        ],
        text,
    )
    assert [m.country for m in mended] == ["KE", "KE", "KE", "FR"]


def test_an_article_of_one_country_holds_its_places() -> None:
    text = "Rallies in Lagos and Abuja ended at Velmora Gate."
    mended = with_local_countries(
        [_place(text, "Lagos", "NG"), _place(text, "Abuja", "NG"), _place(text, "Velmora Gate")],
        text,
    )
    assert mended[2].country == "NG"


def test_a_place_of_an_article_of_two_countries_with_no_words_stays() -> None:
    text = "He flew from Lagos to Paris via Velmora Airport."
    mentions = [
        _place(text, "Lagos", "NG"),
        _place(text, "Paris", "FR"),
        _place(text, "Velmora Airport"),
    ]
    assert with_local_countries(mentions, text) == mentions


def test_a_continent_takes_no_country() -> None:
    text = "Leaders from Lagos and Abuja toured Europe."
    mentions = [_place(text, "Lagos", "NG"), _place(text, "Abuja", "NG"), _place(text, "Europe")]
    mentions[2] = Mention(mentions[2].start, mentions[2].end, PLACE, "Europe", "erupa", "Europe")
    assert with_local_countries(mentions, text) == mentions


def test_through_extraction() -> None:
    text = "Protesters gathered at Shahbagh in Dhaka on Sunday."
    (shahbagh,) = [m for m in extract_entities(text) if m.text == "Shahbagh"]
    assert shahbagh.country == "BD"


def test_a_country_named_alone_sets_no_article_there() -> None:
    text = "Kenya said Kenya would ship maize to Velmoran Yemen."
    mentions = [
        _place(text, "Kenya", "KE"),
        _place(text, "Kenya", "KE", 10),
        _place(text, "Velmoran Yemen"),
    ]
    mentions[0] = Mention(
        mentions[0].start, mentions[0].end, PLACE, "Kenya", "kanya@KE", "Kenya", "KE"
    )
    mentions[1] = Mention(
        mentions[1].start, mentions[1].end, PLACE, "Kenya", "kanya@KE", "Kenya", "KE"
    )
    assert with_local_countries(mentions, text) == mentions


def test_a_sea_lies_in_no_article_s_country() -> None:
    text = "Ships from Lagos and Abuja crossed the South Velmora Sea."
    mentions = [
        _place(text, "Lagos", "NG"),
        _place(text, "Abuja", "NG"),
        _place(text, "South Velmora Sea"),
    ]
    assert with_local_countries(mentions, text) == mentions


def test_a_name_ending_as_a_country_s_lies_in_no_article_s_country() -> None:
    text = "Exports from Lagos and Abuja to Korea rose."
    mentions = [_place(text, "Lagos", "NG"), _place(text, "Abuja", "NG"), _place(text, "Korea")]
    assert with_local_countries(mentions, text) == mentions


def test_a_place_ending_with_a_common_word_of_countries_names_lies_in_the_country() -> None:
    text = "Ferries from Lagos and Abuja docked at Velmora Island."
    mentions = [
        _place(text, "Lagos", "NG"),
        _place(text, "Abuja", "NG"),
        _place(text, "Velmora Island"),
    ]
    assert with_local_countries(mentions, text)[2].country == "NG"


def test_a_name_the_article_puts_nowhere_takes_no_country() -> None:
    text = "Voters in Lagos and Abuja get access to Velmora Outpost updates free."
    mentions = [
        _place(text, "Lagos", "NG"),
        _place(text, "Abuja", "NG"),
        _place(text, "Velmora Outpost"),
    ]
    assert with_local_countries(mentions, text) == mentions


def test_a_name_ending_as_a_country_s_in_a_list_of_countries_takes_none() -> None:
    text = "Taiwan, South Velmora, Korea, Peru grew fast."
    mentions = [_place(text, "Korea"), _place(text, "Peru", "PE")]
    assert with_local_countries(mentions, text) == mentions
