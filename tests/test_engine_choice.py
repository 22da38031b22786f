"""Which engine an index has, and what the command line says about it; modes that
cannot be combined; the indexing progress display."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from helpers import SEEDS, assert_clean_error, run_index, run_search, search_json
from rich.console import Console

from search.render_progress import progress_bar


def test_version_names_the_engines_and_the_index_engine(seed_index: Path, engine: str) -> None:
    result = run_search(None, "--version", env={"SEARCH_INDEX": str(seed_index)})
    assert result.exit_code == 0, result.output
    assert "tantivy" in result.stdout and "whoosh" in result.stdout
    assert f"index {seed_index}: {engine}" in result.stdout


def test_explain_names_the_engine(seed_index: Path, engine: str) -> None:
    data = search_json(seed_index, "Idlib", "--explain")
    assert data["explain"]["engine"] == engine
    assert f"Engine: {engine}" in run_search(seed_index, "Idlib", "--explain").stdout


def test_a_new_index_is_tantivy_unless_told(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    assert run_index(str(SEEDS), "--index", str(index_dir), "-q").exit_code == 0
    assert search_json(index_dir, "x", "--explain")["explain"]["engine"] == "tantivy"


def test_an_index_keeps_its_engine_and_rebuild_can_change_it(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    argv = (str(SEEDS), "--index", str(index_dir), "-q")
    assert run_index(*argv, "--engine", "whoosh").exit_code == 0
    assert run_index(*argv).exit_code == 0  # an update keeps Whoosh
    assert run_index(*argv, "--rebuild").exit_code == 0  # so does a rebuild not told
    assert search_json(index_dir, "x", "--explain")["explain"]["engine"] == "whoosh"
    result = run_index(*argv, "--engine", "tantivy")
    assert_clean_error(result, 2, "whoosh index", "--rebuild --engine tantivy")
    assert run_index(*argv, "--rebuild", "--engine", "tantivy").exit_code == 0
    assert search_json(index_dir, "x", "--explain")["explain"]["engine"] == "tantivy"
    assert search_json(index_dir, "--facets")["total"] == len(list(SEEDS.glob("*.txt")))


@pytest.mark.parametrize(
    "argv",
    [
        ["--explain", "--quote", "whatever"],
        ["--facets", "--quote", "whatever"],
        ["--show", "x", "--explain"],
        ["Idlib", "--facets", "--show", "x"],
    ],
)
def test_modes_that_ask_for_different_answers_cannot_be_combined(
    seed_index: Path, argv: list[str]
) -> None:
    assert_clean_error(run_search(seed_index, *argv), 2, "cannot be used together")


def test_progress_shows_rate_time_left_and_the_commit_phase() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120, color_system=None)
    with progress_bar(console, 5, "Indexing") as bar:
        bar.started -= 2.0  # as if indexing had run for two seconds
        for _ in range(4):
            bar.advance()
        bar.progress.refresh()
        shown = out.getvalue()
        bar.phase("commit")
        bar.progress.refresh()
        time.sleep(0.01)
    assert "articles/s" in shown and "4/5" in shown
    assert "Writing the index" in out.getvalue()
