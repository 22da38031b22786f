"""The lookup file written with every commit, for the query side.

A small SQLite database beside the Whoosh index: each entity's display name,
counts and top spellings, the name-key and surname lookups that resolve what a
user types, and the display names of sources. The query side opens it read-only
and reads the few rows a search needs, instead of loading the whole table.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from index.records import PERSON
from index.store.entity_table import Entity, EntityTable
from index.store.surname_folds import surname_folds

TOP_SPELLINGS = 10
_SCHEMA = """
CREATE TABLE entity(kind TEXT, id TEXT, name TEXT, articles INTEGER, mentions INTEGER,
                    country TEXT, spellings TEXT, PRIMARY KEY(kind, id)) WITHOUT ROWID;
CREATE TABLE name_key(kind TEXT, key TEXT, id TEXT, PRIMARY KEY(kind, key, id)) WITHOUT ROWID;
CREATE TABLE surname(kind TEXT, key TEXT, id TEXT, PRIMARY KEY(kind, key, id)) WITHOUT ROWID;
CREATE TABLE spelling(kind TEXT, folded TEXT, id TEXT, PRIMARY KEY(kind, folded, id)) WITHOUT ROWID;
CREATE TABLE source(folded TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE TABLE fold(kind TEXT, id TEXT, head TEXT, PRIMARY KEY(kind, id)) WITHOUT ROWID;
"""

_TABLES = ("entity", "name_key", "surname", "spelling", "source")


def write_lookups(path: Path, entities: EntityTable, sources: Mapping[str, str]) -> None:
    """Write the lookup file of an entity table and the display names of sources
    (by folded name), atomically (temporary file, rename)."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    with sqlite3.connect(temporary) as db:
        db.executescript(_SCHEMA)
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


class Lookups:
    """Read-only access to one commit's lookup file."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._folds: dict[str, dict[str, str]] = {}

    def close(self) -> None:
        self._db.close()

    def check(self) -> None:
        """Read the file's schema: a damaged or empty file raises sqlite3.Error here."""
        rows = self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        missing = set(_TABLES) - {row[0] for row in rows}
        if missing:
            raise sqlite3.DatabaseError(f"no table {', '.join(sorted(missing))}")

    def entities(self, kind: str, ids: list[str]) -> dict[str, Entity]:
        return {row[1]: _entity(row) for row in self._entity_rows("*", kind, ids)}

    def entity_names(self, kind: str, ids: list[str]) -> dict[str, str]:
        """The display names of the entities of one type with these ids (unknown
        ids left out): a result's entity list wants only these, without the
        spellings each record would decode."""
        return dict(self._entity_rows("id, name", kind, ids))

    def names_by_kind(self, wanted: Mapping[str, Sequence[str]]) -> dict[str, dict[str, str]]:
        """The display names of the entities with these ids, for several types at
        once (unknown ids left out): one query for a result's entity list, where a
        query per type would make a page of ten results forty."""
        asked = [(kind, list(ids)) for kind, ids in wanted.items() if ids]
        found: dict[str, dict[str, str]] = {kind: {} for kind in wanted}
        if sum(len(ids) for _, ids in asked) > 500:  # SQLite's limit on parameters
            for kind, ids in asked:
                found[kind] = self.entity_names(kind, ids)
            return found
        select = "SELECT kind, id, name FROM entity WHERE kind = ? AND id IN"
        query = " UNION ALL ".join(f"{select} ({','.join('?' * len(ids))})" for _, ids in asked)
        if query:
            for kind, entity_id, name in self._db.execute(query, [*_flat(asked)]):
                found[kind][entity_id] = name
        return found

    def _entity_rows(self, columns: str, kind: str, ids: list[str]) -> Iterator[tuple[Any, ...]]:
        """The rows (these columns) of the entities of one type with these ids,
        asked for 500 ids at a time (SQLite's limit on parameters)."""
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT {columns} FROM entity WHERE kind = ? AND id IN ({marks})"
            yield from self._db.execute(query, (kind, *chunk))

    def ids_for_key(self, kind: str, key: str) -> list[str]:
        rows = self._db.execute("SELECT id FROM name_key WHERE kind = ? AND key = ?", (kind, key))
        return [row[0] for row in rows]

    def ids_for_spelling(self, kind: str, folded: str) -> list[str]:
        """Ids of the entities the archive writes exactly so (``folded`` by fold_name)."""
        query = "SELECT id FROM spelling WHERE kind = ? AND folded = ?"
        return [row[0] for row in self._db.execute(query, (kind, folded))]

    def ids_for_surname(self, kind: str, key: str) -> list[str]:
        rows = self._db.execute("SELECT id FROM surname WHERE kind = ? AND key = ?", (kind, key))
        return [row[0] for row in rows]

    def names(self, kind: str) -> list[str]:
        return [
            row[0] for row in self._db.execute("SELECT name FROM entity WHERE kind = ?", (kind,))
        ]

    def folds(self, kind: str) -> dict[str, str]:
        """Ids of surnames alone -> the full name's id each folds into
        (``index.store.surname_folds``); none in a lookup file written before folds. Read
        once per kind: the facets, every person filter and the hits all ask."""
        if kind not in self._folds:
            try:
                rows = self._db.execute("SELECT id, head FROM fold WHERE kind = ?", (kind,))
                self._folds[kind] = dict(rows.fetchall())
            except sqlite3.OperationalError:
                self._folds[kind] = {}
        return self._folds[kind]

    def sources(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT folded, name FROM source").fetchall())


def _entity(row: tuple[object, ...]) -> Entity:
    kind, entity_id, name, articles, mentions, country, spellings = row
    return Entity(
        id=str(entity_id),
        type=str(kind),
        name=str(name),
        articles=int(str(articles)),
        variants=json.loads(str(spellings)),
        country=str(country) if country else None,
        mentions=int(str(mentions)),
    )


def _flat(asked: list[tuple[str, list[str]]]) -> Iterator[str]:
    for kind, ids in asked:
        yield kind
        yield from ids
