"""A person's initials after the name, in brackets or after "or", are the person's, not
an organisation's acronym (index/extract/person_initials.py), on passages written for
these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.name) for m in extract_entities(text)]


def test_a_presidents_initials_in_brackets_stay_the_person() -> None:
    text = (
        "Colombo, Monday. President Anura Kumara Dissanayake (AKD) told Parliament that "
        "the budget would hold. Critics said AKD had promised more. Dissanayake denied it."
    )
    found = _mentions(text)
    assert ("Anura Kumara Dissanayake", "PERSON", "Anura Kumara Dissanayake") in found
    assert ("AKD", "PERSON", "Anura Kumara Dissanayake") in found
    assert not [m for m in found if m[1] == "ORG"]


def test_initials_after_or_and_a_surname_used_alone() -> None:
    text = (
        "Ranil Wickremesinghe or RW, as the columns call him, lost the election. "
        "Wickremesinghe blamed the economy, and RW said he would stay in politics."
    )
    found = _mentions(text)
    assert ("RW", "PERSON", "Ranil Wickremesinghe") in found
    assert ("Ranil Wickremesinghe", "PERSON", "Ranil Wickremesinghe") in found


def test_a_company_with_its_initials_is_still_a_body() -> None:
    text = "Shares of Kestrel Holdings (KH) rose 4 pct, and KH said profits would grow."
    found = _mentions(text)
    assert ("KH", "ORG", "Kestrel Holdings") in found


def test_a_body_of_common_words_read_as_a_person_is_still_the_body() -> None:
    text = "Tankers for the Royal Air Force (RAF) were ordered, and the RAF said it was glad."
    found = _mentions(text)
    assert not [m for m in found if m[1] == "PERSON"]


def test_a_body_whose_first_word_is_a_given_name_stays_a_body() -> None:
    text = "He wrote about the early Ku Klux Klan (KKK), a white supremacist group."
    found = _mentions(text)
    assert not [m for m in found if m[1] == "PERSON"]
