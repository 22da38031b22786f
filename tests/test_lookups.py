"""The lookup file's reads: several types' names in one query give what a query per
type gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from search.store import open_store


def _ids(entity_table: dict[str, dict[str, dict[str, Any]]]) -> dict[str, list[str]]:
    return {kind: list(entries) for kind, entries in entity_table.items()}


def test_names_by_kind_equal_a_lookup_per_kind(
    seed_index: Path, entity_table: dict[str, dict[str, dict[str, Any]]]
) -> None:
    wanted = {kind: [*ids, "no-such-id"] for kind, ids in _ids(entity_table).items()}
    assert len(wanted) >= 3  # places, people and organisations in the seeds
    with open_store(seed_index) as store:
        expected = {kind: store.lookups.entity_names(kind, ids) for kind, ids in wanted.items()}
        assert store.names_by_kind(wanted) == expected
        assert all(expected[kind] for kind in wanted)  # every type found something


def test_names_by_kind_over_the_parameter_limit(
    seed_index: Path, entity_table: dict[str, dict[str, dict[str, Any]]]
) -> None:
    """Over 500 ids in all, each type is asked for in its own chunks, with the same answer."""
    by_kind = _ids(entity_table)
    wanted = {kind: ids + [f"missing-{n}" for n in range(300)] for kind, ids in by_kind.items()}
    with open_store(seed_index) as store:
        expected = {kind: store.lookups.entity_names(kind, ids) for kind, ids in wanted.items()}
        assert store.names_by_kind(wanted) == expected
        assert store.names_by_kind({kind: [] for kind in wanted}) == {k: {} for k in wanted}
