"""Where things live inside an index directory.

An index directory holds generations: each complete build is written to its own
sub-folder and becomes live when the ``CURRENT`` file is atomically replaced to
name it. Readers open whatever ``CURRENT`` names, so a search never sees a
half-written index, and a killed indexer leaves the previous generation live.

The directory is private to its owner (mode 0700): Whoosh stores pickled data,
so an index someone else can write to could run their code when opened.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

CURRENT = "CURRENT"
LOCK = "write.lock"
ENTITY_TABLE = "entities.json"
META = "meta.json"
GENERATION_PREFIX = "gen-"


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


def make_private_dir(path: Path) -> None:
    """Create path (and parents) with owner-only permissions on the last part."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o700)


def unsafe_permissions(path: Path) -> bool:
    """True when users other than the owner may write to path."""
    mode = path.stat().st_mode
    return bool(mode & (stat.S_IWGRP | stat.S_IWOTH))
