"""A surname that several of the article's people bear is the one a title before it,
the same title as before one full name, or else the first named that is no misread,
picks (index.extract.shared_surnames). All text here is written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.extract.shared_surnames import Namesake, choose, first_person, misread, same_title
from index.records import PERSON


def _linked(text: str, at: str) -> str | None:
    """The display name of the PERSON mention starting at ``at`` of ``text``."""
    start = text.index(at)
    found = [m.name for m in extract_entities(text) if m.start == start and m.type == PERSON]
    return found[0] if found else None


def test_the_same_title_as_before_one_full_name_picks_that_one() -> None:
    text = (
        "Gerald Hollis, a retired engineer, refused treatment. His son, Dr. Paul Hollis, "
        "agreed with him.\n\nA kidney specialist, Dr. Hollis said the choice was sound."
    )
    assert _linked(text, "Hollis said") == "Paul Hollis"


def test_the_first_named_keeps_the_surname_beside_a_relative_named_more_often() -> None:
    text = (
        "Senator Hilda Brackwell spoke in Ohio on Monday.\n\n"
        "Her husband, Bill Brackwell, joined her. Bill Brackwell later left for Iowa, "
        "where Bill Brackwell met donors.\n\nBrackwell said the campaign was going well."
    )
    assert _linked(text, "Brackwell said") == "Hilda Brackwell"


def test_a_misread_name_named_first_is_passed_over() -> None:
    text = (
        "Judge Rejects Tam Velloso's Claims\n\nA judge ruled against Marta Velloso "
        "on Friday.\n\nVelloso said she would appeal."
    )
    people = [Namesake("x", "Rejects Velloso", (6,)), Namesake("m", "Marta Velloso", (50,))]
    assert choose(people, text, text.index("Velloso said")) == ("m", "Marta Velloso")


def test_a_suffix_does_not_hide_the_surname_it_follows() -> None:
    text = (
        "WASHINGTON -- Former Rep. Tobias Marlowe Jr. (D-Ill.) pleaded guilty on Wednesday. "
        "His wife, Sandra Marlowe, pleaded guilty to a tax charge.\n\n"
        "Marlowe will be free to go."
    )
    assert _linked(text, "Marlowe will") == "Tobias Marlowe Jr."  # not his wife


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Rejects Trump", True),  # a common word, no given name
        ("then-Senator Obama", True),
        ("De Bruyn", True),
        ("Bill Weston", False),  # a common word and a given name
        ("Ginger Weston", False),  # a common word and a rare given name
        ("Moazzam Weston", False),  # a given name the dictionary lacks
        ("Melania Weston", False),
    ],
)
def test_misread(name: str, expected: bool) -> None:
    assert misread(name) is expected


def test_first_person_passes_over_misreads_and_falls_back_to_the_first() -> None:
    first, second = Namesake("x", "Both Weston", (0,)), Namesake("b", "Melania Weston", (9,))
    assert first_person([first, second]) is second
    assert first_person([first, Namesake("y", "Maybe Weston", (9,))]) is first
    only = Namesake("o", "Only Shaun Weston", (0,))
    bradley, shaun = Namesake("b", "Bradley Weston", (20,)), Namesake("s", "Shaun Weston", (40,))
    assert first_person([only, bradley, shaun]) is shaun


def test_a_title_of_one_sex_still_comes_first_and_a_lower_case_word_is_no_title() -> None:
    text = "Donald Weston spoke. Melania Weston rose. Mr. Weston left. Then of Weston."
    donald = Namesake("a", "Donald Weston", (0,))
    melania = Namesake("b", "Melania Weston", (text.index("Melania"),))
    assert choose([donald, melania], text, text.index("Weston left")) == ("a", "Donald Weston")
    assert same_title([donald, melania], text, text.rindex("Weston")) is None


def test_a_womans_title_is_no_short_form_of_a_man_titled_mr_in_full() -> None:
    text = (
        "Mr. Odero K. Tamba met the press on Monday. His wife, Mrs. Aku Tamba, stayed home."
        "\n\nMrs. Tamba said she wanted a divorce. Mr. Tamba said nothing."
    )
    assert _linked(text, "Tamba said she") == "Aku Tamba"
    assert _linked(text, "Tamba said nothing") == "Odero K. Tamba"
    alone = "Mr. Odero K. Tamba met the press on Monday.\n\nMrs. Tamba said she was glad."
    assert _linked(alone, "Tamba said") != "Odero K. Tamba"
    untitled = "Odero K. Tamba met the press on Monday.\n\nMrs. Tamba said she was glad."
    assert _linked(untitled, "Tamba said") == "Odero K. Tamba"  # left alone: no Mr.


def test_an_office_title_is_no_short_form_of_a_name_styled_first_lady() -> None:
    text = (
        "First Lady Wanjiru Odhiambo opened the clinic on Monday.\n\n"
        "She thanked President Odhiambo for his support."
    )
    assert _linked(text, "Odhiambo for") != "Wanjiru Odhiambo"
    kept = (
        "Governor Wanjiru Odhiambo opened the clinic on Monday.\n\n"
        "She said Governor Odhiambo would return."
    )
    assert _linked(kept, "Odhiambo would") == "Wanjiru Odhiambo"


def test_a_surname_inside_a_second_full_name_makes_its_bearer_a_namesake() -> None:
    text = (
        "Opposition leader Lucia Arvelo Mendez was sentenced on Friday.\n\n"
        "She is the daughter of former president Rosa Mendez de Arvelo.\n\n"
        "Arvelo, a journalist, denied the charges."
    )
    assert _linked(text, "Arvelo, a") == "Lucia Arvelo Mendez"
    one = (
        "Former president Rosa Mendez de Arvelo spoke on Friday.\n\n"
        "Arvelo, a journalist, denied the charges."
    )
    assert _linked(one, "Arvelo, a") == "Rosa Mendez de Arvelo"


def test_a_word_after_initials_or_before_two_words_is_no_first_surname() -> None:
    initials = (
        "Veteran minister K. Perera Silva wrote the memoir.\n\n"
        "He met Anil Perera in the palace. President Perera said no."
    )
    assert _linked(initials, "Perera said") == "Anil Perera"
    run = (
        "Tomas Vidal Thanks Lima Fans\n\nThe coach Tomas Vidal spoke. "
        "Later Gustavo Thanks, a striker, arrived. Thanks said the team was ready."
    )
    assert _linked(run, "Thanks said") != "Tomas Vidal Thanks Lima Fans"


def test_a_headline_verb_after_a_name_and_an_honorary_rank_are_left_alone() -> None:
    verb = (
        "Ama Serwaa Boateng Commends Voters\n\nDr. Ama Serwaa Boateng praised the vote. "
        "Dr. Boateng said turnout was high."
    )
    assert _linked(verb, "Boateng said") == "Ama Serwaa Boateng"
    rank = (
        "First Lady Wanjiru Odhiambo visited the base.\n\nRear Admiral Odhiambo thanked the crew."
    )
    assert _linked(rank, "Odhiambo thanked") == "Wanjiru Odhiambo"
