"""Index safety: Whoosh unpickles what it opens (and no engine should read
what someone else wrote), so nothing another user can change is opened: not a
file of the index, not a link, not the folders above it. What the tool creates
is readable by its user only, whatever the umask. Both engines."""

from __future__ import annotations

import json
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import REPO, SEEDS, assert_clean_error, live_generation, run_index, run_search

OTHER_UID = 4242


@pytest.fixture(params=["tantivy", "whoosh"])
def index_dir(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    built = tmp_path / "index"
    engine = ("--engine", request.param)
    assert run_index(str(SEEDS), "--index", str(built), "-q", *engine).exit_code == 0
    return built


# Each engine's segment file and its table of contents (the file whose change
# is the commit).
ENGINE_FILES = {
    "whoosh": ("*.seg", "_MAIN_*.toc"),
    "tantivy": ("*.store", "meta.json"),
}


def index_files(index_dir: Path) -> dict[str, Path]:
    generation = live_generation(index_dir)
    engine = json.loads((generation / "engine.json").read_text("utf-8"))["engine"]
    segment, contents = ENGINE_FILES[engine]
    return {
        "segment": next(generation.glob(segment)),
        "table of contents": next(generation.glob(contents)),
        "lookups": next(generation.glob("lookups-*.sqlite")),
        "tables": next(generation.glob("tables-*.json")),
        "CURRENT": index_dir / "CURRENT",
    }


def assert_refused(index_dir: Path, *needles: str) -> None:
    assert_clean_error(run_search(index_dir, "assad"), 5, *needles)
    assert_clean_error(run_index(str(SEEDS), "--index", str(index_dir)), 5, *needles)


@pytest.mark.parametrize("kind", ["segment", "table of contents", "lookups", "tables", "CURRENT"])
def test_an_index_file_writable_by_others_is_refused(index_dir: Path, kind: str) -> None:
    path = index_files(index_dir)[kind]
    path.chmod(0o666)
    assert_refused(index_dir, f"{path} is writable by other users", f"chmod go-w {path}")
    path.chmod(0o600)
    assert run_search(index_dir, "assad").exit_code == 0


def replace_by_link(path: Path, target_folder: Path) -> Path:
    """path made a link to a copy of itself in target_folder; the copy returned."""
    target_folder.mkdir(mode=0o700, exist_ok=True)
    copy = target_folder / path.name
    shutil.copy2(path, copy)
    path.unlink()
    path.symlink_to(copy)
    return copy


def test_a_link_to_a_private_file_of_ones_own_is_followed(index_dir: Path, tmp_path: Path) -> None:
    replace_by_link(index_files(index_dir)["segment"], tmp_path / "elsewhere")
    assert run_search(index_dir, "assad").exit_code == 0


def test_a_link_to_a_file_others_can_write_is_refused(index_dir: Path, tmp_path: Path) -> None:
    copy = replace_by_link(index_files(index_dir)["table of contents"], tmp_path / "elsewhere")
    copy.chmod(0o666)
    assert_refused(index_dir, f"{copy} is writable by other users (linked from ")


def test_a_link_made_by_another_user_is_refused(index_dir: Path, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("only root can give a link to another user: run the suite as root to test it")
    segment = index_files(index_dir)["segment"]
    replace_by_link(segment, tmp_path / "elsewhere")
    os.lchown(segment, OTHER_UID, -1)
    assert_refused(index_dir, f"{segment} is a link made by another user (uid {OTHER_UID})")


def test_a_folder_above_the_index_writable_by_others_is_refused(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # anyone may rename the index folder away and put theirs there
    index_dir = shared / "index"
    result = run_index(str(SEEDS), "--index", str(index_dir))
    assert_clean_error(result, 5, f"the folder {shared} above the index is writable by other")
    assert not index_dir.exists()
    shared.chmod(0o755)
    assert run_index(str(SEEDS), "--index", str(index_dir), "-q").exit_code == 0
    shared.chmod(0o777)
    assert_clean_error(run_search(index_dir, "assad"), 5, f"{shared} above the index")
    shared.chmod(0o1777)  # sticky, as /tmp: others cannot rename what is ours
    assert run_search(index_dir, "assad").exit_code == 0


def test_a_folder_above_the_index_owned_by_another_user_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    index_dir = theirs / "index"
    assert run_index(str(SEEDS), "--index", str(index_dir), "-q").exit_code == 0
    if os.geteuid() == 0:
        os.chown(theirs, OTHER_UID, -1)
    else:  # the test cannot give the folder away: the index runs as someone else instead
        me = os.geteuid()
        monkeypatch.setattr(os, "geteuid", lambda: me + 1)
    assert_refused(index_dir, f"the folder {theirs} above the index belongs to another user")


@pytest.fixture
def umask_000() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def test_folders_and_files_are_private_whatever_the_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask_000: None
) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.chdir(REPO)  # a first search indexes the seeds into the default place
    assert run_search(None, "assad").exit_code == 0
    made = [home / ".local", home / ".local" / "share"]
    index_dir = home / ".local" / "share" / "news-search" / "index"
    made += [index_dir.parent, index_dir]
    given = tmp_path / "a" / "b" / "index"
    assert run_index(str(SEEDS), "--index", str(given), "-q").exit_code == 0
    made += [tmp_path / "a", given.parent, given]
    for root in (index_dir, given):
        for folder, dirs, files in os.walk(root):
            made += [Path(folder) / name for name in dirs + files]
    for path in made:
        assert stat.S_IMODE(path.lstat().st_mode) & 0o077 == 0, (path, oct(path.lstat().st_mode))
