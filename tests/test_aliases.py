"""The alias file at index time and at query time, never_merge, its errors, --explain.

On short articles written for these tests: Erdogan under three spellings the
name key cannot join, and two different men whose names share one name key.
"""

from __future__ import annotations

import json
import shutil
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

RECORDS: list[dict[str, Any]] = [
    {"id": "e1", "title": "Visit", "body": "Turkish President Tayyip Erdogan spoke in Ankara."},
    {
        "id": "e2",
        "title": "Speech",
        "body": "President Recep Tayyip Erdogan said Turkey would act.",
    },
    {"id": "e3", "title": "Reply", "body": "The cleric Hamed Rouhani met officials in Tehran."},
    {"id": "e4", "title": "Sermon", "body": "The cleric Hamad Rouhani spoke in Qom, Iran."},
]
ALIASES = """\
# Spellings the name key cannot join, and two men it would.
[[entity]]
type = "person"
name = "Recep Tayyip Erdogan"
aliases = ["Tayyip Erdogan", "R. T. Erdogan"]

[[never_merge]]
type = "person"
names = ["Hamed Rouhani", "Hamad Rouhani"]
"""


def build(root: Path, *options: str) -> Path:
    source = write_jsonl(root / "articles.jsonl", RECORDS)
    result = run_index(str(source), "--index", str(root / "index"), "--quiet", *options)
    assert result.exit_code == 0, (result.output, result.exception)
    return root / "index"


@pytest.fixture(scope="module")
def alias_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("alias-file") / "my-aliases.toml"
    path.write_text(ALIASES, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def aliased_index(tmp_path_factory: pytest.TempPathFactory, alias_file: Path) -> Path:
    return build(tmp_path_factory.mktemp("aliased"), "--aliases", str(alias_file))


@pytest.fixture(scope="module")
def plain_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("plain"))


def person_ids(index_dir: Path) -> dict[str, list[str]]:
    return {doc["id"]: doc["entities"].get("PERSON", []) for doc in stored_documents(index_dir)}


def test_without_the_file_the_spellings_stay_apart(plain_index: Path) -> None:
    ids = person_ids(plain_index)
    assert ids["e1"] != ids["e2"]
    assert ids["e3"] == ids["e4"]  # the name key cannot tell these two men apart


def test_aliases_join_at_index_time(aliased_index: Path) -> None:
    ids = person_ids(aliased_index)
    assert ids["e1"] == ids["e2"]
    people = search_json(aliased_index, "--facets")["facets"]["person"]
    erdogan = [p for p in people if "Erdogan" in p["value"]]
    assert [(p["value"], p["count"]) for p in erdogan] == [("Recep Tayyip Erdogan", 2)]


def test_never_merge_keeps_the_names_apart(aliased_index: Path) -> None:
    ids = person_ids(aliased_index)
    assert ids["e3"] != ids["e4"]
    assert hit_ids(aliased_index, "--person", "Hamed Rouhani") == {"e3"}
    assert hit_ids(aliased_index, "--person", "Hamad Rouhani") == {"e4"}
    assert hit_ids(aliased_index, "--person", "Rouhani") == {"e3", "e4"}
    people = {p["value"] for p in search_json(aliased_index, "--facets")["facets"]["person"]}
    assert {"Hamed Rouhani", "Hamad Rouhani"} <= people


def test_the_file_is_kept_in_the_index_and_read_by_searches(
    aliased_index: Path, alias_file: Path
) -> None:
    assert (aliased_index / "aliases.toml").read_text(encoding="utf-8") == ALIASES
    # "R. T. Erdogan" is in no article: only the alias file knows it.
    assert hit_ids(aliased_index, "--person", "R. T. Erdogan") == {"e1", "e2"}


def test_aliases_apply_at_query_time(plain_index: Path, alias_file: Path) -> None:
    result = run_search(plain_index, "--person", "R. T. Erdogan")
    assert_clean_error(result, 2, "no person")
    found = hit_ids(plain_index, "--person", "R. T. Erdogan", "--aliases", str(alias_file))
    assert found == {"e2"}  # the canonical name, as the index without aliases knows it


def test_search_aliases_environment_variable(plain_index: Path, alias_file: Path) -> None:
    result = run_search(
        plain_index, "--person", "R. T. Erdogan", "--json", env={"SEARCH_ALIASES": str(alias_file)}
    )
    assert result.exit_code == 0, result.output
    assert [hit["id"] for hit in json.loads(result.stdout)["hits"]] == ["e2"]


