"""A name that ends with an office's title names the office, not a body or a person
(index/extract/office_titles.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.office_titles import without_office_titles
from index.records import ORG, PERSON, Mention


def _name(text: str, surface: str, kind: str = ORG, at: int = 0) -> Mention:
    start = text.index(surface, at)
    key = surface.lower().replace(" ", "")
    return Mention(start, start + len(surface), kind, surface, key, surface)


def test_a_title_alone_is_no_body() -> None:
    text = "The Chief Adviser met the envoys on Monday."
    assert without_office_titles([_name(text, "Chief Adviser")], text) == []


def test_a_title_alone_is_no_person() -> None:
    text = "The Joint Convener spoke first."
    assert without_office_titles([_name(text, "Joint Convener", PERSON)], text) == []


def test_a_body_named_before_the_title_stays_the_body() -> None:
    text = "The KRP said the KRP Chairperson was unwell."
    party = _name(text, "KRP")
    titled = _name(text, "KRP Chairperson")
    mended = without_office_titles([party, titled], text)
    assert [(m.text, m.entity_id, m.type) for m in mended] == [
        ("KRP", "krp", ORG),
        ("KRP", "krp", ORG),
    ]
    assert mended[1].start == titled.start and mended[1].end == titled.start + 3


def test_a_force_named_before_a_modified_title_stays_the_force() -> None:
    text = "Velbrook Metropolitan Police Additional Commissioner Ann Roe spoke."
    titled = _name(text, "Velbrook Metropolitan Police Additional")
    (m,) = without_office_titles([titled], text)
    assert m.text == "Velbrook Metropolitan Police"


def test_words_before_the_title_that_name_no_body_go_with_it() -> None:
    text = "The Home Affairs Adviser toured the camp."
    assert without_office_titles([_name(text, "Home Affairs Adviser")], text) == []


def test_an_office_named_after_of_is_a_body() -> None:
    text = "Staff of the Office of the Chief Adviser left."
    office = _name(text, "Office of the Chief Adviser")
    assert without_office_titles([office], text) == [office]


def test_through_extraction() -> None:
    text = "Crowds gathered outside the residence of Chief Adviser on Friday."
    assert [m.text for m in extract_entities(text) if "Adviser" in m.text] == []


def test_a_title_opening_with_an_office_and_of_is_no_body() -> None:
    text = "The Minister of Harbours, Roads and Bridges opened the quay."
    assert without_office_titles([_name(text, "Minister of Harbours")], text) == []


def test_a_portfolio_after_minister_of_is_no_body() -> None:
    text = "Ann Moyo, the Minister of State for Coastal Affairs, spoke."
    assert without_office_titles([_name(text, "State for Coastal Affairs")], text) == []


def test_a_body_after_an_office_and_of_stays() -> None:
    text = "Ann Moyo, the Director of Velbrook Mills, spoke."
    body = _name(text, "Velbrook Mills")
    assert without_office_titles([body], text) == [body]


def test_a_desk_role_in_a_byline_is_no_body() -> None:
    text = "Story by Tendai Gumbo, Farming Editor\n\nThe maize harvest rose."
    assert without_office_titles([_name(text, "Farming Editor")], text) == []


def test_a_broadcaster_before_a_desk_role_stays_the_broadcaster() -> None:
    text = "Story by KTV Reporter\n\nThe rally drew thousands."
    (m,) = without_office_titles([_name(text, "KTV Reporter")], text)
    assert (m.text, m.type) == ("KTV", ORG)


def test_a_paper_named_with_the_is_kept() -> None:
    text = "She told the Velbrook Reporter on Sunday."
    paper = _name(text, "Velbrook Reporter")
    assert without_office_titles([paper], text) == [paper]


def test_honorifics_alone_name_no_one() -> None:
    text = "His Excellency thanked Honourable Ann Moyo."
    found = [_name(text, "His Excellency", PERSON), _name(text, "Honourable")]
    assert without_office_titles(found, text) == []


def test_a_name_after_an_honorific_stays() -> None:
    text = "His Excellency Tomas Velde arrived."
    person = _name(text, "His Excellency Tomas Velde", PERSON)
    assert without_office_titles([person], text) == [person]


def test_a_desk_word_before_a_role_is_no_body() -> None:
    text = "By Ann Moyo | News Editor\n\nThe council met."
    assert without_office_titles([_name(text, "News Editor")], text) == []
