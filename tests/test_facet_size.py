"""Issue 15 item 4: --facet-size N (text and JSON), a filled source facet
(records' own sources, and search-index --source for records naming none), and
facets counted over every match whatever page is shown, saying so."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from editor_archive import RECORDS
from helpers import SEEDS, assert_clean_error, run_index, run_search, search_json

FACETS = ("place", "person", "org", "source", "speaker")


@pytest.mark.parametrize("size", [1, 2, 3])
def test_facet_size_lists_the_top_n_of_every_facet(editor_index: Path, size: int) -> None:
    small = search_json(editor_index, "--facets", "--source", "Reuters", "--facet-size", str(size))
    every = search_json(editor_index, "--facets", "--source", "Reuters", "--facet-size", "1000")
    assert small["facets"]["size"] == size and small["facets"]["scope"] == "all"
    for name in FACETS:
        full = every["facets"][name]
        assert small["facets"][name] == full[:size], name
    assert any(len(every["facets"][name]) > size for name in FACETS)


def test_facet_size_in_text(editor_index: Path) -> None:
    text = run_search(editor_index, "--facets", "Baker", "--facet-size", "1", "--color", "never")
    line = next(x for x in text.stdout.splitlines() if x.startswith("Sources:"))
    assert line.count("(") == 1
    wide = run_search(editor_index, "--facets", "Baker", "--facet-size", "9", "--color", "never")
    line = next(x for x in wide.stdout.splitlines() if x.startswith("Sources:"))
    assert line.count("(") == 2, "Reuters and Associated Press"


def test_the_source_facet_counts_each_records_source(editor_index: Path) -> None:
    data = search_json(editor_index, "--facets", "--since", "1900", "--facet-size", "50")
    expected = Counter(r["source"] for r in RECORDS if "date" in r)
    assert {v["value"]: v["count"] for v in data["facets"]["source"]} == dict(expected)


def test_search_index_source_fills_the_source_of_records_naming_none(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    result = run_index(str(SEEDS), "--index", str(index_dir), "--quiet", "--source", "Wire desk")
    assert result.exit_code == 0, result.output
    data = search_json(index_dir, "--facets")
    assert data["facets"]["source"] == [
        {"value": "Wire desk", "count": data["total"], "id": "wire desk"}
    ]
    assert search_json(index_dir, "--source", "wire desk", "--limit", "100")["total"] == 5


def test_search_index_source_keeps_a_records_own_source(tmp_path: Path) -> None:
    from helpers import write_jsonl

    records = [
        {"id": "a", "title": "Own", "body": "Grain prices rose.", "source": "Kyodo"},
        {"id": "b", "title": "None", "body": "Grain prices fell."},
    ]
    path = write_jsonl(tmp_path / "in.jsonl", records)
    index_dir = tmp_path / "index"
    assert run_index(str(path), "--index", str(index_dir), "-q", "--source", "Desk").exit_code == 0
    hits = search_json(index_dir, "grain")["hits"]
    assert {h["id"]: h["source"] for h in hits} == {"a": "Kyodo", "b": "Desk"}


def test_source_filter_on_an_index_without_sources_names_the_next_step(
    seed_index: Path,
) -> None:
    result = run_search(seed_index, "--source", "Reuters")
    assert_clean_error(result, 2, "names a source", "search-index --source")


def test_facets_count_every_match_not_only_the_page(editor_index: Path) -> None:
    whole = search_json(editor_index, "Baker", "--limit", "100")
    page = search_json(editor_index, "Baker", "--limit", "1", "--offset", "2")
    assert page["facets"] == whole["facets"]
    assert sum(v["count"] for v in page["facets"]["source"]) == page["total"]
    text = run_search(editor_index, "Baker", "--limit", "1", "--color", "never")
    assert f"Facets count all {page['total']} matching articles" in text.stdout
