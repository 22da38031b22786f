"""Names that are no entity however they are typed, and names typed by their shape
(index.extract.context, index.extract.people, index.extract.vetting): a lawmaker's
party-and-state label, a company's legal suffix alone, an annual address, a deity, a web
page's links, a date after an organisation, a person's shape read as an organisation, a
building or institution named after a person. All text here is written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.names import name_key
from index.records import ORG, PERSON, PLACE


def _found(text: str) -> dict[str, str]:
    return {text[m.start : m.end]: m.type for m in extract_entities(text)}


@pytest.mark.parametrize(
    ("text", "none_of"),
    [
        ("Rep. Ada Varnley (D-W.Va.) voted for it.", ("Va", "W.Va")),
        ("Sen. Ada Varnley (R-W. Va.) voted for it.", ("Va",)),
        ("Copyright 2019 The Tarn Times, LLC. All rights reserved.", ("LLC",)),
        ("He gave his first State of the Union address on Tuesday.", ("State of the Union",)),
        ("Privacy Policy | Terms of Use | Contact Us", ("Privacy Policy", "Terms of Use")),
        ("Sign up for Daily Newsletters to get the news.", ("Daily Newsletters",)),
        ("They prayed that God would spare the town.", ("God",)),
        ('Ada Varnley said on "State of the Union." She spoke for an hour.', ("Union",)),
        ("The Tarn Blockchain Week opened on Monday.", ("Tarn Blockchain Week",)),
        ("It was first reported by Canada.com on Monday.", ("Canada",)),
        ("The Varnley family spoke of Ada Varnley on Monday.", ("Varnley",)),
        ("The Kennedy family gathered in Boston.", ("Kennedy",)),
    ],
)
def test_no_entity_is_read(text: str, none_of: tuple[str, ...]) -> None:
    found = _found(text)
    assert not set(none_of) & set(found), found


def test_a_state_abbreviated_after_a_town_stays() -> None:
    text = "The office in Richmond, Va., closed. Rep. Ada Varnley (D-Va.) said so."
    places = [m for m in extract_entities(text) if m.type == PLACE and m.text == "Va"]
    assert [m.entity_id for m in places] == [f"{name_key('Virginia')}@US"]


def test_an_organisation_does_not_run_into_a_date() -> None:
    text = "The electors of the Tarn Electoral College met on Dec. 19 in the capital."
    orgs = [text[m.start : m.end] for m in extract_entities(text) if m.type == ORG]
    assert orgs == ["Tarn Electoral College"]


def test_a_name_that_runs_on_after_of_still_does() -> None:
    text = "The Council on Foreign Relations and the Bank of Japan on Monday said so."
    orgs = {text[m.start : m.end] for m in extract_entities(text) if m.type == ORG}
    assert orgs == {"Council on Foreign Relations", "Bank of Japan"}


@pytest.mark.parametrize(
    "text",
    [
        "Senators confirmed some of George W. Bush's judicial nominees.",
        "The ad was a 2000 campaign ad by George W. Bush, aides said.",
        "It was signed by John F. Kennedy in 1963.",
    ],
)
def test_a_given_name_initial_and_surname_is_a_person(text: str) -> None:
    people = [m for m in extract_entities(text) if m.type == PERSON]
    assert [m.text for m in people] and all(". " in m.text for m in people)
    assert not [m for m in extract_entities(text) if m.type == ORG]


def test_a_company_with_initials_stays_a_company() -> None:
    text = "Shares of John H. Harland Co rose on Monday."
    assert _found(text) == {"John H. Harland Co": ORG}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("He spoke at the Ronald Reagan Presidential Library in Simi Valley.", "Ronald Reagan"),
        ("Ronald Reagan Library officials said it would reopen.", "Ronald Reagan"),
        ("The flight left John Glenn Airport late.", "John Glenn"),
    ],
)
def test_a_building_named_after_a_person_is_not_the_person(text: str, person: str) -> None:
    people = [m.text for m in extract_entities(text) if m.type == PERSON]
    assert not [p for p in people if p.startswith(person)], people


def test_the_person_a_building_is_named_after_is_still_read_alone() -> None:
    text = "Ronald Reagan said on Monday that the talks would resume."
    assert _found(text).get("Ronald Reagan") == PERSON


@pytest.mark.parametrize("agency", ["Shutterstock", "Getty Images", "Alamy"])
def test_a_photo_agency_in_a_credit_is_an_organisation(agency: str) -> None:
    text = f"The ship left port on Monday. (Photo: {agency})\nIt sailed north."
    assert _found(text).get(agency) == ORG


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The claim was disputed by the Obama administration on Monday.", "Obama", PERSON),
        ("Critics of the Reagan era said so.", "Reagan", PERSON),
        ("President Ada Varnley spoke. The Varnley administration said so.", "Varnley", PERSON),
        ("He joined the Islamic State of Iraq and the Levant in 2014.", None, ORG),
    ],
)
def test_names_typed_by_the_words_after_them(text: str, name: str | None, kind: str) -> None:
    found = [(text[m.start : m.end], m.type, m.name) for m in extract_entities(text)]
    if name is None:  # the whole group's name, shown by its usual name
        assert [(t, n) for t, k, n in found if k == kind] == [
            ("Islamic State of Iraq and the Levant", "Islamic State")
        ], found
    else:
        assert (name, kind) in {(t, k) for t, k, _n in found}, found


@pytest.mark.parametrize("word", ["Labour", "Conservative", "Military"])
def test_a_party_s_administration_is_no_person(word: str) -> None:
    text = f"The {word} administration fell on Monday."
    assert not [m for m in extract_entities(text) if m.type == PERSON]


def test_a_state_s_code_that_is_also_a_legal_suffix_stays_a_place() -> None:
    text = "She moved to Las Vegas, NV last year."
    places = {text[m.start : m.end]: m.name for m in extract_entities(text) if m.type == PLACE}
    assert places.get("NV") == "Nevada", places