def test_a_changed_alias_file_reindexes_every_article(tmp_path: Path, alias_file: Path) -> None:
    index_dir = build(tmp_path, "--aliases", str(alias_file))
    source = str(tmp_path / "articles.jsonl")
    again = run_index(source, "--index", str(index_dir))
    assert "0 updated, 4 unchanged" in again.stderr  # the kept copy, unchanged
    changed = tmp_path / "changed.toml"
    changed.write_text(ALIASES.replace('"R. T. Erdogan"', '"RTE"'), encoding="utf-8")
    result = run_index(source, "--index", str(index_dir), "--aliases", str(changed))
    assert result.exit_code == 0, result.output
    assert "4 updated" in result.stderr
    assert hit_ids(index_dir, "--person", "RTE") == {"e1", "e2"}


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        ('[[entity]]\ntype = "person"\nname = "X"\naliases = ["a",\n', 4, "invalid"),
        ('[[entity]]\ntype = "person"\nname = "X"\n\n[[entity]]\ntype = "human"\n', 5, "type"),
        ('[[entity]]\ntype = "person"\nname = "X"\nalias = ["Y"]\n', 1, "unknown key 'alias'"),
        ('[[never_merge]]\ntype = "org"\nnames = ["Only One"]\n', 1, "at least two"),
        ('[entity]\ntype = "person"\n', 1, "[[entity]]"),
    ],
)
def test_malformed_alias_file_is_one_line_naming_file_and_line(
    tmp_path: Path, plain_index: Path, text: str, line: int, needle: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    for result in (
        run_index(str(tmp_path), "--index", str(tmp_path / "index"), "--aliases", str(bad)),
        run_search(plain_index, "--person", "Erdogan", "--aliases", str(bad)),
    ):
        assert_clean_error(result, 2, str(bad), f"line {line}", needle)


def test_missing_alias_file_is_an_error(plain_index: Path, tmp_path: Path) -> None:
    result = run_search(plain_index, "x", "--aliases", str(tmp_path / "none.toml"))
    assert_clean_error(result, 2, "none.toml")


def test_explain_says_how_each_value_resolved(aliased_index: Path, alias_file: Path) -> None:
    result = run_search(
        aliased_index,
        "spoke",
        *("--person", "Tayyip Erdogan", "--person", "Hamad Rouhani"),
        *("--person", "Rouhani", "--person", "recep tayyip erdogan", "--place", "Ankarah"),
        *("--place", "Qom, Iran", "--country", "Türkiye Cumhuriyeti", "--country", "tr"),
        "--explain",
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        "Query: spoke",
        "Parsed: (title:spoke OR body:spoke)",
        "Match: all of the words",
        "Engine: tantivy",
    ]
    assert "articles match" not in result.stdout  # --explain does not search
    expected = [
        "--place 'Ankarah' → Ankara (ankara@TR) [spelling variant, same name key as 'Ankara']",
        "--place 'Qom, Iran' → Qom (kum@IR) [exact name, in Iran]",
        "--person 'Tayyip Erdogan' → Recep Tayyip Erdogan (rakaptaiperdugan) "
        "[alias of [[entity]] 'Recep Tayyip Erdogan' (aliases.toml, line 2)]",
        "--person 'Hamad Rouhani' → Hamad Rouhani (hamadruhani~hamad-rouhani) "
        "[kept apart, a [[never_merge]] name of the alias file]",
        "--person 'Rouhani' → Hamad Rouhani (hamadruhani~hamad-rouhani), "
        "Hamed Rouhani (hamadruhani~hamed-rouhani) [surname]",
        "--person 'recep tayyip erdogan' → Recep Tayyip Erdogan (rakaptaiperdugan) [exact name]",
        "--country 'Türkiye Cumhuriyeti' → Turkey (TR) [country alias]",
        "--country 'tr' → Turkey (TR) [country code]",
    ]
    assert lines[4:] == expected


def test_explain_json(aliased_index: Path) -> None:
    data = search_json(aliased_index, "--person", "Tayyip Erdogan", "--explain")
    assert data["query"] == ""
    explain = data["explain"]
    assert explain["parsed"] == "" and explain["match"] == "all"
    (person,) = explain["filters"]
    assert person["option"] == "--person" and person["how"] == "alias"
    assert person["resolved"] == [{"value": "Recep Tayyip Erdogan", "id": "rakaptaiperdugan"}]
    assert "line 2" in person["detail"]


def test_explain_reports_a_value_that_matches_nothing(aliased_index: Path) -> None:
    result = run_search(aliased_index, "--person", "Nobody Atall", "--explain")
    assert_clean_error(result, 2, "no person")


def test_an_index_moved_keeps_its_alias_file(aliased_index: Path, tmp_path: Path) -> None:
    moved = tmp_path / "moved"
    shutil.copytree(aliased_index, moved)
    assert hit_ids(moved, "--person", "R. T. Erdogan") == {"e1", "e2"}
