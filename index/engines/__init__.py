"""The engines behind the seam (``index.engines.base``), chosen per index.

Each generation folder names its engine in ``engine.json``; ``open_reader`` and
``open_writer`` open whichever engine built it. Engine modules are imported only
when their engine is used: importing Whoosh costs a search about 0.1 s.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from index.errors import IndexFilesError
from index.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:  # annotations only: `search --version` reads an index's format without them
    from index.engines.base import Reader, Writer

ENGINES = ("tantivy", "whoosh")
DEFAULT_ENGINE = "tantivy"
ENGINE_FILE = "engine.json"


def create_index(path: Path, engine: str) -> None:
    """An empty index of the given engine in the (empty) folder path."""
    if engine == "whoosh":
        from index.engines.whoosh_engine.writer import create
    elif engine == "tantivy":
        from index.engines.tantivy_engine.writer import create
    else:
        raise ValueError(f"unknown engine {engine!r} (engines: {', '.join(ENGINES)})")
    create(path)
    record = path / f"{ENGINE_FILE}.{os.getpid()}.tmp"
    record.write_text(json.dumps({"engine": engine, "format": SCHEMA_VERSION}) + "\n", "utf-8")
    os.replace(record, path / ENGINE_FILE)


def index_format(path: Path) -> tuple[str | None, int | None]:
    """The engine and format version an index folder records (None, None for an
    index from before engines were recorded)."""
    try:
        data = json.loads((path / ENGINE_FILE).read_text("utf-8"))
    except FileNotFoundError:
        return None, None
    except (OSError, ValueError) as error:
        raise IndexFilesError(f"{ENGINE_FILE}: {error}") from error
    if not isinstance(data, dict):
        raise IndexFilesError(f"{ENGINE_FILE} is not an object")
    engine, version = data.get("engine"), data.get("format")
    return (engine if isinstance(engine, str) else None), (
        version if isinstance(version, int) else None
    )


def engine_of(path: Path) -> str:
    """The engine of an index folder; IndexFilesError when it is of another version."""
    engine, version = index_format(path)
    if engine not in ENGINES or version != SCHEMA_VERSION:
        raise IndexFilesError(
            f"written by another version of this tool (format {version or 'unknown'}, "
            f"this one reads {SCHEMA_VERSION})"
        )
    assert engine is not None
    return engine


def open_reader(path: Path) -> Reader:
    if engine_of(path) == "whoosh":
        from index.engines.whoosh_engine.reader import WhooshReader

        return WhooshReader(path)
    from index.engines.tantivy_engine.reader import TantivyReader

    return TantivyReader(path)


def open_writer(path: Path) -> Writer:
    if engine_of(path) == "whoosh":
        from index.engines.whoosh_engine.writer import WhooshWriter

        return WhooshWriter(path)
    from index.engines.tantivy_engine.writer import TantivyWriter

    return TantivyWriter(path)
