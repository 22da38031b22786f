"""Acceptance item 10: every error is one line on stderr naming what was
wrong, with no traceback and the documented exit code."""

from __future__ import annotations

import gc
import re
import shutil
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import (
    SEEDS,
    assert_clean_error,
    live_generation,
    run_index,
    run_search,
    search_json,
    stored_documents,
    write_jsonl,
)

from index.store.schema import SCHEMA_VERSION
from search.cli import search_command
from search.errors import (
    ArticleNotFoundError,
    FilterValueError,
    IndexNotFoundError,
    QuerySyntaxError,
    SearchTimeoutError,
    UnknownFieldError,
)
from search.exit_codes import EXIT_CODES, exit_code_for

GOOD = {"id": "good", "title": "Good record", "body": "The convoy reached Morek."}


# --------------------------------------------------------------------------- search


def test_missing_index_exits_3_and_names_search_index(in_empty_dir: Path) -> None:
    missing = in_empty_dir / "no-index-here"
    line = assert_clean_error(run_search(missing, "Idlib"), 3, "search-index", str(missing))
    assert not missing.exists() or not (missing / "CURRENT").exists()
    assert line.startswith("search: error:")


def test_missing_index_via_env_exits_3(in_empty_dir: Path) -> None:
    missing = in_empty_dir / "nothing"
    result = run_search(None, "Idlib", env={"SEARCH_INDEX": str(missing)})
    assert_clean_error(result, 3, "search-index", str(missing))


def damaged_copy(seed_index: Path, tmp_path: Path, pattern: str, how: str) -> Path:
    """A copy of the seed index with the files matching ``pattern`` damaged."""
    index_dir = tmp_path / "index"
    shutil.copytree(seed_index, index_dir)
    damage(index_dir, pattern, how)
    return index_dir


