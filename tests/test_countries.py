"""Places know their country: --country, "Tripoli, Lebanon", the roll-up by country.

On short articles written for these tests: two towns named Tripoli (Lebanon,
Libya), a French and an American article, and one with no place at all.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    assert_clean_error,
    hit_ids,
    run_index,
    run_search,
    search_json,
    stored_documents,
    write_jsonl,
)

from index.extract.entities import extract_entities
from index.names import fold_name

RECORDS: list[dict[str, Any]] = [
    {
        "id": "lb",
        "title": "Clashes in the north",
        "body": "Clashes broke out in Tripoli, Lebanon, on Monday.",
    },
    {
        "id": "ly",
        "title": "Militias fight",
        "body": "Militias fought in Tripoli, Libya, on Monday.",
    },
    {
        "id": "fr",
        "title": "Strikes spread",
        "body": "Unions marched through Lyon, France, on Monday.",
    },
    {
        "id": "us",
        "title": "Storm warning",
        "body": "A storm hit Texas in the United States on Tuesday.",
    },
    {"id": "none", "title": "Quiet day", "body": "Nothing much happened on Wednesday at all."},
]


@pytest.fixture(scope="module")
def country_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("countries")
    source = write_jsonl(root / "articles.jsonl", RECORDS)
    result = run_index(str(source), "--index", str(root / "index"), "--quiet")
    assert result.exit_code == 0, (result.output, result.exception)
    return root / "index"


def place_countries(index_dir: Path) -> dict[str, set[str]]:
    """Oracle: each article's countries, from the place ids stored with it."""
    return {
        doc["id"]: {i.rpartition("@")[2] for i in doc["entities"].get("PLACE", []) if "@" in i}
        for doc in stored_documents(index_dir)
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Lebanon", {"lb"}),
        ("LB", {"lb"}),
        ("lb", {"lb"}),
        ("Libya", {"ly"}),
        ("U.S.", {"us"}),
        ("United States of America", {"us"}),
        ("fr", {"fr"}),
    ],
)
def test_country_filter_finds_places_in_that_country(
    country_index: Path, value: str, expected: set[str]
) -> None:
    assert hit_ids(country_index, "--country", value) == expected


def test_country_filter_equals_an_oracle_over_the_stored_places(country_index: Path) -> None:
    countries = place_countries(country_index)
    for code in ("LB", "LY", "FR", "US"):
        expected = {article for article, found in countries.items() if code in found}
        assert hit_ids(country_index, "--country", code) == expected, code


def test_repeated_country_is_any_of_them(country_index: Path) -> None:
    assert hit_ids(country_index, "--country", "Lebanon", "--country", "Libya") == {"lb", "ly"}


def test_country_with_no_articles_matches_nothing(country_index: Path) -> None:
    data = search_json(country_index, "--country", "Britain")
    assert data["total"] == 0
    assert data["filters"] == {"country": ["United Kingdom"]}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tripoli, LB", {"lb"}),
        ("Tripoli, Lebanon", {"lb"}),
        ("Tripoli,lb", {"lb"}),
        ("Tripoli, Libya", {"ly"}),
        ("Tripoli", {"lb", "ly"}),
    ],
)
def test_a_place_can_be_restricted_to_a_country(
    country_index: Path, value: str, expected: set[str]
) -> None:
    assert hit_ids(country_index, "--place", value) == expected


def test_place_in_the_wrong_country_names_where_it_is_known(country_index: Path) -> None:
    result = run_search(country_index, "--place", "Tripoli, France")
    line = assert_clean_error(result, 2, "Tripoli", "France")
    assert "Lebanon" in line and "Libya" in line


def test_unknown_country_suggests_the_nearest(country_index: Path) -> None:
    result = run_search(country_index, "--country", "Frnace")
    assert_clean_error(result, 2, "--country 'Frnace'", "did you mean 'France'")


def test_country_facet_counts_equal_a_counter(country_index: Path) -> None:
    facets = search_json(country_index, "--facets")["facets"]
    expected = Counter(code for found in place_countries(country_index).values() for code in found)
    assert {f["id"]: f["count"] for f in facets["country"]} == dict(expected)
    names = {f["id"]: f["value"] for f in facets["country"]}
    assert names["US"] == "United States" and names["LB"] == "Lebanon"


def test_country_facet_counts_only_the_matches(country_index: Path) -> None:
    facets = search_json(country_index, "Monday")["facets"]
    assert {f["id"]: f["count"] for f in facets["country"]} == {"LB": 1, "LY": 1, "FR": 1}


@pytest.mark.parametrize("flag", ["--by-country", "--facets-by-country"])
def test_by_country_shows_the_place_facet_as_countries(country_index: Path, flag: str) -> None:
    result = run_search(country_index, "--facets", flag)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert not any(line.startswith("Places:") for line in lines)
    countries = [line for line in lines if line.startswith("Countries:")]
    assert len(countries) == 1
    for name in ("Lebanon (1)", "Libya (1)", "France (1)", "United States (1)"):
        assert name in countries[0]


def test_without_by_country_the_places_are_listed(country_index: Path) -> None:
    result = run_search(country_index, "--facets")
    assert "Places: " in result.stdout and "Countries:" not in result.stdout


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Yugoslavia said it would pay its debts.", "Yugoslavia", "YU"),
        ("Czechoslovakia said it would pay its debts.", "Czechoslovakia", "CS"),
        ("The Federal Republic of Yugoslavia said so.", "Federal Republic of Yugoslavia", "YU"),
    ],
)
def test_historic_states_keep_their_own_codes(text: str, surface: str, code: str) -> None:
    """GeoNames reuses CS (Czechoslovakia's code, then Serbia and Montenegro's) and gives it
    Yugoslavia's names: each state keeps its own."""
    found = {text[m.start : m.end]: m.country for m in extract_entities(text)}
    assert found.get(surface) == code, found


def test_no_name_of_the_country_table_names_two_countries() -> None:
    """Each name or alias of index/data/countries.tsv (folded) names one country: a
    name given to two (GeoNames gave Czechoslovakia's reused code Yugoslavia's names)
    would show one country's articles under the other."""
    path = Path(__file__).resolve().parent.parent / "index" / "data" / "countries.tsv"
    owners: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        code, name, aliases, _demonyms = line.split("\t")
        for alias in [name, *filter(None, aliases.split("|"))]:
            owners.setdefault(fold_name(alias), set()).add(code)
    assert {n: c for n, c in owners.items() if len(c) > 1} == {}
