"""The tables kept beside the Whoosh index, one copy per commit: the entity
table, the spellings of each source, and the article count."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from index.store import layout
from index.store.entity_table import EntityTable
from index.store.lookups import write_lookups
from index.store.schema import SCHEMA_VERSION


class Tables:
    def __init__(self) -> None:
        self.entities = EntityTable()
        self.sources: dict[str, Counter[str]] = {}
        self.articles = 0

    @classmethod
    def read(cls, generation: Path, commit: int) -> Tables:
        raw = layout.read_tables(generation, commit)
        tables = cls()
        tables.entities = EntityTable.from_json(raw.get("entities", {}))
        tables.sources = {k: Counter(v) for k, v in raw.get("source_spellings", {}).items()}
        tables.articles = int(raw.get("articles", 0))
        return tables

    def write(self, generation: Path, commit: int) -> None:
        """The tallies (for the next update) and the lookup file (for readers)."""
        layout.write_tables(generation, commit, self.to_json())
        write_lookups(layout.lookups_path(generation, commit), self.entities, self.source_names())

    def source_names(self) -> dict[str, str]:
        return {k: _most_used(v) for k, v in sorted(self.sources.items())}

    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "articles": self.articles,
            "entities": self.entities.to_json(),
            "source_spellings": {
                k: dict(sorted(v.items())) for k, v in sorted(self.sources.items())
            },
        }

    def add(self, document: Mapping[str, Any]) -> None:
        self._apply(document, +1)

    def subtract(self, stored: Mapping[str, Any]) -> None:
        self._apply(stored, -1)

    def _apply(self, document: Mapping[str, Any], sign: int) -> None:
        rows = document.get("tallies") or []
        if sign > 0:
            self.entities.add(rows)
        else:
            self.entities.subtract(rows)
        source = document.get("source_name") or ""
        if source:
            spellings = self.sources.setdefault(source.casefold(), Counter())
            spellings[source] += sign
            if spellings[source] <= 0:
                del spellings[source]
            if not spellings:
                del self.sources[source.casefold()]
        self.articles += sign


def _most_used(spellings: Counter[str]) -> str:
    return min(spellings, key=lambda s: (-spellings[s], s))
