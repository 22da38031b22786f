"""Acceptance items 5 and 8: facets built at index time, variant spellings
merged, and counts over every matching article.

Expected counts are computed with a Counter over the documents stored in the
Whoosh index (read with whoosh directly) or over the raw seed files.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    ARCHIVE_RECORDS,
    RawArticle,
    hit_ids,
    matching,
    run_search,
    search_json,
    stored_documents,
)

from search.engine import search
from search.models import Filters, SearchRequest, SearchResponse
from search.store import Store, open_store

PLACE_SPELLINGS = ("Maarat al-Numan", "Maaret al-Nouman", "Marat al-Numan")
PERSON_SPELLINGS = ("Rami Abdel Rahman", "Rami Abdulrahman")
KINDS = {"place": "PLACE", "person": "PERSON", "org": "ORG"}
FACET_SIZE = 5  # entries shown per entity and source facet


@pytest.fixture
def store(seed_index: Path) -> Iterator[Store]:
    opened = open_store(seed_index)
    yield opened
    opened.close()


def full_facets(store: Store, **filters: Any) -> SearchResponse:
    """Every facet value, not only the top few the CLI prints."""
    request = SearchRequest(query="", filters=Filters(**filters), limit=1000, facet_size=1000)
    return search(store, request)


def either(spellings: tuple[str, ...]) -> str:
    return "|".join(re.escape(s) for s in spellings)


def stored_by_id(index_dir: Path) -> dict[str, dict[str, Any]]:
    return {doc["id"]: doc for doc in stored_documents(index_dir)}


def month_of(doc: dict[str, Any]) -> str:
    published = doc.get("published")
    return published[:7] if published else "undated"


def expected_facets(docs: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    counted: dict[str, Counter[str]] = {
        facet: Counter(
            entity_id for doc in docs for entity_id in (doc["entities"] or {}).get(kind, ())
        )
        for facet, kind in KINDS.items()
    }
    counted["source"] = Counter(doc["source"].casefold() for doc in docs if doc.get("source"))
    counted["month"] = Counter(month_of(doc) for doc in docs)
    return counted


def assert_facets_match(
    facets: dict[str, list[dict[str, Any]]],
    docs: list[dict[str, Any]],
    table: dict[str, dict[str, dict[str, Any]]],
) -> None:
    expected = expected_facets(docs)
    for facet in (*KINDS, "source"):
        shown = facets[facet]
        counter = expected[facet]
        assert len(shown) == min(FACET_SIZE, len(counter)), facet
        assert {v["id"]: v["count"] for v in shown}.items() <= counter.items(), facet
        top_counts = sorted(counter.values(), reverse=True)[: len(shown)]
        assert [v["count"] for v in shown] == top_counts, facet
        if facet in KINDS:
            names = table.get(KINDS[facet], {})
            assert [v["value"] for v in shown] == [names[v["id"]]["name"] for v in shown]
    months = {v["value"]: v["count"] for v in facets["month"]}
    assert months == dict(expected["month"])


# --------------------------------------------------------------------------- variant spellings


@pytest.mark.parametrize(
    "typed", [*PLACE_SPELLINGS, "maarat al-numan", "MARAT AL NUMAN", "Maaret al Nouman"]
)
def test_each_spelling_of_a_place_selects_the_same_articles(
    seed_index: Path, raw_seeds: dict[str, RawArticle], typed: str
) -> None:
    expected = matching(raw_seeds, either(PLACE_SPELLINGS))
    assert len(expected) >= 3
    assert hit_ids(seed_index, "--place", typed) == expected


@pytest.mark.parametrize("typed", [*PERSON_SPELLINGS, "rami abdel rahman", "RAMI ABDULRAHMAN"])
def test_each_spelling_of_a_person_selects_the_same_articles(
    seed_index: Path, raw_seeds: dict[str, RawArticle], typed: str
) -> None:
    expected = matching(raw_seeds, either(PERSON_SPELLINGS))
    assert len(expected) >= 3
    assert hit_ids(seed_index, "--person", typed) == expected


@pytest.mark.parametrize(
    ("kind", "spellings"), [("PLACE", PLACE_SPELLINGS), ("PERSON", PERSON_SPELLINGS)]
)
def test_index_holds_one_entity_for_all_spellings(
    entity_table: dict[str, dict[str, dict[str, Any]]], kind: str, spellings: tuple[str, ...]
) -> None:
    holders = [
        (entity_kind, entity_id)
        for entity_kind, entities in entity_table.items()
        for entity_id, entry in entities.items()
        if set(entry["variants"]) & set(spellings)
    ]
    assert len(holders) == 1, holders
    entity_kind, entity_id = holders[0]
    assert entity_kind == kind
    assert set(spellings) <= set(entity_table[kind][entity_id]["variants"])


@pytest.mark.parametrize(
    ("facet", "filter_name", "spellings"),
    [("place", "places", PLACE_SPELLINGS), ("person", "people", PERSON_SPELLINGS)],
)
def test_facet_lists_one_entry_for_all_spellings(
    store: Store,
    raw_seeds: dict[str, RawArticle],
    facet: str,
    filter_name: str,
    spellings: tuple[str, ...],
) -> None:
    expected = matching(raw_seeds, either(spellings))
    for typed in spellings:
        response = full_facets(store, **{filter_name: (typed,)})
        assert {hit.id for hit in response.hits} == expected
        entries = [v for v in getattr(response.facets, facet) if v.value in spellings]
        assert len(entries) == 1, entries
        assert entries[0].count == len(expected)


def test_each_hit_lists_a_merged_name_once(seed_index: Path) -> None:
    data = search_json(seed_index, "--place", PLACE_SPELLINGS[1], "--limit", "100")
    assert data["hits"]
    for hit in data["hits"]:
        places = hit["entities"].get("place", [])
        assert len([name for name in places if name in PLACE_SPELLINGS]) == 1, places


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize(
    ("argv", "patterns"),
    [
        (["Idlib"], [r"\bIdlib\b"]),
        (["observation post"], [r"\bobservation\s+posts?\b"]),
        (["Turkish", "convoy"], [r"\bTurkish\b", r"\bconvoys?\b"]),
        (["--facets"], []),
    ],
)
def test_facet_counts_equal_a_counter_over_the_stored_documents(
    seed_index: Path,
    raw_seeds: dict[str, RawArticle],
    seed_documents: dict[str, dict[str, Any]],
    entity_table: dict[str, dict[str, dict[str, Any]]],
    argv: list[str],
    patterns: list[str],
) -> None:
    expected_ids = matching(raw_seeds, *patterns)
    data = search_json(seed_index, *argv, "--limit", "1")
    assert data["total"] == len(expected_ids)
    docs = [seed_documents[i] for i in sorted(expected_ids)]
    assert_facets_match(data["facets"], docs, entity_table)


def test_facet_counts_under_a_filter_equal_a_counter(
    seed_index: Path,
    seed_documents: dict[str, dict[str, Any]],
    entity_table: dict[str, dict[str, dict[str, Any]]],
) -> None:
    ids = hit_ids(seed_index, "--place", "Morek")
    assert ids
    data = search_json(seed_index, "--place", "Morek", "--limit", "1")
    assert_facets_match(data["facets"], [seed_documents[i] for i in ids], entity_table)


@pytest.mark.parametrize("query", [["Idlib"], ["--place", "Idlib"], ["Syrian", "regime"]])
def test_facets_do_not_depend_on_the_page_size(seed_index: Path, query: list[str]) -> None:
    small = search_json(seed_index, *query, "--limit", "1")
    large = search_json(seed_index, *query, "--limit", "100")
    assert len(small["hits"]) == 1 < large["total"]
    assert small["total"] == large["total"]
    assert small["facets"] == large["facets"]


def test_source_facet_counts_sources(archive_index: Path) -> None:
    data = search_json(archive_index, "ceasefire", "--limit", "1")
    wire = [r for r in ARCHIVE_RECORDS if re.search(r"ceasefire", r["body"], re.IGNORECASE)]
    counter = Counter(r["source"] for r in wire)
    assert {v["value"]: v["count"] for v in data["facets"]["source"]} == dict(counter)
    months = Counter(r["date"][:7] if r["date"] else "undated" for r in wire)
    assert {v["value"]: v["count"] for v in data["facets"]["month"]} == dict(months)


def test_month_histogram_is_oldest_first_with_undated_last(archive_index: Path) -> None:
    months = [v["value"] for v in search_json(archive_index, "ceasefire")["facets"]["month"]]
    assert months[-1] == "undated"
    assert months[:-1] == sorted(months[:-1])


# ------------------------------------------------------------------- --facets on the terminal


def test_facets_flag_prints_only_counts(seed_index: Path, raw_seeds: dict[str, RawArticle]) -> None:
    ids = matching(raw_seeds, r"\bIdlib\b")
    result = run_search(seed_index, "Idlib", "--facets")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"{len(ids)} articles match" in out
    for article_id in ids:
        assert article_id not in out
        assert raw_seeds[article_id].title not in out
    assert "Places:" in out and "Published:" in out
    months = Counter(month_of(doc) for i, doc in stored_by_id(seed_index).items() if i in ids)
    for month, count in months.items():
        assert re.search(rf"^\s*{month} \S+ {count}$", out, re.MULTILINE), (month, out)


def test_terminal_facet_lines_show_the_json_counts(seed_index: Path) -> None:
    data = search_json(seed_index, "Idlib")
    out = run_search(seed_index, "Idlib", "--facets").stdout
    labels = {"place": "Places", "person": "People", "org": "Organisations"}
    assert data["facets"]["place"]
    for facet, label in labels.items():
        listed = " · ".join(f"{v['value']} ({v['count']})" for v in data["facets"][facet])
        if listed:
            assert f"{label}: {listed}" in out


def test_facets_flag_on_more_matches_than_a_page_prints_only_counts(archive_index: Path) -> None:
    wire = [r for r in ARCHIVE_RECORDS if re.search(r"\bceasefire\b", r["body"], re.IGNORECASE)]
    assert len(wire) > 10  # more than the default --limit
    result = run_search(archive_index, "ceasefire", "--facets")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"{len(wire)} articles match"  # no "showing the top 10"
    for record in wire:
        assert record["id"] not in result.stdout and record["title"] not in result.stdout
    data = search_json(archive_index, "ceasefire", "--facets")
    assert data["total"] == len(wire)
    assert data["facets"] == search_json(archive_index, "ceasefire", "--limit", "1")["facets"]


def test_facets_flag_says_when_it_counts_articles_with_any_word(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    assert matching(raw_seeds, r"\bzebra") == set()
    morek = matching(raw_seeds, r"\bMorek\b")
    lines = run_search(seed_index, "Morek", "zebra", "--facets").stdout.splitlines()
    assert lines[0] == "No article has all of the words; counting articles with any of them."
    assert lines[1] == f"{len(morek)} articles match"
    assert search_json(seed_index, "Morek", "zebra", "--facets")["match"] == "any-fallback"
