"""A place's name read out of a longer name or a title is no mention of the place
(index.extract.names_with_places), nor a relative's given name after a kinship word
(index.extract.lone_names). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.extract.names_with_places import without_places_in_names
from index.extract.place_titles import without_title_places
from index.records import PLACE, Mention


def _places(text: str) -> list[str]:
    return [m.text for m in extract_entities(text) if m.type == PLACE]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The ads were paid for by Taxpayer Action for America, the group said.", "America"),
        ("Democratic Socialists of America endorsed her on Monday.", "America"),
        ("She had a small part in Gangs of New York before her first lead.", "New York"),
        ("Her films: 'Vanilla Dusk,' 'Gangs of New York,' 'The Lake' and more.", "New York"),
        ("Readers named it The Worst Airline in Canada for a third year.", "Canada"),
        ("Father Tom Hale, an editor at the Catholic magazine America, disagreed.", "America"),
        ("Tom Hale, editor of America, a Jesuit magazine, disagreed.", "America"),
        ("Contestants of America's Next Top Model met the judges.", "America"),
        ("The network renewed its crime drama CSI: Miami for a fifth season.", "Miami"),
        ("The appeal was heard by Lord Tarbert of Aberdeen and two other judges.", "Aberdeen"),
    ],
)
def test_a_place_inside_a_name_or_title_is_no_place(text: str, place: str) -> None:
    assert place not in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Senator Jo Hale, Republican of Tennessee, voted against.", "Tennessee"),
        ("Parts of Texas were flooded on Monday.", "Texas"),
        ("The President of Brazil arrived on Monday.", "Brazil"),
        ("The talks were held at the Kremlin in Moscow.", "Moscow"),
        ("The firm made a bid for Australia's biggest miner.", "Australia"),
        ("Most areas of Iraq, the Observer newspaper said, were within range.", "Iraq"),
        ("WATCH: Texas floods leave thousands without power", "Texas"),
        ("She was the best player in Texas last year.", "Texas"),
        ("The Democratic National Convention in Philadelphia ended.", "Philadelphia"),
    ],
)
def test_a_place_of_a_title_party_or_sentence_stays(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_gulf_is_left_to_water_bodies() -> None:
    """names_with_places keeps a place after "Gulf of" (a head of a place); since stop 38
    index.extract.water_bodies takes it out: the gulf is another place."""
    text = "The storm moved along the Gulf of Mexico overnight."
    start = text.index("Mexico")
    m = Mention(start, start + 6, PLACE, "Mexico", "maksiku@MX", "Mexico", "MX")
    assert without_places_in_names([m], text) == [m]
    assert "Mexico" not in _places(text)


def test_a_given_name_after_a_kinship_word_is_no_place() -> None:
    text = '"He is only a teacher," his brother, Jordan, said in a video from their home.'
    assert "Jordan" not in _places(text)
    assert "Jordan" in _places("The aid convoy crossed into Jordan on Tuesday.")
    text = "Jo Tarnley opened the speech with a word of granddaughter Georgia and left."
    assert "Georgia" not in _places(text)
    assert "Georgia" in _places("The talks with Georgia and Armenia failed on Monday.")


def test_a_street_named_for_its_institution_is_no_place() -> None:
    text = "Few in Westminster expect the bill to pass, and Whitehall shrugged it off."
    assert _places(text) == []
    assert "Westminster Abbey" in _places("The choir sang at Westminster Abbey on Sunday.")


def test_a_lords_office_of_a_place_keeps_the_place() -> None:
    text = "The Lord Mayor of London opened the fair, and Lord Tarbert of Aberdeen spoke."
    london, aberdeen = (text.index(w) for w in ("London", "Aberdeen"))
    mentions = [
        Mention(london, london + 6, PLACE, "London", "lundun@GB", "London", "GB"),
        Mention(aberdeen, aberdeen + 8, PLACE, "Aberdeen", "abardin@GB", "Aberdeen", "GB"),
    ]
    assert [m.text for m in without_title_places(mentions, text)] == ["London"]


# A country's initials closing a body's name ("Cancer Research UK").


def test_initials_closing_a_body_s_name_are_no_place() -> None:
    text = "Jo Hale, head of early diagnosis at Tarn Research UK, said the test was good."
    assert "UK" not in _places(text)


def test_initials_of_the_country_stay() -> None:
    text = "Sales in the UK rose, and exports to the USA fell, Jo Hale said."
    assert _places(text) == ["UK", "USA"]


def test_initials_after_a_sentence_s_first_word_stay() -> None:
    assert "UK" in _places("Two UK firms bid for the contract on Monday.")
