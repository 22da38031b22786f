"""The lookup file written with every commit (``index.store.lookups_writer``),
for the query side.

A small SQLite database beside the Whoosh index: each entity's display name,
counts and top spellings, the name-key and surname lookups that resolve what a
user types, and the display names of sources. The query side opens it read-only
and reads the few rows a search needs, instead of loading the whole table.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from index.records import Entity

# Paragraph keys per furniture query (SQLite's bound-parameter limit is far above).
_KEYS_PER_QUERY = 500

# The file's tables; TABLES are those a reader checks for.
SCHEMA = """
CREATE TABLE entity(kind TEXT, id TEXT, name TEXT, articles INTEGER, mentions INTEGER,
                    country TEXT, spellings TEXT, PRIMARY KEY(kind, id)) WITHOUT ROWID;
CREATE TABLE name_key(kind TEXT, key TEXT, id TEXT, PRIMARY KEY(kind, key, id)) WITHOUT ROWID;
CREATE TABLE surname(kind TEXT, key TEXT, id TEXT, PRIMARY KEY(kind, key, id)) WITHOUT ROWID;
CREATE TABLE spelling(kind TEXT, folded TEXT, id TEXT, PRIMARY KEY(kind, folded, id)) WITHOUT ROWID;
CREATE TABLE source(folded TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE TABLE fold(kind TEXT, id TEXT, head TEXT, PRIMARY KEY(kind, id)) WITHOUT ROWID;
CREATE TABLE furniture(source TEXT, key INTEGER, PRIMARY KEY(source, key)) WITHOUT ROWID;
"""

TABLES = ("entity", "name_key", "surname", "spelling", "source")


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
        missing = set(TABLES) - {row[0] for row in rows}
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

    def names_spelt_from(self, kind: str, letter: str, pattern: str = "*") -> list[str]:
        """Display names of the entities of one type with a spelling (folded by fold_name)
        that starts with ``letter`` and a display name that matches ``pattern`` (SQLite's
        GLOB: case-sensitive, ``*`` for any text; the spellings are sieved by the pattern
        in lower case first): read by the range of the spelling table's key, not the whole
        entity table, and only the entities whose spellings pass are looked up."""
        low = letter.lower()
        query = (
            "SELECT name FROM entity WHERE kind = ? AND name GLOB ? AND id IN "
            "(SELECT id FROM spelling WHERE kind = ? AND folded >= ? AND folded < ? "
            "AND folded GLOB ?)"
        )
        bounds = (low, chr(ord(low) + 1), pattern.lower())
        return [row[0] for row in self._db.execute(query, (kind, pattern, kind, *bounds))]

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

    def furniture(self, source: str, keys: Iterable[int]) -> frozenset[int]:
        """Which of these paragraph keys are the source's furniture
        (``index.site_furniture``); none in a lookup file written before the table.
        Looked up by key, a text's paragraphs at a time: at archive scale the table
        holds a hundred thousand keys, too many to read for one search."""
        wanted = sorted(set(keys))
        found: set[int] = set()
        try:
            for at in range(0, len(wanted), _KEYS_PER_QUERY):
                chunk = wanted[at : at + _KEYS_PER_QUERY]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT key FROM furniture WHERE source = ? AND key IN ({marks})"
                found.update(key for (key,) in self._db.execute(sql, (source, *chunk)))
        except sqlite3.OperationalError:
            return frozenset()
        return frozenset(found)

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
