"""Odd input a hostile test met: duplicate ids, a CSV quote never closed, alias
files that are pipes, devices, deeply nested or start with a byte-order mark,
and an index file that cannot be read. Each is a warning or one error line with
the documented exit code, never an internal error, a hang or a silent loss."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from as_user import Sandbox, permission_sandbox  # noqa: F401 - a fixture
from helpers import REPO, SEEDS, assert_clean_error, hit_ids, run_index, run_search, search_json

from index.read.articles import Problem, read_articles

SEARCH = "from search.cli import main; main()"


def read(*paths: Path) -> tuple[list[str], list[Problem]]:
    problems: list[Problem] = []
    ids = [article.id for article in read_articles(paths, problems.append)]
    return ids, problems


# --------------------------------------------------------------------------- duplicate ids


def test_a_duplicate_id_is_named_with_both_places_and_exit_6(tmp_path: Path) -> None:
    """1 and "1" are one id: the second record is not lost silently."""
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": 1, "title": "First", "body": "The quay reopened."},
        {"id": "1", "title": "Second", "body": "The quay closed again."},
        {"id": "2", "title": "Third", "body": "The quay was painted."},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    index_dir = tmp_path / "index"
    result = run_index(str(feed), "--index", str(index_dir))
    assert result.exit_code == 6, result.output
    assert f"{feed}:2: duplicate id: '1' was read from {feed}:1 already" in result.stderr
    assert "skipped 1 input(s): 1 duplicate id" in result.stderr
    assert hit_ids(index_dir, "quay") == {"1", "2"}
    assert search_json(index_dir, "--show", "1")["title"] == "First"


def test_a_duplicate_is_named_as_such_and_only_so(tmp_path: Path) -> None:
    """A record skipped as a duplicate is not also said to be indexed with a
    bad date; a 5,000-digit number is text like any other."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a", "body": "Quay", "date": "2020-01-01"}\n'
        '{"id": "a", "body": "Quay", "date": "yesterday"}\n'
        '{"id": "b", "title": 1' + "0" * 5000 + ', "body": "Quay"}\n',
        encoding="utf-8",
    )
    ids, problems = read(feed)
    assert ids == ["a", "b"]
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [(2, "duplicate id")]


def test_duplicate_ids_across_files_and_a_file_given_twice(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "same.txt").write_text(f"Quay {folder}\n\nText.", "utf-8")
    ids, problems = read(tmp_path / "a", tmp_path / "b", tmp_path / "a" / "same.txt")
    assert ids == ["same.txt"]  # the file given again is not read again
    assert [(Path(p.path).parent.name, p.line) for p in problems] == [("b", None)]
    assert "duplicate id: 'same.txt' was read from" in problems[0].message


