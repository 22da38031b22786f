"""Where things live inside an index directory.

An index directory holds generations: each complete build is written to its own
sub-folder and becomes live when the ``CURRENT`` file is atomically replaced to
name it. Readers open whatever ``CURRENT`` names, so a search never sees a
half-written index, and a killed indexer leaves the previous generation live.

The directory is private to its owner (mode 0700): Whoosh stores pickled data,
so an index someone else can write to could run their code when opened.
``check_index`` refuses one that others can change (its folders above, its
files, links), ``make_private_dir`` and ``private_files`` create everything
user-only whatever the umask.
"""

from __future__ import annotations

import errno
import grp
import json
import os
import pwd
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CURRENT = "CURRENT"
LOCK = "write.lock"
GENERATION_PREFIX = "gen-"
# The tables beside the Whoosh index (entities, sources), one file per Whoosh
# commit: written before the commit, so a reader always finds the tables of the
# commit it opened, and a killed writer leaves only an unused file behind.
TABLES_PREFIX = "tables-"
LOOKUPS_PREFIX = "lookups-"


def current_generation(index_dir: Path) -> Path | None:
    """The live generation folder, or None when there is no complete index."""
    try:
        name = (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    generation = index_dir / name
    if not name.startswith(GENERATION_PREFIX) or not generation.is_dir():
        return None
    return generation


def tables_path(generation: Path, commit: int) -> Path:
    return generation / f"{TABLES_PREFIX}{commit}.json"


def lookups_path(generation: Path, commit: int) -> Path:
    return generation / f"{LOOKUPS_PREFIX}{commit}.sqlite"


def read_tables(generation: Path, commit: int) -> dict[str, Any]:
    """The tables of one Whoosh commit; empty when there are none."""
    try:
        data: dict[str, Any] = json.loads(tables_path(generation, commit).read_text("utf-8"))
    except FileNotFoundError:
        return {}
    return data


def write_tables(generation: Path, commit: int, tables: dict[str, Any]) -> None:
    temporary = generation / f"{TABLES_PREFIX}{commit}.{os.getpid()}.tmp"
    temporary.write_text(json.dumps(tables, ensure_ascii=False, sort_keys=True), "utf-8")
    os.replace(temporary, tables_path(generation, commit))


def remove_old_tables(generation: Path, keep_from: int) -> None:
    """Drop the tables of commits before keep_from (readers of the previous
    commit may still need theirs, so callers keep one back)."""
    for prefix, suffix in ((TABLES_PREFIX, ".json"), (LOOKUPS_PREFIX, ".sqlite")):
        for path in generation.glob(f"{prefix}*{suffix}"):
            number = path.name[len(prefix) : -len(suffix)]
            if number.isdigit() and int(number) < keep_from:
                path.unlink(missing_ok=True)


def make_private_dir(path: Path) -> None:
    """Create path, and each missing folder above it, readable by its owner
    only (mode 0700, as the XDG base directory rules ask), whatever the umask.
    Callers refuse an existing folder others can write to first
    (``check_index``): making it private now would not undo what was put in it."""
    missing = [folder for folder in (path, *path.parents) if not os.path.lexists(folder)]
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:  # made meanwhile by another process: checked below
            continue
        os.chmod(folder, 0o700)
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "Not a directory", str(path))
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o700)


@contextmanager
def private_files() -> Iterator[None]:
    """Files and folders created inside are readable by their owner only,
    whatever the umask the process was started with."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def unsafe_reason(path: Path) -> str | None:
    """Why users other than this one (or root) may write to path, or None."""
    info = path.stat()
    if info.st_uid not in (os.geteuid(), 0):
        return f"{path} belongs to another user (uid {info.st_uid})"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"{path} is writable by other users"
    return None


def check_index(index_dir: Path, generation: Path | None, error: type[Exception]) -> None:
    """Raise error unless nobody but this user (or root) can change what an
    index opens: every folder above index_dir (one writable by others only
    with the sticky bit, as /tmp), index_dir itself and its files, and every
    file and folder of the live generation. A symbolic link must belong to
    this user or root, and so must what it points to. Parts that do not exist
    yet are skipped: they will be made private."""
    refusal = _ancestors_reason(index_dir)
    if refusal is None and os.path.lexists(index_dir):
        refusal = _entry_reason(index_dir) or _contents_reason(index_dir)
    if refusal is None and generation is not None:
        refusal = _contents_reason(generation)
    if refusal is not None:
        raise error(refusal)


def _refusal(reason: str, path: Path) -> str:
    return (
        f"{reason}, and an index can carry code; if you trust it, run "
        f"`chmod go-w {path}` (and chown it to yourself)"
    )


def _ancestors_reason(index_dir: Path) -> str | None:
    """Why a folder above index_dir (as given, and with links resolved) is unsafe."""
    given = Path(os.path.abspath(index_dir))
    for folder in dict.fromkeys((*given.parents, *given.resolve().parents)):
        try:
            info = folder.lstat()
        except OSError:
            continue
        if info.st_uid not in (os.geteuid(), 0):
            return (
                f"the folder {folder} above the index belongs to another user (uid "
                f"{info.st_uid}), who could replace the index; use an index folder of yours "
                "with --index DIR"
            )
        shared = info.st_mode & stat.S_IWOTH or (
            info.st_mode & stat.S_IWGRP and not _private_group(info.st_gid)
        )
        if shared and not info.st_mode & stat.S_ISVTX:
            return (
                f"the folder {folder} above the index is writable by other users, who could "
                f"replace the index; run `chmod go-w {folder}` or use another index folder "
                "with --index DIR"
            )
    return None


def _private_group(gid: int) -> bool:
    """Whether the group gid is this user's own (a user private group)."""
    try:
        members = grp.getgrgid(gid).gr_mem
        me = pwd.getpwuid(os.geteuid()).pw_name
        others = [user for user in pwd.getpwall() if user.pw_gid == gid and user.pw_name != me]
    except KeyError:
        return False
    return gid == os.getegid() and set(members) <= {me} and not others


def _contents_reason(folder: Path) -> str | None:
    """Why an entry of folder (not below it) is unsafe."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return None  # unreadable: opening it fails with its own message
    for entry in entries:
        reason = _entry_reason(Path(entry.path))
        if reason is not None:
            return reason
    return None


def _entry_reason(path: Path) -> str | None:
    """Why path (a link itself, then what it points to) may be changed by others."""
    try:
        link = path.lstat()
    except OSError:
        return None
    if stat.S_ISLNK(link.st_mode):
        if link.st_uid not in (os.geteuid(), 0):
            return (
                f"{path} is a link made by another user (uid {link.st_uid}), and an index can "
                f"carry code; remove the link, or the index with it"
            )
        try:
            target = path.resolve(strict=True)
            unsafe = unsafe_reason(target)
        except OSError:
            return None  # a broken link: nothing to open
        return _refusal(f"{unsafe} (linked from {path})", target) if unsafe else None
    unsafe = unsafe_reason(path)
    return _refusal(unsafe, path) if unsafe else None
