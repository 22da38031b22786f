"""Where things live inside an index directory.

An index directory holds generations: each complete build is written to its own
sub-folder and becomes live when the ``CURRENT`` file is atomically replaced to
name it. Readers open whatever ``CURRENT`` names, so a search never sees a
half-written index, and a killed indexer leaves the previous generation live.

The directory is private to its owner (mode 0700): Whoosh stores pickled data,
so an index someone else can write to could run their code when opened.
"""

from __future__ import annotations

import json
import os
import stat
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
    """Create path (and parents) with owner-only permissions on the last part.
    Callers refuse an existing folder others can write to first (``check_safe``):
    making it private now would not undo what was put in it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o700)


def unsafe_reason(path: Path) -> str | None:
    """Why users other than this one (or root) may write to path, or None."""
    info = path.stat()
    if info.st_uid not in (os.geteuid(), 0):
        return f"{path} belongs to another user (uid {info.st_uid})"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"{path} is writable by other users"
    return None


def check_safe(paths: tuple[Path | None, ...], error: type[Exception]) -> None:
    """Raise error when one of paths (the index directory, its live generation)
    is a folder other users can write to: Whoosh unpickles what it opens."""
    for path in paths:
        reason = unsafe_reason(path) if path is not None else None
        if reason:
            raise error(
                f"{reason}, and an index can carry code; if you trust it, run "
                f"`chmod go-w {path}` (and chown it to yourself)"
            )
