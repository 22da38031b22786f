"""Kinds of misread names fixed in round 9 of issue 14 item 5: an abbreviation the
article spells out in lower-case words read as a body, and a town in a list of places
read as a body or a person. All text here is written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.not_bodies import events_by_cue
from index.extract.place_lists import in_lists
from index.extract.products import spelled_terms
from index.records import ORG, PERSON, PLACE, Mention


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in extract_entities(text)]


def _org(text: str, word: str) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), ORG, word, word.lower(), word)


def test_an_abbreviation_spelled_out_after_its_words_is_a_term() -> None:
    text = "Sales of digital cable radio (DCR) kits rose. The DCR market grew by half."
    assert spelled_terms([_org(text, "DCR")], text) == {"DCR"}
    assert all(name != "DCR" for _, name in _read(text))


def test_an_abbreviation_spelled_out_after_it_is_a_term() -> None:
    text = "Shops sold DCR, or digital cable radio, at a loss. Few buy DCR sets."
    assert spelled_terms([_org(text, "DCR")], text) == {"DCR"}
    text = "Shops sold DCR (digital cable radio) at a loss."
    assert spelled_terms([_org(text, "DCR")], text) == {"DCR"}


def test_an_abbreviation_with_an_abbreviation_among_its_words_is_a_term() -> None:
    text = "Owners of high definition TV (HDT) sets will pay less."
    assert spelled_terms([_org(text, "HDT")], text) == {"HDT"}


def test_a_body_written_in_capitals_stays() -> None:
    text = "The Tarn Trade Office (TTO) said on Monday. The TTO will meet again."
    assert spelled_terms([_org(text, "TTO")], text) == set()


def test_words_that_do_not_spell_the_abbreviation_leave_it() -> None:
    text = "The deal with the lenders (TTO) was signed. TTO said it was pleased."
    assert spelled_terms([_org(text, "TTO")], text) == set()


def _mentions(text: str, kinds: list[tuple[str, str, str | None]]) -> list[Mention]:
    out, at = [], 0
    for word, kind, country in kinds:
        start = text.index(word, at)
        at = start + len(word)
        key = word.lower() + (f"@{country}" if country else "")
        out.append(Mention(start, at, kind, word, key, word, country))
    return out


def test_a_town_between_two_places_in_a_list_is_a_place() -> None:
    text = "Jo Hale tours Bristol, Liverpool, Leeds and Kent in May."
    found = in_lists(
        _mentions(
            text,
            [("Bristol", PLACE, "GB"), ("Liverpool", ORG, None), ("Leeds", PLACE, "GB")],
        ),
        text,
    )
    assert [(m.type, m.country) for m in found][1] == (PLACE, "GB")


def test_towns_at_a_lists_end_are_places_one_after_another() -> None:
    text = "Vans will serve Nantes, Dijon, Lyon and Toulouse. Toulouse will be first."
    kinds = [("Nantes", PLACE, "FR"), ("Dijon", PLACE, "FR"), ("Lyon", ORG, None)]
    kinds += [("Toulouse", ORG, None), ("Toulouse", PERSON, None)]
    found = in_lists(_mentions(text, kinds), text)
    assert [m.type for m in found] == [PLACE] * 5
    assert {m.country for m in found} == {"FR"}


def test_a_list_of_clubs_or_no_list_is_left_alone() -> None:
    text = "Arsenal, Liverpool and Leeds won. Liverpool beat Leicester. Dorset, Liverpool."
    kinds = [("Arsenal", ORG, None), ("Liverpool", ORG, None), ("Leeds", ORG, None)]
    kinds += [("Liverpool", ORG, None), ("Leicester", PLACE, "GB")]
    kinds += [("Dorset", PLACE, "GB"), ("Liverpool", ORG, None)]
    found = in_lists(_mentions(text, kinds), text)
    assert [m.type for m in found] == [m[1] for m in kinds]


def test_a_word_that_is_only_a_towns_other_name_stays() -> None:
    text = "Shares of Tarn, Bank and Dorset rose."
    kinds = [("Tarn", PLACE, "GB"), ("Bank", ORG, None), ("Dorset", PLACE, "GB")]
    found = in_lists(_mentions(text, kinds), text)
    assert found[1].type == ORG


def test_a_name_written_as_a_recurring_event_is_no_body() -> None:
    text = "Hale hopes to play in the Tarn Shield. He may miss the entire Tarn Shield."
    first = _org(text, "Tarn Shield")
    start = text.rindex("Tarn Shield")
    second = Mention(start, start + 11, ORG, "Tarn Shield", first.entity_id, first.name)
    assert events_by_cue([first, second], text) == {"Tarn Shield"}
    assert events_by_cue([first], text) == set()
    text = "Jo Hale won a prize at last year's Elmford Arts Gathering, his first."
    assert events_by_cue([_org(text, "Elmford Arts Gathering")], text) == {"Elmford Arts Gathering"}


def test_a_body_before_a_noun_or_of_one_word_stays() -> None:
    text = "Delegates at this Tarn Party conference cheered. Laws of the next Parliament."
    found = [_org(text, "Tarn Party"), _org(text, "Parliament")]
    assert events_by_cue(found, text) == set()
