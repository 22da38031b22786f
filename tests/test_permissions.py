"""Files and folders the indexer may not read: each is named in a warning, exit
code 6, and what was indexed from it before is kept (never silently removed).

The tests that change modes run as an ordinary user (``as_user``: as ``nobody``
when the suite runs as root) and skip, saying why, where that cannot be done;
the same behaviour is also checked with an unreadable folder simulated, which
runs everywhere."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from as_user import Sandbox, permission_sandbox  # noqa: F401 - a fixture
from helpers import run_index, stored_documents

ARTICLES = {
    "top/t1.txt": "Quay reopens\n\nThe quay reopened on Monday.",
    "top/t2.txt": "Quay repairs\n\nRepairs to the quay ended.",
    "top/sub/s1.txt": "Harbour news\n\nThe harbour reopened too.",
    "top/sub/s2.txt": "Harbour trade\n\nTrade in the harbour rose.",
    "top/sub/deeper/s3.md": "# Harbour pilots\n\nPilots returned to the harbour.",
}
IN_SUB = {"sub/s1.txt", "sub/s2.txt", "sub/deeper/s3.md"}
ALL = {name.removeprefix("top/") for name in ARTICLES}


def write_archive(root: Path) -> Path:
    for name, text in ARTICLES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "top"


def indexed_ids(index_dir: Path) -> set[str]:
    return {document["id"] for document in stored_documents(index_dir)}


@pytest.fixture
def archive(permission_sandbox: Sandbox) -> Iterator[tuple[Sandbox, Path, Path]]:  # noqa: F811
    top = write_archive(permission_sandbox.root)
    permission_sandbox.give(top)
    index_dir = permission_sandbox.root / "index"
    first = permission_sandbox.run("search-index", str(top), "--index", str(index_dir))
    assert first.exit_code == 0, first
    assert indexed_ids(index_dir) == ALL
    yield permission_sandbox, top, index_dir
    (top / "sub").chmod(0o755)


def test_an_unreadable_subfolder_keeps_its_articles(
    archive: tuple[Sandbox, Path, Path],
) -> None:
    sandbox, top, index_dir = archive
    (top / "sub").chmod(0o000)
    outcome = sandbox.run("search-index", str(top), "--index", str(index_dir))
    assert outcome.exit_code == 6, outcome
    assert f"warning: {top / 'sub'}: cannot read folder: Permission denied" in outcome.stderr
    assert "0 removed" in outcome.stderr and "Traceback" not in outcome.stderr
    assert indexed_ids(index_dir) == ALL


def test_an_unreadable_subfolder_in_a_fresh_build_is_named_with_exit_6(
    archive: tuple[Sandbox, Path, Path],
) -> None:
    sandbox, top, _index_dir = archive
    (top / "sub").chmod(0o000)
    fresh = sandbox.root / "fresh"
    outcome = sandbox.run("search-index", str(top), "--index", str(fresh))
    assert outcome.exit_code == 6, outcome
    assert f"{top / 'sub'}: cannot read folder" in outcome.stderr
    assert indexed_ids(fresh) == ALL - IN_SUB


def test_an_unreadable_file_in_a_folder_keeps_its_article(
    archive: tuple[Sandbox, Path, Path],
) -> None:
    sandbox, top, index_dir = archive
    (top / "t1.txt").chmod(0o000)
    outcome = sandbox.run("search-index", str(top), "--index", str(index_dir))
    assert outcome.exit_code == 6, outcome
    assert f"{top / 't1.txt'}: cannot read: Permission denied" in outcome.stderr
    assert indexed_ids(index_dir) == ALL


def test_an_unreadable_file_given_directly_is_a_warning_not_a_usage_error(
    archive: tuple[Sandbox, Path, Path],
) -> None:
    sandbox, top, _index_dir = archive
    (top / "t1.txt").chmod(0o000)
    (top / "sub").chmod(0o000)  # and a file that cannot even be looked at
    fresh = sandbox.root / "fresh"
    given = [str(top / "t1.txt"), str(top / "sub" / "s1.txt"), str(top / "t2.txt")]
    outcome = sandbox.run("search-index", *given, "--index", str(fresh))
    assert outcome.exit_code == 6, outcome
    for path in given[:2]:
        assert f"warning: {path}: cannot read: Permission denied" in outcome.stderr
    assert indexed_ids(fresh) == {"t2.txt"}


def test_an_unlistable_folder_is_reported_wherever_modes_cannot_be_tested(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as the first test, with the folder made unlistable by a stand-in
    for os.scandir: this one runs as root too."""
    top = write_archive(tmp_path)
    index_dir = tmp_path / "index"
    assert run_index(str(top), "--index", str(index_dir), "-q").exit_code == 0
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> os.ScandirIterator[str]:  # type: ignore[type-var]
        if Path(path) == top / "sub":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run_index(str(top), "--index", str(index_dir))
    monkeypatch.undo()
    assert result.exit_code == 6, result.output
    assert f"{top / 'sub'}: cannot read folder: Permission denied" in result.stderr
    assert "0 removed" in result.stderr
    assert indexed_ids(index_dir) == ALL
