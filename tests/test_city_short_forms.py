"""A big city's short form in capitals is that city ("LA", "L.A.", "NYC";
index/extract/city_short_forms.py), on short texts written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.records import ORG, PLACE


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.entity_id) for m in extract_entities(text)}


@pytest.mark.parametrize(
    ("text", "surface", "entity_id"),
    [
        ("She flew to LA on Monday with her friends.", "LA", "lusangalas@US"),
        ("They were seen at a restaurant in L.A. on Sunday night.", "L.A.", "lusangalas@US"),
        ("She opened a small shop in NYC last year.", "NYC", "nawyurkiti@US"),
    ],
)
def test_a_city_s_short_form_is_the_city(text: str, surface: str, entity_id: str) -> None:
    assert _found(text)[surface] == (PLACE, entity_id)


def test_a_postal_code_after_a_town_stays_the_state() -> None:
    found = _found("Write to the office at 12 Canal Street, New Orleans, LA 70112.")
    assert found["LA"] == (PLACE, "luisiana@US")


def test_a_short_form_in_quotes_is_left_alone() -> None:
    found = _found('The label boss Antonio "LA" Reid signed her in 2004.')
    assert found.get("LA", (ORG, ""))[1] != "lusangalas@US"


# A place's initials (with_place_initials).


@pytest.mark.parametrize(
    ("text", "surface", "entity_id"),
    [
        (
            "Papua New Guinea will hold a census next year. PNG's population has grown fast.",
            "PNG",
            "papuanawguinea@PG",
        ),
        (
            "Rain fell across Khyber Pakhtunkhwa overnight. KP's districts were hit hardest.",
            "KP",
            "kibarpaktunkwa@PK",
        ),
        ("Fighting flared again near Goma. Citizens of the DRC fled east.", "DRC", None),
    ],
)
def test_a_place_s_initials_are_the_place(text: str, surface: str, entity_id: str | None) -> None:
    kind, found_id = _found(text)[surface]
    assert kind == PLACE
    assert entity_id is None or found_id == entity_id


def test_initials_a_body_s_name_gives_stay_the_body() -> None:
    found = _found(
        "The Kestrel Ports Authority (KPA) said on Monday that the KPA would open a new berth."
    )
    assert found["KPA"][0] == ORG


def test_initials_of_a_country_that_spell_a_word_are_left() -> None:
    found = _found("The CAR unit said it would report to the ministry.")
    assert found.get("CAR", (ORG,))[0] != PLACE


def test_initials_used_as_a_body_s_stay() -> None:
    found = _found(
        "The hedge fund TCI opposed the takeover. TCI said the offer for the exchange was too high."
    )
    assert found.get("TCI", (ORG,))[0] != PLACE


def test_initials_after_a_verb_of_saying_are_still_the_place() -> None:
    found = _found(
        "Papua New Guinea hosted the talks. The prime minister says PNG, Fiji and Tonga"
        " will push for a deal."
    )
    assert found["PNG"] == (PLACE, "papuanawguinea@PG")
