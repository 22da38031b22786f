"""One query language, the same meaning in both engines: every query of the
README's syntax table finds the same articles with tantivy as with Whoosh, and
the same strict errors."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import REPO, hit_ids, run_search

README = (REPO / "README.md").read_text(encoding="utf-8")


def syntax_table_queries() -> list[str]:
    """The example queries of the README's query syntax table (not templates)."""
    section = README.split("### Query syntax", 1)[1].split("\n\n", 2)[1]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    examples = [e for row in rows for e in re.findall(r"`([^`]+)`", row.split(" | ")[0])]
    return [e for e in examples if "..." not in e]


QUERIES = syntax_table_queries()


def argv_of(example: str) -> list[str]:
    """A table example as a command's arguments: the query, then any options."""
    query, *options = example.split(" --")
    return [query, *(f"--{option}" for option in options)]


def test_the_table_has_every_kind_of_query() -> None:
    joined = " ".join(QUERIES)
    for piece in ('"', " OR ", " NOT ", " -", "(", "title:", "place:", "*", '"~', "~1", "--any"):
        assert piece in joined, piece


@pytest.mark.parametrize("query", QUERIES)
def test_each_syntax_table_row_finds_the_same_articles_in_both_engines(
    seed_indexes: Callable[[str], Path], query: str
) -> None:
    argv = argv_of(query)
    found = {engine: hit_ids(seed_indexes(engine), *argv) for engine in ("tantivy", "whoosh")}
    assert found["tantivy"] == found["whoosh"], query


# Each kind of query again, with words the seeds hold (some README examples find
# nothing in the five seeds, and empty answers agree too easily).
ON_THE_SEEDS = [
    "Idlib NOT Hama",
    "Idlib -Hama",
    "-Hama",
    "Kalin~1",
    '"regime forces"~2',
    '"forces regime"~2',
    "title:(Idlib OR Syrian)",
    "place:Morek OR person:Kalin",
    "Idlib AND Hama",
    '"civil war" OR ceasefire',
    "convoy*",
    "Russia +Morek --any",
]


@pytest.mark.parametrize("query", ON_THE_SEEDS)
def test_each_kind_of_query_finds_the_same_articles_on_the_seeds(
    seed_indexes: Callable[[str], Path], query: str
) -> None:
    argv = argv_of(query)
    found = {engine: hit_ids(seed_indexes(engine), *argv) for engine in ("tantivy", "whoosh")}
    assert found["tantivy"], query
    assert found["tantivy"] == found["whoosh"], query


@pytest.mark.parametrize(
    "query",
    ['"observation post', "Idlib OR", "ob*ervation", "title:", "Morek~3", '"a b"~', "(x"],
)
def test_the_same_strict_errors_in_both_engines(
    seed_indexes: Callable[[str], Path], query: str
) -> None:
    errors = {}
    for engine in ("tantivy", "whoosh"):
        result = run_search(seed_indexes(engine), "--", query)
        assert result.exit_code == 2, (engine, result.output)
        errors[engine] = result.stderr
    assert errors["tantivy"] == errors["whoosh"]
