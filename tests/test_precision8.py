"""Kinds of misread names fixed in round 8 of issue 14 item 5: a title word (DJ) kept
in a person's name, a firm named after a trade's plural noun read as a person, a
person's surname read as a town, and a band's name read as a person. All text here is
written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in extract_entities(text)]


def test_dj_is_cut_from_the_name_as_other_titles_are() -> None:
    found = _read("Controversial DJ Howard Pike has been dropped from four radio stations.")
    assert ("PERSON", "Howard Pike") in found
    assert all("DJ" not in name for _, name in found)


def test_a_name_after_a_trades_plural_noun_is_a_firm() -> None:
    text = "The game was sold to new publishers Marlowe, under a new name."
    assert ("PERSON", "Marlowe") not in _read(text)
    text = "Viewing is falling, say analysts Marlowe Pike. Marlowe Pike found a fall."
    assert all(kind != "PERSON" for kind, _ in _read(text))


def test_a_trades_plural_noun_and_a_comma_leaves_the_person() -> None:
    text = "Prices will fall, he told analysts, Marlowe Pike said on Monday."
    assert ("PERSON", "Marlowe Pike") in _read(text)


def test_a_person_named_after_an_analyst_stays() -> None:
    text = "Prices will fall, said analyst Marlowe Pike of Tarn Securities."
    assert ("PERSON", "Marlowe Pike") in _read(text)


def test_a_surname_read_as_a_town_is_the_person_named_in_full() -> None:
    text = (
        "England coach Jo Robinson named his squad on Monday. The winger received "
        "praise from Robinson afterwards, and the players in Robinson's squad trained."
    )
    mentions = extract_entities(text)
    assert all(m.type == "PERSON" for m in mentions if m.text == "Robinson")
    assert {m.entity_id for m in mentions if m.text == "Robinson"} == {
        m.entity_id for m in mentions if m.text == "Jo Robinson"
    }


def test_a_town_after_in_stays_a_place_though_a_person_bears_its_name() -> None:
    text = "Jo Robinson grew up in Robinson, a town he left at the age of ten."
    found = [(m.type, m.text) for m in extract_entities(text) if m.text == "Robinson"]
    assert ("PERSON", "Robinson") not in found


def test_a_town_word_with_no_person_of_that_name_stays_a_place() -> None:
    text = "Jo Hale moved the firm to Robinson. Robinson has a new factory now."
    assert all(m.type != "PERSON" for m in extract_entities(text) if m.text == "Robinson")


def test_a_name_after_band_is_no_person() -> None:
    text = "Scottish rock band Mary Tarbury, who rose to fame in 2004, have won twice."
    assert all(name != "Mary Tarbury" for _, name in _read(text))


def test_a_body_read_as_a_person_gives_no_surname() -> None:
    text = "The bonds are sold by Banque Nationale de Paris. Listing is in Lyon and Paris."
    assert all(m.type != "PERSON" for m in extract_entities(text) if m.text == "Paris")


def test_a_town_after_a_matchs_result_is_the_club() -> None:
    text = "Henry scored in Sunday's 2-2 draw with Chelsea. The free-kick angered Chelsea."
    assert {kind for kind, name in _read(text) if name == "Chelsea"} == {"ORG"}
    text = "United slipped after their defeat by Leicester on Saturday."
    assert ("PLACE", "Leicester") not in _read(text)


def test_a_country_after_a_matchs_result_stays_a_place() -> None:
    text = "England slipped after their defeat by France on Saturday."
    assert ("PLACE", "France") in _read(text)


def test_a_person_of_a_firm_after_a_trades_plural_noun_stays() -> None:
    text = "It is a step forward, said analysts John Hale of Tarn Securities."
    assert ("PERSON", "John Hale") in _read(text)
