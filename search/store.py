"""Opening an index read-only: the one place the query side touches storage.

``open_store`` finds the live generation (see ``index.store.layout``), refuses an
index directory other users can write to (Whoosh unpickles data from it), and
opens Whoosh without copying files into memory.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.aliases import AliasBook
from index.store import layout
from index.store.entity_table import Entity
from index.store.lookups import Lookups
from search.errors import IndexNotFoundError, IndexUnreadableError, UnsafeIndexError

if TYPE_CHECKING:
    from index.store.columns import Columns


@dataclass
class Store:
    """An open index: the Whoosh index, one reusable searcher, the entity table."""

    index_dir: Path
    generation: Path
    _searcher: Any = field(default=None, repr=False)
    aliases: AliasBook = field(default_factory=AliasBook, repr=False)  # the user's alias file

    @cached_property
    def whoosh_index(self) -> Any:
        from whoosh.filedb.filestore import FileStorage

        try:
            return FileStorage(str(self.generation), supports_mmap=False).open_index()
        except Exception as error:  # Whoosh raises many kinds on damaged files
            raise IndexUnreadableError(
                f"cannot read the index at {self.index_dir} ({type(error).__name__}: {error}); "
                "rebuild it with `search-index PATH...`"
            ) from error

    @property
    def searcher(self) -> Any:
        if self._searcher is None:
            try:
                from index.store.columns import keep_lengths

                self._searcher = self.whoosh_index.searcher()
                keep_lengths(self._searcher.reader())
            except Exception as error:  # e.g. EmptyIndexError: a rebuild removed the files
                if isinstance(error, IndexUnreadableError):
                    raise
                raise IndexUnreadableError(
                    f"cannot read the index at {self.index_dir} ({error}); "
                    "rebuild it with `search-index PATH...`"
                ) from error
        return self._searcher

    @cached_property
    def lookups(self) -> Lookups:
        """Names, lookups and sources of the commit the searcher reads."""
        commit = self.searcher.reader().generation()
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

    @cached_property
    def sources(self) -> dict[str, str]:
        return self.lookups.sources()

    @property
    def schema(self) -> Any:
        """The schema of the commit the searcher reads (Whoosh's index.store.schema
        re-reads the table of contents from disk, which a rebuild may have removed)."""
        return self.searcher.schema

    @cached_property
    def columns(self) -> Columns:
        """The searcher's facet and date columns, read once and kept for every search."""
        from index.store.columns import Columns

        return Columns(self.searcher.reader())

    def close(self) -> None:
        if "lookups" in self.__dict__:
            self.lookups.close()
            del self.__dict__["lookups"]
        self.__dict__.pop("columns", None)
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

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
        store = _open_once(index_dir)
        try:
            store.searcher  # noqa: B018 - open the files now, so errors surface here
            store.lookups  # noqa: B018
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
    return Store(index_dir=index_dir, generation=generation)
