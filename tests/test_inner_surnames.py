"""A surname inside a name of three words or more, used alone later
(index/extract/run_in_names.py, index/extract/speaker_surnames.py), on short texts
written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.quotes import extract_quotes
from index.extract.run_in_names import inner_surnames
from index.records import PERSON


def _people(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in extract_entities(text) if m.type == PERSON]


def test_the_family_name_before_a_romanised_given_name_is_a_short_form() -> None:
    assert inner_surnames("Peter Chan Wing-kit") == ["Chan"]
    assert inner_surnames("Gabriel Garcia Marquez") == ["Garcia"]
    assert inner_surnames("Mary Ann Smith") == []  # a middle given name
    assert inner_surnames("Peter Chan") == []


def test_a_one_word_person_takes_the_one_name_it_stands_inside() -> None:
    text = (
        "Team manager Peter Chan Wing-kit said the squad was ready.\n\n"
        "“They trained hard all winter,” Chan said."
    )
    assert ("Chan", "Peter Chan Wing-kit") in _people(text)
    assert [q.speaker for q in extract_quotes(text, extract_entities(text))] == [
        "Peter Chan Wing-kit"
    ]


def test_a_surname_inside_two_names_or_a_middle_given_name_links_nothing() -> None:
    two = "Peter Chan Wing-kit met Susan Chan Mei-ling on Monday. Chan said the deal held."
    assert ("Chan", "Chan") in _people(two)
    middle = "Mary Ann Smith came to town. Later Ann said the fair was good."
    assert ("Ann", "Mary Ann Smith") not in _people(middle)


def test_an_unlinked_speaker_is_found_by_the_surname_inside_the_name() -> None:
    # the recogniser reads no person in the bare "Lee"; the speaker search does
    text = (
        "Chief Executive Mark Lee Chi-hung said after the seminar that the plan stands."
        '\n\n"I want to tell everyone to be confident," Lee said.'
    )
    quotes = extract_quotes(text, extract_entities(text))
    assert [q.speaker for q in quotes] == ["Mark Lee Chi-hung"]


def test_a_word_opening_a_printed_name_or_a_bodys_name_is_no_inner_surname() -> None:
    assert inner_surnames("North Korean Government") == []  # a body's name misread
    # "Orsak Alam" is printed as a name of its own: a misread run of two names
    # ("Sara Noor Orsak Alam") does not take the bare "Orsak"
    text = (
        "Sara Noor Orsak Alam left the council on Monday. Orsak Alam is an adviser. "
        "Later Orsak said he would stay."
    )
    assert ("Orsak", "Sara Noor Orsak Alam") not in _people(text)
