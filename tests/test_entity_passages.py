"""Entity filters reach down to passages, and short forms join their full names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_index, search_json

ARTICLES = [
    {
        "id": "a1",
        "title": "President Halvard Brennmoe visits the north",
        "body": (
            "The visit began with a speech about farming subsidies and rural roads.\n\n"
            "Officials spent the morning discussing budgets and the harvest outlook.\n\n"
            "Later the convoy arrived in Tromso, where fishermen protested about quotas.\n\n"
            "Brennmoe promised to return before the winter."
        ),
    },
    {
        "id": "a2",
        "title": "Quota talks stall",
        "body": (
            "Negotiators met again without agreement on the new fishing quotas.\n\n"
            "In Tromso the harbour was quiet, and Brennmoe declined to comment."
        ),
    },
]


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("entity-passages")
    source = folder / "articles.jsonl"
    source.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    index_dir = folder / "index"
    result = run_index(str(source), "--index", str(index_dir))
    assert result.exit_code == 0, result.output
    return index_dir


def highlighted(passage: dict[str, object]) -> list[str]:
    text = str(passage["text"])
    return [text[s["start"] : s["end"]] for s in passage["highlights"]]  # type: ignore[attr-defined,index]


def test_filter_without_query_shows_the_passage_naming_the_place(small_index: Path) -> None:
    data = search_json(small_index, "--place", "Tromsø", "--passages", "1")
    by_id = {hit["id"]: hit for hit in data["hits"]}
    assert set(by_id) == {"a1", "a2"}
    (passage,) = by_id["a1"]["passages"]
    assert "Tromso" in passage["text"]
    assert highlighted(passage) == ["Tromso"]


def test_filter_with_query_prefers_a_passage_holding_both(small_index: Path) -> None:
    data = search_json(small_index, "quotas", "--place", "Tromso", "--passages", "1")
    by_id = {hit["id"]: hit for hit in data["hits"]}
    (passage,) = by_id["a1"]["passages"]
    assert "Tromso" in passage["text"] and "quotas" in passage["text"]


def test_surname_in_body_joins_full_name_in_title(small_index: Path) -> None:
    data = search_json(small_index, "--facets", "--person", "Brennmoe")
    people = {value["value"]: value["count"] for value in data["facets"]["person"]}
    # a1's "Brennmoe" is Halvard Brennmoe, named in its title; a2 names the surname
    # alone, which stays a person of its own (no article-crossing guess): the filter finds
    # both articles, and the facet lists no person named by one word only
    # (search.one_word_people).
    assert data["total"] == 2
    assert people == {"Halvard Brennmoe": 1}
