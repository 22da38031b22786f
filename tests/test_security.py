"""An index can carry code (Whoosh unpickles its data): it is created private
and refused when others can write to it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from helpers import SEEDS, assert_clean_error, run_index, run_search


def test_index_directory_is_private(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    assert run_index(str(SEEDS), "--index", str(index_dir), "-q").exit_code == 0
    for path in (index_dir, *index_dir.glob("gen-*")):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


def test_index_writable_by_others_is_refused(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    assert run_index(str(SEEDS), "--index", str(index_dir), "-q").exit_code == 0
    index_dir.chmod(0o770)
    result = run_search(index_dir, "assad")
    message = assert_clean_error(result, 5, "writable by other users")
    assert "chmod go-w" in message
    index_dir.chmod(0o700)
    assert run_search(index_dir, "assad").exit_code == 0


def test_indexer_refuses_an_index_writable_by_others_and_leaves_it_as_it_is(
    tmp_path: Path,
) -> None:
    """search-index opens the index it updates (Whoosh unpickles it), so it
    refuses too, rather than quietly making the folder private and opening it."""
    index_dir = tmp_path / "index"
    assert run_index(str(SEEDS), "--index", str(index_dir), "-q").exit_code == 0
    for unsafe in (index_dir, next(index_dir.glob("gen-*"))):
        unsafe.chmod(0o777)
        result = run_index(str(SEEDS), "--index", str(index_dir))
        assert_clean_error(result, 5, f"{unsafe} is writable by other users", "chmod go-w")
        assert stat.S_IMODE(unsafe.stat().st_mode) == 0o777
        assert_clean_error(run_search(index_dir, "assad"), 5, "writable by other users")
        unsafe.chmod(0o700)
    assert run_index(str(SEEDS), "--index", str(index_dir), "-q").exit_code == 0


def test_index_owned_by_another_user_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its owner can write to it: an index of another user (root aside) is not opened."""
    index_dir = tmp_path / "index"
    assert run_index(str(SEEDS), "--index", str(index_dir), "-q").exit_code == 0
    if os.geteuid() == 0:
        os.chown(index_dir, 4242, -1)
    else:  # the test cannot give the folder away: it runs as someone else instead
        me = os.geteuid()
        monkeypatch.setattr(os, "geteuid", lambda: me + 1)
    assert_clean_error(run_search(index_dir, "assad"), 5, "belongs to another user")
    assert_clean_error(run_index(str(SEEDS), "--index", str(index_dir)), 5, "belongs to another")


def test_help_names_the_exit_code_of_an_unsafe_index() -> None:
    result = run_search(None, "--help")
    assert "5 index directory writable by other users" in " ".join(result.stdout.split())


def test_an_index_path_that_cannot_be_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    taken = tmp_path / "taken"
    taken.write_text("not a folder", encoding="utf-8")
    for index_dir in (taken, taken / "index"):
        result = run_index(str(SEEDS), "--index", str(index_dir))
        assert_clean_error(result, 5, f"cannot use {index_dir} as the index directory")