def test_a_duplicate_id_does_not_keep_articles_removed_from_its_file(tmp_path: Path) -> None:
    """The file with a duplicate was read whole: an article gone from it is removed."""
    feed = tmp_path / "feed.jsonl"
    lines = [{"id": "a", "body": "Quay one"}, {"id": "b", "body": "Quay two"}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    index_dir = tmp_path / "index"
    assert run_index(str(feed), "--index", str(index_dir), "-q").exit_code == 0
    lines = [{"id": "a", "body": "Quay one"}, {"id": "a", "body": "Quay again"}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    result = run_index(str(feed), "--index", str(index_dir))
    assert result.exit_code == 6 and "1 removed" in result.stderr, result.stderr
    assert hit_ids(index_dir, "quay") == {"a"}


# --------------------------------------------------------------------------- CSV quotes


def test_a_csv_quote_never_closed_is_named_and_the_rows_after_it_are_read(
    tmp_path: Path,
) -> None:
    table = tmp_path / "export.csv"
    table.write_text(
        'id,title,body\nc1,One,Quay one\nc2,Two,"unclosed quay\nc3,Three,Quay three\n'
        "c4,Four,Quay four\n",
        encoding="utf-8",
    )
    ids, problems = read(table)
    assert ids == ["c1", "c3", "c4"]
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [
        (3, "a quoted field opened on this line is not closed where a field can end")
    ]


def test_a_csv_quote_closed_by_a_later_rows_quote_is_named(tmp_path: Path) -> None:
    table = tmp_path / "export.csv"
    table.write_text(
        'id,body\nc1,Quay one\nc2,"open\nc3,"Quay, three"\nc4,Quay four\nc5,"Two\nlines"\n',
        encoding="utf-8",
    )
    ids, problems = read(table)
    assert ids == ["c1", "c3", "c4", "c5"]  # a field of two lines, closed, is a field
    assert [p.line for p in problems] == [3]


def test_an_unclosed_csv_quote_is_exit_6_through_the_indexer(tmp_path: Path) -> None:
    table = tmp_path / "export.csv"
    table.write_text('id,body\nc1,Quay one\nc2,"unclosed\nc3,Quay three\n', encoding="utf-8")
    result = run_index(str(table), "--index", str(tmp_path / "index"))
    assert result.exit_code == 6, result.output
    assert f"{table}:3: a quoted field opened on this line is not closed" in result.stderr
    assert hit_ids(tmp_path / "index", "quay") == {"c1", "c3"}


# --------------------------------------------------------------------------- alias files


def search_in_own_process(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """search in a process of its own, so that a hang fails the test instead."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", SEARCH, *map(str, args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    index_dir = tmp_path_factory.mktemp("small") / "index"
    assert run_index(str(SEEDS), "--index", str(index_dir), "-q").exit_code == 0
    return index_dir


def test_an_alias_file_that_is_a_pipe_or_a_device_is_refused_not_read(
    small_index: Path, tmp_path: Path
) -> None:
    pipe = tmp_path / "aliases.toml"
    os.mkfifo(pipe)
    for given in (pipe, Path("/dev/zero")):
        done = search_in_own_process("assad", "--index", small_index, "--aliases", given)
        assert done.returncode == 2, done.stderr
        assert done.stderr == (
            f"search: error: the alias file {given} is not a regular file: "
            "give a TOML file, or remove it\n"
        )


def test_a_pipe_as_the_alias_file_kept_in_the_index_is_refused(
    small_index: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    shutil.copytree(small_index, index_dir)
    os.mkfifo(index_dir / "aliases.toml")
    done = search_in_own_process("assad", "--index", index_dir)
    assert done.returncode == 2, done.stderr
    assert f"{index_dir / 'aliases.toml'} is not a regular file" in done.stderr


def test_an_alias_file_nested_too_deeply_is_a_clear_error(
    small_index: Path, tmp_path: Path
) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    result = run_search(small_index, "assad", "--aliases", str(deep))
    assert_clean_error(result, 2, str(deep), "nested too deeply")
    result = run_index(str(SEEDS), "--index", str(tmp_path / "index"), "--aliases", str(deep))
    assert_clean_error(result, 2, str(deep), "nested too deeply")


def test_an_alias_file_with_a_byte_order_mark_is_read(small_index: Path, tmp_path: Path) -> None:
    marked = tmp_path / "aliases.toml"
    text = '[[entity]]\ntype = "person"\nname = "Rami Abdulrahman"\naliases = ["The Monitor"]\n'
    marked.write_bytes(b"\xef\xbb\xbf" + text.encode())
    data = search_json(small_index, "--person", "The Monitor", "--aliases", str(marked))
    assert data["total"] >= 1
    assert data["filters"]["person"] == ["Rami Abdulrahman"]


# --------------------------------------------------------------------------- index files


def test_an_unreadable_lookup_file_is_exit_3_not_an_internal_error(
    permission_sandbox: Sandbox,  # noqa: F811
) -> None:
    index_dir = permission_sandbox.root / "index"
    built = permission_sandbox.run("search-index", str(SEEDS), "--index", str(index_dir), "-q")
    assert built.exit_code == 0, built
    for lookups in index_dir.glob("gen-*/lookups-*.sqlite"):
        lookups.chmod(0o000)
    outcome = permission_sandbox.run("search", "assad", "--index", str(index_dir))
    assert outcome.exit_code == 3, outcome
    assert outcome.stderr.startswith("search: error: cannot read the index at"), outcome
    assert "internal error" not in outcome.stderr
