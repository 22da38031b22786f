""" "General" opening a name ("General Electric Co") against a general's title
("General Zia"): ``index.extract.chunks``."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.records import ORG, PERSON


def found(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in extract_entities(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("General Electric Co said it would buy the unit.", "General Electric Co"),
        ("The General Accounting Office said costs rose.", "General Accounting Office"),
        ("Talks under the General Agreement on Tariffs and Trade resume.", "General Agreement"),
    ],
)
def test_general_before_a_common_noun_opens_the_name(text: str, name: str) -> None:
    names = found(text)
    assert any(kind == ORG and surface.startswith(name) for kind, surface in names), names
    assert not any(kind == PERSON for kind, _ in names), names


def test_a_name_wrapped_after_general_is_no_person() -> None:
    names = found("Talks under the General\nAgreement on Tariffs and Trade resume.")
    assert not any(kind == PERSON for kind, _ in names), names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("General Zia said the army would stay.", "Zia"),
        ("Army chief General Rose said the army would stay.", "Rose"),
        ("Attorney General Edwin Meese said the inquiry goes on.", "Edwin Meese"),
    ],
)
def test_general_before_a_name_stays_a_title(text: str, person: str) -> None:
    assert (PERSON, person) in found(text)
