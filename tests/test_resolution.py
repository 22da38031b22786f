"""Issue 14 item 1: resolving filter values never trades a known exact name for a key match."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import hit_ids, run_index, run_search, write_jsonl

RECORDS: list[dict[str, Any]] = [
    {"id": "r1", "title": "Port", "body": "Ships docked at Piraeus, Greece, on Monday."},
    {"id": "r2", "title": "Talks", "body": "Ministers met in Paris, France, on Tuesday."},
    {"id": "r3", "title": "Budget", "body": "President Ronald Reagan said the budget would pass."},
    {"id": "r4", "title": "Staff", "body": "Chief of staff Donald Regan said he would stay."},
    {"id": "r5", "title": "Iran", "body": "Ayatollah Ruhollah Khomeini said the war goes on."},
    {"id": "r6", "title": "Iran", "body": "President Ali Khamenei said Iran was ready."},
    {"id": "r7", "title": "Syria", "body": "Troops entered the town of Maarat al-Numan in Syria."},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("resolution")
    source = write_jsonl(root / "articles.jsonl", RECORDS)
    result = run_index(str(source), "--index", str(root / "index"), "--quiet")
    assert result.exit_code == 0, (result.output, result.exception)
    return root / "index"


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("--place", "Piraeus", {"r1"}),
        ("--place", "Paris", {"r2"}),
        ("--person", "Reagan", {"r3"}),
        ("--person", "Regan", {"r4"}),
        ("--person", "Khomeini", {"r5"}),
        ("--person", "Khamenei", {"r6"}),
    ],
)
def test_look_alike_names_find_only_their_own_articles(
    index_dir: Path, option: str, value: str, expected: set[str]
) -> None:
    assert hit_ids(index_dir, option, value) == expected


def test_a_transliteration_still_finds_the_place(index_dir: Path) -> None:
    assert hit_ids(index_dir, "--place", "Maaret al-Nouman") == {"r7"}


def test_explain_names_the_rule_that_joined(index_dir: Path) -> None:
    result = run_search(index_dir, "--place", "Piraeus", "--place", "Maaret al-Nouman", "--explain")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(
        line.startswith("--place 'Piraeus' → Piraeus") and "[exact name]" in line for line in lines
    )
    variant = [line for line in lines if line.startswith("--place 'Maaret al-Nouman'")]
    assert variant and "[spelling variant, same name key as 'Maarat al-Numan']" in variant[0]
