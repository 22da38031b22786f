"""Acceptance item 2: a first search with no index indexes ./seeds by itself."""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ANSI, REPO, SEEDS, hit_ids, run_search

SHARED_SEEDS = REPO.parent / "shared" / "seeds"


def _checkout_without_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the repository's seeds/ in a fresh working directory, made current."""
    work = tmp_path / "work"
    shutil.copytree(SEEDS, work / "seeds")
    monkeypatch.chdir(work)
    return work


def test_first_search_indexes_the_seeds_then_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_index: Path
) -> None:
    _checkout_without_index(tmp_path, monkeypatch)
    index_dir = tmp_path / "fresh" / "index"
    assert not index_dir.exists()

    result = run_search(index_dir, "observation post", "--place", "Morek")

    assert result.exit_code == 0, (result.output, result.exception)
    notice = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(notice) == 1, result.stderr
    assert str(index_dir) in notice[0]
    assert "search-index" in notice[0]
    assert "seeds" in notice[0]
    # ... and then it answers, from the index it just built.
    assert "articles match" in result.stdout
    assert result.stdout == run_search(seed_index, "observation post", "--place", "Morek").stdout
    assert (index_dir / "CURRENT").is_file()
    assert hit_ids(index_dir, "observation post", "--place", "Morek")


def test_second_search_does_not_index_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _checkout_without_index(tmp_path, monkeypatch)
    index_dir = tmp_path / "index"
    first = run_search(index_dir, "Idlib")
    assert first.exit_code == 0 and "search-index" in first.stderr
    second = run_search(index_dir, "Idlib")
    assert second.exit_code == 0
    assert second.stderr == ""
    assert second.stdout == first.stdout


def test_zero_setup_answer_equals_explicitly_indexed_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_index: Path
) -> None:
    _checkout_without_index(tmp_path, monkeypatch)
    index_dir = tmp_path / "index"
    assert run_search(index_dir, "--facets").exit_code == 0
    assert hit_ids(index_dir, "observation post") == hit_ids(seed_index, "observation post")


def test_repo_seeds_are_the_shared_seeds_byte_for_byte() -> None:
    names = sorted(p.name for p in SEEDS.iterdir())
    assert len(names) == 5
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"needs ../shared beside the repo (the shared seeds at {SHARED_SEEDS})")
    assert names == sorted(p.name for p in SHARED_SEEDS.iterdir())
    match, mismatch, errors = filecmp.cmpfiles(SEEDS, SHARED_SEEDS, names, shallow=False)
    assert mismatch == [] and errors == []
    assert match == names


def test_first_search_on_a_terminal_shows_a_progress_bar_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_index: Path
) -> None:
    _checkout_without_index(tmp_path, monkeypatch)
    index_dir = tmp_path / "index"
    # --color always styles as on a terminal, the progress bar included.
    result = run_search(index_dir, "observation post", "--place", "Morek", "--color", "always")
    assert result.exit_code == 0, (result.output, result.exception)
    seeds = len(list(SEEDS.iterdir()))
    plain_err = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", result.stderr)
    assert "Indexing" in plain_err
    assert re.search(rf"\b{seeds}/{seeds}\b", plain_err), plain_err[-300:]
    assert f"into {index_dir}" in plain_err and "search-index" in plain_err
    assert "Indexing" not in result.stdout  # the bar stays off the results
    assert hit_ids(index_dir, "observation post", "--place", "Morek") == hit_ids(
        seed_index, "observation post", "--place", "Morek"
    )


def test_installed_command_works_through_a_real_pipe(tmp_path: Path, seed_index: Path) -> None:
    """The `search` console script (search.cli:main) in a fresh process, run
    in a checkout with no index yet: it indexes seeds/, then answers, and its
    piped output is plain text."""
    work = tmp_path / "work"
    shutil.copytree(SEEDS, work / "seeds")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env |= {"SEARCH_INDEX": str(tmp_path / "index"), "PYTHONPATH": str(REPO), "TERM": "xterm"}
    argv = [sys.executable, "-c", "from search.cli import main; main()"]
    done = subprocess.run(
        [*argv, "observation post", "--place", "Morek"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert not ANSI.search(done.stdout) and not ANSI.search(done.stderr)
    (notice,) = [line for line in done.stderr.splitlines() if line.strip()]
    assert str(tmp_path / "index") in notice and "search-index" in notice
    expected = run_search(seed_index, "observation post", "--place", "Morek").stdout
    assert done.stdout == expected