def damage(index_dir: Path, pattern: str, how: str) -> None:
    (path,) = live_generation(index_dir).glob(pattern)
    if how == "truncate":
        with path.open("r+b") as handle:
            handle.truncate(path.stat().st_size // 2)
    else:
        path.write_bytes(b"" if how == "empty" else b"not what was written here\n")


# The files of each engine's index: its postings, and its table of contents.
ENGINE_FILES = {
    "whoosh": {"segment": "*.seg", "contents": "_MAIN_*.toc"},
    "tantivy": {"segment": "*.idx", "contents": "meta.json"},
}


@pytest.mark.parametrize(
    ("pattern", "how"),
    [
        ("segment", "truncate"),
        ("contents", "garbage"),
        ("*.store", "truncate"),
        ("lookups-*.sqlite", "garbage"),
        ("lookups-*.sqlite", "truncate"),
        ("lookups-*.sqlite", "empty"),
    ],
)
def test_damaged_index_exits_3_and_says_to_rebuild(
    seed_index: Path, engine: str, tmp_path: Path, pattern: str, how: str
) -> None:
    if pattern == "*.store" and engine == "whoosh":
        pytest.skip("Whoosh keeps stored fields inside its segment file (tested as 'segment')")
    pattern = ENGINE_FILES[engine].get(pattern, pattern)
    index_dir = damaged_copy(seed_index, tmp_path, pattern, how)
    for argv in (["Idlib"], ["--place", "Morek"], ["--facets"], ["--show", "x", "--json"]):
        result = run_search(index_dir, *argv)
        assert_clean_error(result, 3, "cannot read the index", str(index_dir), "search-index")


def test_indexing_into_a_damaged_index_exits_5_and_rebuild_mends_it(
    seed_index: Path, engine: str, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    shutil.copytree(seed_index, index_dir)
    damage(index_dir, ENGINE_FILES[engine]["segment"], "truncate")
    result = run_index(str(SEEDS), "--index", str(index_dir))
    assert_clean_error(result, 5, "cannot read the index", str(index_dir), "--rebuild")
    assert run_index(str(SEEDS), "--index", str(index_dir), "--rebuild").exit_code == 0
    assert search_json(index_dir, "--facets")["total"] == len(list(SEEDS.glob("*.txt")))


@pytest.mark.parametrize("where", ["a-file", "a-file/below"])
def test_index_directory_that_cannot_be_made_exits_5(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    index_dir = tmp_path / where
    result = run_index(str(SEEDS), "--index", str(index_dir))
    assert_clean_error(result, 5, "cannot use", str(index_dir), "as the index directory", "--index")
    shutil.copytree(SEEDS, tmp_path / "work" / "seeds")
    monkeypatch.chdir(tmp_path / "work")  # a first search would index the seeds there
    assert_clean_error(run_search(index_dir, "Idlib"), 5, str(index_dir), "--index")


@pytest.mark.parametrize(
    ("query", "position"),
    [('"observation post', 1), ('Morek "observation post', 7), ("(Morek OR Idlib", 1)],
)
def test_bad_query_syntax_exits_2_with_the_position(
    seed_index: Path, query: str, position: int
) -> None:
    line = assert_clean_error(run_search(seed_index, query), 2)
    assert re.search(rf"\bposition {position}\b", line), line


@pytest.mark.parametrize(
    "query", ["NOT OR observation", "NOT NOT Idlib", "Idlib OR", "(Idlib AND) Morek", "place:Mo*"]
)
def test_misplaced_operators_are_a_query_error_not_a_crash(seed_index: Path, query: str) -> None:
    assert_clean_error(run_search(seed_index, query), 2)


def test_unclosed_quote_message_says_what_is_wrong(seed_index: Path) -> None:
    assert_clean_error(run_search(seed_index, '"observation post'), 2, "quote")


@pytest.mark.parametrize("query", ["nosuch:foo", "Idlib author:smith", "Syria said: observation"])
def test_a_word_before_a_colon_that_is_no_field_is_searched_with_a_note(
    seed_index: Path, query: str
) -> None:
    """Pasted text ("Baker said: dollar") is a query too: the word is searched for,
    and a note names what was not read as a field."""
    field = re.search(r"(\w+):", query)
    assert field
    result = run_search(seed_index, query)
    assert result.exit_code == 0, result.output
    assert f"'{field.group(1)}:' is not a field" in result.stdout.splitlines()[0]
    data = search_json(seed_index, query)
    assert data["notes"] and field.group(1) in data["notes"][0]
    plain = search_json(seed_index, query.replace(":", " "))
    assert [h["id"] for h in data["hits"]] == [h["id"] for h in plain["hits"]]


@pytest.mark.parametrize(
    ("option", "value"),
    [("--since", "2019-13"), ("--until", "2019-02-30"), ("--since", "last week")],
)
def test_invalid_date_exits_2_and_names_it(seed_index: Path, option: str, value: str) -> None:
    assert_clean_error(run_search(seed_index, "Idlib", option, value), 2, option, value)


def test_since_after_until_exits_2(seed_index: Path) -> None:
    result = run_search(seed_index, "Idlib", "--since", "2020", "--until", "2019")
    assert_clean_error(result, 2, "--since", "--until")


@pytest.mark.parametrize(
    ("option", "value"),
    [("--limit", "0"), ("--limit", "-3"), ("--limit", "ten"), ("--passages", "-1")],
)
def test_invalid_option_value_exits_2_and_names_it(
    seed_index: Path, option: str, value: str
) -> None:
    assert_clean_error(run_search(seed_index, "Idlib", option, value), 2, option)


@pytest.mark.parametrize("option", ["--palce", "--limt", "--jsn"])
def test_unknown_option_exits_2_and_names_it(seed_index: Path, option: str) -> None:
    assert_clean_error(run_search(seed_index, "Idlib", option, "x"), 2, option)


def test_place_matching_nothing_exits_2_with_did_you_mean(seed_index: Path) -> None:
    top_place = search_json(seed_index, "--facets")["facets"]["place"][0]["value"]
    typo = top_place + "qx"
    line = assert_clean_error(run_search(seed_index, "--place", typo), 2, "--place", typo)
    assert "did you mean" in line
    assert top_place in line


@pytest.mark.parametrize("option", ["--place", "--person", "--org"])
def test_entity_filter_matching_nothing_exits_2(seed_index: Path, option: str) -> None:
    assert_clean_error(run_search(seed_index, "Idlib", option, "Zzyzx Qwvk"), 2, option)


@pytest.mark.parametrize(("typed", "meant"), [("Reuter", "Reuters"), ("VOAA", "VOA")])
def test_source_no_article_has_exits_2_with_did_you_mean(
    archive_index: Path, typed: str, meant: str
) -> None:
    result = run_search(archive_index, "ceasefire", "--source", typed)
    line = assert_clean_error(result, 2, "--source", typed, "did you mean")
    assert repr(meant) in line


def test_source_in_an_index_without_sources_exits_2(seed_index: Path) -> None:
    assert_clean_error(run_search(seed_index, "Idlib", "--source", "AFP"), 2, "--source", "AFP")


def test_show_unknown_id_exits_2_and_names_it(seed_index: Path) -> None:
    assert_clean_error(run_search(seed_index, "--show", "no-such-article"), 2, "no-such-article")


@pytest.mark.parametrize("value", ["", "  "])
def test_show_without_an_id_exits_2(seed_index: Path, value: str) -> None:
    assert_clean_error(run_search(seed_index, "Idlib", "--show", value), 2, "--show", "id")


def test_empty_query_without_filters_exits_2(seed_index: Path) -> None:
    assert_clean_error(run_search(seed_index), 2, "query")


def test_zero_hits_is_not_an_error(seed_index: Path) -> None:
    result = run_search(seed_index, "xylophone")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "0 articles match" in result.stdout


def test_exit_code_table_maps_each_error() -> None:
    assert exit_code_for(QuerySyntaxError("x")) == 2
    assert exit_code_for(UnknownFieldError("x")) == 2
    assert exit_code_for(FilterValueError("x")) == 2
    assert exit_code_for(ArticleNotFoundError("x")) == 2
    assert exit_code_for(IndexNotFoundError("x")) == 3
    assert exit_code_for(SearchTimeoutError("x")) == 7
    assert exit_code_for(RuntimeError("x")) == 1
    assert set(EXIT_CODES.values()) <= {2, 3, 4, 5, 7}


def test_cli_closes_the_index(seed_index: Path) -> None:
    """An opened index must be closed: Whoosh's segment files otherwise leak
    (and raise ResourceWarning when collected)."""
    gc.collect()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = CliRunner().invoke(search_command, ["Idlib", "--index", str(seed_index)])
        gc.collect()
    assert result.exit_code == 0
    leaks = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert leaks == []


# --------------------------------------------------------------------------- search-index


def test_missing_input_exits_4_and_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.jsonl"
    result = run_index(str(missing), "--index", str(tmp_path / "index"))
    assert_clean_error(result, 4, str(missing))
    assert not (tmp_path / "index" / "CURRENT").exists()


def test_nothing_readable_exits_4(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "broken.txt").write_bytes(b"Title\n\xff\xfe not utf-8 \xc3\x28\n")
    result = run_index(str(folder), "--index", str(tmp_path / "index"))
    assert result.exit_code == 4, result.output
    assert "Traceback" not in result.stderr
    assert "broken.txt" in result.stderr
    assert "no readable articles" in result.stderr
    assert not (tmp_path / "index" / "CURRENT").exists()


def test_partly_readable_folder_exits_6_with_a_warning_and_summary(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Good title\nThe convoy reached Morek.\n", encoding="utf-8")
    (folder / "second.md").write_text("Second\nA second article.\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"Title\n\xff\xfe\n")
    index_dir = tmp_path / "index"
    result = run_index(str(folder), "--index", str(index_dir))
    assert result.exit_code == 6, result.output
    assert "Traceback" not in result.stderr
    warnings_ = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings_) == 1 and "broken.txt" in warnings_[0]
    assert re.search(r"Indexed 2 articles .*skipped 1 ", result.stderr), result.stderr
    assert {doc["id"] for doc in stored_documents(index_dir)} == {"good.txt", "second.md"}


def test_bad_jsonl_line_is_skipped_with_its_line_number(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "feed.jsonl", [GOOD])
    with source.open("a", encoding="utf-8") as handle:
        handle.write("{broken\n")
        handle.write('{"id": "also-good", "title": "T", "body": "Another convoy."}\n')
    index_dir = tmp_path / "index"
    result = run_index(str(source), "--index", str(index_dir))
    assert result.exit_code == 6, result.output
    assert f"{source}:2" in result.stderr
    assert "Indexed 2 articles" in result.stderr
    assert {doc["id"] for doc in stored_documents(index_dir)} == {"good", "also-good"}


def test_failed_reindex_keeps_the_previous_index(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    assert (
        run_index(
            str(write_jsonl(tmp_path / "a.jsonl", [GOOD])), "--index", str(index_dir)
        ).exit_code
        == 0
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_index(str(empty), "--index", str(index_dir))
    assert result.exit_code == 4
    assert {doc["id"] for doc in stored_documents(index_dir)} == {"good"}


def test_search_index_requires_a_path() -> None:
    result = run_index()
    assert result.exit_code == 2
    assert "PATHS" in result.stderr


@pytest.mark.parametrize("how", ["garbage", "empty"])
def test_an_index_with_a_damaged_table_of_contents_is_not_rebuilt_behind_your_back(
    seed_index: Path, engine: str, tmp_path: Path, how: str
) -> None:
    index_dir = damaged_copy(seed_index, tmp_path, ENGINE_FILES[engine]["contents"], how)
    before = sorted(p.name for p in index_dir.rglob("*"))
    # Only one of the seeds is given: a silent rebuild would drop the others.
    one = sorted(SEEDS.glob("*.txt"))[0]
    result = run_index(str(one), "--index", str(index_dir))
    assert_clean_error(result, 5, "cannot read the index", str(index_dir), "--rebuild")
    assert sorted(p.name for p in index_dir.rglob("*")) == before


def test_an_index_of_another_version_is_kept_until_rebuilt(
    seed_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    shutil.copytree(seed_index, index_dir)
    total = search_json(index_dir, "--facets")["total"]
    monkeypatch.setattr("index.write.writer.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    one = sorted(SEEDS.glob("*.txt"))[0]
    result = run_index(str(one), "--index", str(index_dir))
    assert_clean_error(result, 5, "another version", str(index_dir), "--rebuild")
    assert search_json(index_dir, "--facets")["total"] == total
    assert run_index(str(one), "--index", str(index_dir), "--rebuild").exit_code == 0
    assert search_json(index_dir, "--facets")["total"] == 1


def test_a_misspelt_surname_suggests_the_people_bearing_it(seed_index: Path) -> None:
    people = [v["value"] for v in search_json(seed_index, "--facets")["facets"]["person"]]
    # the name whose surname is the smallest part of it: the whole name is no near match
    full = max(people, key=lambda name: len(name) / len(name.split()[-1]))
    typo = full.split()[-1] + "qx"
    line = assert_clean_error(run_search(seed_index, "--person", typo), 2, "--person", typo)
    assert f"did you mean {full!r}" in line or f"{full!r}" in line.partition("did you mean")[2]
