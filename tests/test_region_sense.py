"""A state or province read as an organisation is the place outside sports reports
(index.extract.region_sense). All text here is written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.extract.gazetteer import load_gazetteer
from index.extract.linking import Draft
from index.extract.region_sense import regions_as_places
from index.names import name_key


def _draft(text: str, surface: str, kind: str | None, cc: str | None = None) -> Draft:
    start = text.index(surface)
    key = f"{name_key(surface)}@{cc}" if cc else name_key(surface)
    draft = Draft(start, start + len(surface), kind, surface, tuple(surface.split()), key, surface)
    draft.country = cc
    return draft


def _read(text: str, drafts: list[Draft]) -> list[tuple[str, str | None, str]]:
    regions_as_places(text, drafts, load_gazetteer())
    return [(d.text, d.type, d.entity_id) for d in drafts]


def _salmon(extra: str = "") -> tuple[str, list[Draft]]:
    text = f"Boats left Portland for the coast off Oregon on Monday.{extra}"
    return text, [_draft(text, "Portland", "PLACE", "US"), _draft(text, "Oregon", "ORG")]


def test_a_state_read_as_an_organisation_is_the_state_where_its_country_is_named() -> None:
    text, drafts = _salmon()
    assert _read(text, drafts)[1] == ("Oregon", "PLACE", f"{name_key('Oregon')}@US")


@pytest.mark.parametrize(
    "extra",
    [
        " Wisconsin beat Oregon 61-58 in the quarterfinal.",
        "\nTexas 10 CLEVELAND 8\n",
        "\nEssex 13 7 2 4 45 43 212\n",
        " The coach was pleased.",
    ],
)
def test_in_a_sports_report_the_state_may_be_a_team_and_stays(extra: str) -> None:
    text, drafts = _salmon(extra)
    assert _read(text, drafts)[1][1] == "ORG"


def test_prices_and_fractions_are_no_score() -> None:
    text, drafts = _salmon(" Shares rose 3-1/8 to 63-3/4; the 1986-87 crop was sold.")
    assert _read(text, drafts)[1][1] == "PLACE"


def test_without_another_place_of_its_country_it_stays() -> None:
    text = "Critics in Lyon praised the Cesar nominations; Cesar voters meet soon."
    drafts = [_draft(text, "Lyon", "PLACE", "FR"), _draft(text, "Cesar", "ORG")]
    assert _read(text, drafts)[1][1] == "ORG"


def test_a_name_that_speaks_or_opens_an_organisation_stays() -> None:
    text = "Farms near Havana suffered. Granma said the harvest failed."
    drafts = [_draft(text, "Havana", "PLACE", "CU"), _draft(text, "Granma", "ORG")]
    assert _read(text, drafts)[1][1] == "ORG"
    text = "Michigan General, of Detroit, lost money. Michigan's lenders waited."
    general = _draft(text, "Michigan General", "ORG")
    lone = Draft(text.index("Michigan's"), text.index("'s lenders"), "ORG", "Michigan",
                 ("Michigan",), "michigan", "Michigan")  # fmt: skip
    drafts = [general, _draft(text, "Detroit", "PLACE", "US"), lone]
    assert _read(text, drafts)[2][1] == "ORG"


def test_a_region_named_like_a_big_city_or_a_common_word_stays() -> None:
    text = "Fans in Manchester cheered Liverpool and Delta."
    drafts = [
        _draft(text, "Manchester", "PLACE", "GB"),
        _draft(text, "Liverpool", "ORG"),
        _draft(text, "Delta", "ORG"),
    ]
    assert [kind for _, kind, _ in _read(text, drafts)] == ["PLACE", "ORG", "ORG"]


def test_a_lone_name_before_the_region_and_its_comma_is_no_person() -> None:
    text = "Mr Ide, 34, from Quibbleton, Gloucestershire, met voters in Bristol."
    drafts = [
        _draft(text, "Quibbleton", "PERSON"),
        _draft(text, "Gloucestershire", "ORG"),
        _draft(text, "Bristol", "PLACE", "GB"),
    ]
    out = _read(text, drafts)
    assert out[0][1] is None and out[1][1] == "PLACE"


def test_states_in_a_weather_report_are_places() -> None:
    text = (
        "Rain spread from Portland into northwest Oregon overnight, and snow fell over "
        "central Texas and Oklahoma."
    )
    places = {m.text for m in extract_entities(text) if m.type == "PLACE"}
    assert {"Oregon", "Texas", "Oklahoma"} <= places
