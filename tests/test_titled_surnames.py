"""A surname after "Mr" or "Mrs" picks, among the article's people who bear it, the one
of the title's sex, and stays unlinked beside one person of the other sex
(index.extract.titled_surnames). All text here is written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.extract.shared_surnames import Namesake, choose
from index.extract.titled_surnames import given_name_sexes
from index.records import PERSON


def _names_of(text: str, surface: str) -> list[str]:
    found = [m.name for m in extract_entities(text) if m.type == PERSON and m.text == surface]
    assert found, f"{surface!r} not read as a person in {text!r}"
    return found


FAMILY = (
    "Melania Weston and her husband, Donald Weston, arrived in Ohio on Monday. "
    "Mrs. Weston visited a school. Later, Mr. Weston spoke to workers at a plant."
)


def test_a_title_picks_the_family_member_of_its_sex() -> None:
    text = FAMILY
    at_mrs, at_mr = text.index("Weston visited"), text.index("Weston spoke")
    people = {m.start: m.name for m in extract_entities(text) if m.type == PERSON}
    assert people[at_mrs] == "Melania Weston"
    assert people[at_mr] == "Donald Weston"


def test_without_a_title_the_first_named_is_kept() -> None:
    text = FAMILY.replace("Mrs. Weston", "Weston").replace("Mr. Weston", "Weston")
    assert set(_names_of(text, "Weston")) == {"Melania Weston"}


def test_one_person_of_the_other_sex_leaves_the_surname_unlinked() -> None:
    text = (
        "Elizabeth Hartley opened the gallery in Leeds on Tuesday. "
        "Mr. Hartley, her husband, said the building had cost a great deal."
    )
    assert _names_of(text, "Hartley") == ["Hartley"]
    same_sex = text.replace("Mr. Hartley, her husband", "Mrs. Hartley, the owner")
    assert _names_of(same_sex, "Hartley") == ["Elizabeth Hartley"]


PEOPLE = [("a", "Donald Weston"), ("b", "Melania Weston")]


@pytest.mark.parametrize(
    ("people", "title", "expected"),
    [
        (PEOPLE, "Mrs. ", ("b", "Melania Weston")),
        (PEOPLE, "Mr ", ("a", "Donald Weston")),
        (PEOPLE, "Ms ", ("b", "Melania Weston")),
        (PEOPLE, "Senator ", ("a", "Donald Weston")),  # no sex: the first
        ([("a", "Moazzam Weston"), ("b", "Azmat Weston")], "Mr ", ("a", "Moazzam Weston")),
        ([("a", "Joss Weston")], "Ms ", ("a", "Joss Weston")),  # a rare name: kept
        ([("a", "Michael Weston")], "Mrs ", None),
    ],
)
def test_choose(people: list[tuple[str, str]], title: str, expected: object) -> None:
    text = f"Reporters asked {title}Weston."
    namesakes = [Namesake(entity_id, name, ()) for entity_id, name in people]
    assert choose(namesakes, text, text.index("Weston")) == expected


def test_the_dictionary_gives_sexes_and_frequencies() -> None:
    sexes = given_name_sexes()
    assert sexes["Michael"][0] == "M" and sexes["Elizabeth"][0] == "F"
    assert sexes["Michael"][1] >= 4 and sexes["Joss"][1] < 4
