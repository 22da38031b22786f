"""Degrees after names, conditions named after people, medical institutions whole,
health agencies and drug companies, initials ending a sentence (made-up sentences)."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.records import ORG, PERSON, PLACE


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities(text)]


def test_a_degree_after_a_name_is_no_entity() -> None:
    found = _found("Maria Tarnow, MD, of the clinic said. Jon Velde, Ph.D., agreed.")
    assert ("Maria Tarnow", PERSON) in found
    assert not any(text in ("MD", "Ph", "Ph.D.", "PhD") for text, _ in found)


def test_maryland_written_short_after_a_town_stays_the_state() -> None:
    found = _found("She lives in Annapolis, Md., and works in Bethesda, MD.")
    assert ("Md", PLACE) in found or ("Md.", PLACE) in found
    assert ("MD", PLACE) in found


def test_a_condition_named_after_a_person_is_no_person() -> None:
    found = _found(
        "Patients with Crohn's disease did better. Crohn's patients took the drug, "
        "and Alzheimer's disease was not affected."
    )
    assert not any(text in ("Crohn", "Alzheimer") for text, _ in found)


def test_a_persons_own_disease_keeps_the_person() -> None:
    found = _found("Tom Marlowe fell ill. Mr. Marlowe's disease was caught early.")
    assert [t for t, kind in found if kind == PERSON] == ["Tom Marlowe", "Marlowe"]


def test_a_hospital_is_one_organisation_whole() -> None:
    found = _found(
        "Doctors at Brigham and Women's Hospital and Massachusetts General Hospital "
        "worked with the Mayo Clinic."
    )
    assert ("Brigham and Women's Hospital", ORG) in found
    assert ("Massachusetts General Hospital", ORG) in found
    assert ("Mayo Clinic", ORG) in found
    assert ("Brigham", PLACE) not in found


def test_a_longer_name_a_hospital_opens_is_not_cut() -> None:
    found = _found("The American Hospital Association said on Monday it would not.")
    assert ("American Hospital", ORG) not in found


def test_a_health_agency_is_whole_and_initials_end_a_sentence() -> None:
    found = _found(
        "The U.S. Food and Drug Administration approved the drug. Makers asked the "
        "F.D.A. The agency said no."
    )
    assert ("Food and Drug Administration", ORG) in found
    assert ("F.D.A.", ORG) in found
    assert not any(text.endswith("The") for text, _ in found)


def test_drug_companies_and_photo_agencies_are_organisations() -> None:
    found = _found("The pill is sold by Johnson & Johnson and Merck. Photo: Corbis")
    assert ("Johnson & Johnson", ORG) in found
    assert ("Merck", ORG) in found
    assert ("Corbis", ORG) in found


def test_headline_words_and_links_are_no_names() -> None:
    found = _found("En Español\n\nDaily Walks Cut Stroke Risk, Study Finds")
    assert not any(text in ("En Español", "Study Finds") for text, _ in found)
