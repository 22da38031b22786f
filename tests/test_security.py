"""An index can carry code (Whoosh unpickles its data): it is created private
and refused when others can write to it."""

from __future__ import annotations

import stat
from pathlib import Path

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
