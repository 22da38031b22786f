"""Opening an index read-only: the one place the query side touches storage.

``open_store`` finds the live generation (see ``index.store.layout``), refuses an
index directory other users can write to (a Whoosh index holds pickled data),
and opens whichever engine built the index (``index.engines``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from index.aliases import AliasBook
from index.engines import open_reader
from index.engines.base import Reader
from index.errors import IndexFilesError
from index.records import Entity
from index.store import layout
from index.store.lookups import Lookups
from search.errors import IndexNotFoundError, IndexUnreadableError, UnsafeIndexError


@dataclass
class Store:
    """An open index: the engine's reader of one commit, and its lookup tables."""

    index_dir: Path
    generation: Path
    reader: Reader
    aliases: AliasBook = field(default_factory=AliasBook, repr=False)  # the user's alias file

    @property
    def engine(self) -> str:
        return self.reader.engine

    @cached_property
    def lookups(self) -> Lookups:
        """Names, lookups and sources of the commit the reader reads."""
        commit = self.reader.commit_id
        path = layout.lookups_path(self.generation, commit)
        if not path.exists():
            raise IndexUnreadableError(
                f"the index at {self.index_dir} has no lookup file for commit {commit}; "
                "rebuild it with `search-index --rebuild PATH...`"
            )
        lookups = None
        try:
            lookups = Lookups(path)
            lookups.check()
        except sqlite3.Error as error:
            if lookups is not None:
                lookups.close()
            raise IndexUnreadableError(
                f"cannot read the index at {self.index_dir} (lookup file {path.name}: {error}); "
                "rebuild it with `search-index --rebuild PATH...`"
            ) from error
        return lookups

    def entities(self, kind: str, ids: list[str]) -> dict[str, Entity]:
        """The entities of one type with these ids (unknown ids left out)."""
        return self.lookups.entities(kind, ids) if ids else {}

    def names_by_kind(self, wanted: Mapping[str, Sequence[str]]) -> dict[str, dict[str, str]]:
        """The display names of the entities with these ids, by type, in one lookup."""
        return self.lookups.names_by_kind(wanted)

    @cached_property
    def sources(self) -> dict[str, str]:
        return self.lookups.sources()

    @property
    def person_folds(self) -> dict[str, str]:
        """Surnames alone -> the full names they fold into (``search.surname_folds``)."""
        return self.lookups.folds("PERSON")

    def close(self) -> None:
        if "lookups" in self.__dict__:
            self.lookups.close()
            del self.__dict__["lookups"]
        self.reader.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def index_exists(index_dir: Path) -> bool:
    return layout.current_generation(index_dir) is not None


def open_store(index_dir: Path, attempts: int = 3) -> Store:
    """Open the live index read-only. An update committing at the same moment
    can remove files the previous commit used between our reading its table
    of contents and opening them: then we start again from the new commit."""
    for attempt in range(attempts):
        try:
            store = _open_once(index_dir)
        except IndexUnreadableError:
            if attempt == attempts - 1:
                raise
            continue
        try:
            store.lookups  # noqa: B018 - open the lookup file now, so errors surface here
            return store
        except (IndexUnreadableError, OSError, sqlite3.Error):
            store.close()
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def _open_once(index_dir: Path) -> Store:
    generation = layout.current_generation(index_dir)
    if generation is None:
        raise IndexNotFoundError(
            f"no index at {index_dir}: run `search-index PATH...` to index your articles"
        )
    layout.check_index(index_dir, generation, UnsafeIndexError)
    try:
        reader = open_reader(generation)
    except (IndexFilesError, OSError) as error:
        raise IndexUnreadableError(
            f"cannot read the index at {index_dir} ({error}); "
            "rebuild it with `search-index --rebuild PATH...`, naming every path of your archive"
        ) from error
    return Store(index_dir=index_dir, generation=generation, reader=reader)
