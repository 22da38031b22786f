"""Writing the lookup file of a commit (its tables: ``index.store.lookups``, which
reads it for the query side; a search imports neither this nor the entity table)."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

from index.records import PERSON, Entity
from index.store.entity_table import EntityTable
from index.store.lookups import SCHEMA
from index.store.surname_folds import surname_folds

TOP_SPELLINGS = 10


def write_lookups(
    path: Path,
    entities: EntityTable,
    sources: Mapping[str, str],
    furniture: Mapping[str, Iterable[int]] | None = None,
) -> None:
    """Write the lookup file of an entity table, the display names of sources
    (by folded name) and each source's furniture paragraphs' keys
    (``index.site_furniture``), atomically (temporary file, rename)."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    with sqlite3.connect(temporary) as db:
        db.executescript(SCHEMA)
        listed = entities.entities()
        db.executemany("INSERT INTO entity VALUES (?,?,?,?,?,?,?)", _entity_rows(listed))
        by_key, by_surname = entities.lookups()
        tables = (("name_key", by_key), ("surname", by_surname), ("spelling", entities.spellings()))
        for table, lookup in tables:
            db.executemany(
                f"INSERT INTO {table} VALUES (?,?,?)",
                (
                    (kind, key, i)
                    for kind, keys in lookup.items()
                    for key, ids in keys.items()
                    for i in ids
                ),
            )
        db.executemany("INSERT INTO source VALUES (?,?)", sources.items())
        folds = surname_folds(listed)
        db.executemany("INSERT INTO fold VALUES (?,?,?)", ((PERSON, *f) for f in folds.items()))
        marked = sorted((source, key) for source, keys in (furniture or {}).items() for key in keys)
        db.executemany("INSERT INTO furniture VALUES (?,?)", marked)
    db.close()
    os.replace(temporary, path)


_SPELLINGS_TEXT = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps's, made once


def _entity_rows(listed: list[Entity]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for entity in listed:
        top = dict(list(entity.variants.items())[:TOP_SPELLINGS])
        rows.append(
            (
                entity.type,
                entity.id,
                entity.name,
                entity.articles,
                sum(entity.variants.values()),
                entity.country,
                _SPELLINGS_TEXT(top),
            )
        )
    return rows
