"""The tables kept beside the engine's index, one copy per commit: the entity
table, the spellings of each source, the register of indexed articles
(each id's content hash and input file, what an update compares against), and
how many pages of each source print each paragraph (``index.site_furniture``:
the paragraphs marked as furniture go into the lookup file for the search)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.forked import run_forked
from index.records import StoredArticle
from index.site_furniture import FurnitureCounts, source_of
from index.store import layout
from index.store.entity_table import EntityTable
from index.store.lookups_writer import write_lookups
from index.store.schema import SCHEMA_VERSION

#: Entities from which the lookup file is written by a forked child (~26 us of CPU an
#: entity on Reuters, against a few ms a fork costs): small tables, as of the seeds and
#: of most tests, are written in-process.
FORKED_LOOKUPS = 1_000


@dataclass(frozen=True)
class Registered:
    """What the index holds of an article, for deciding an update."""

    hash: str
    file: str


class Tables:
    def __init__(self) -> None:
        self.entities = EntityTable()
        self.sources: dict[str, Counter[str]] = {}
        self.register: dict[str, Registered] = {}
        self.furniture = FurnitureCounts()

    @property
    def articles(self) -> int:
        return len(self.register)

    @classmethod
    def read(cls, generation: Path, commit: int) -> Tables:
        raw = layout.read_tables(generation, commit)
        tables = cls()
        tables.entities = EntityTable.from_json(raw.get("entities", {}))
        tables.sources = {k: Counter(v) for k, v in raw.get("source_spellings", {}).items()}
        tables.register = {
            article_id: Registered(digest, file)
            for article_id, (digest, file) in raw.get("register", {}).items()
        }
        tables.furniture = FurnitureCounts.from_json(raw.get("furniture", {}))
        return tables

    def write(self, generation: Path, commit: int) -> None:
        """The tallies (for the next update) and the lookup file (for readers). The
        lookup file of a large table is written by a forked child meanwhile, on another
        core (Reuters: ~0.9 s of the ~1.3 s of CPU the two take); should the child
        fail, it is written here, to raise the error."""
        path, sources = layout.lookups_path(generation, commit), self.source_names()
        furniture = self.furniture.marked()

        def lookups() -> None:
            write_lookups(path, self.entities, sources, furniture)

        forked = self.entities.size >= FORKED_LOOKUPS
        wait = run_forked(lookups) if forked else None
        try:
            layout.write_tables(generation, commit, self.to_json())
        finally:
            written = wait() if wait is not None else False
        if not written:
            lookups()

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
            "register": {i: [r.hash, r.file] for i, r in sorted(self.register.items())},
            "furniture": self.furniture.to_json(),
        }

    def add(self, article: StoredArticle) -> None:
        self.entities.add(article.tallies)
        self._count_source(article.source, +1)
        self.register[article.id] = Registered(article.hash, article.file)
        self.furniture.add(source_of(article.source, article.url), article.body)

    def subtract(self, article: StoredArticle) -> None:
        self.entities.subtract(article.tallies)
        self._count_source(article.source, -1)
        self.register.pop(article.id, None)
        self.furniture.add(source_of(article.source, article.url), article.body, -1)

    def _count_source(self, source: str, sign: int) -> None:
        if not source:
            return
        spellings = self.sources.setdefault(source.casefold(), Counter())
        spellings[source] += sign
        if spellings[source] <= 0:
            del spellings[source]
        if not spellings:
            del self.sources[source.casefold()]


def _most_used(spellings: Counter[str]) -> str:
    return min(spellings, key=lambda s: (-spellings[s], s))
