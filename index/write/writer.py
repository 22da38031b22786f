"""Writing an index: articles in, an updated index on disk out.

``update_index`` brings the index up to date with what it is given, touching
only what changed: an article whose content hash is unchanged is skipped, a
changed one replaced, and an article whose file is gone (or, with ``prune``,
that was not seen in this run) removed. Everything lands in one Whoosh commit,
which is atomic: a killed run leaves the previous state searchable, and the
next run completes the work.

A first build or a ``rebuild`` goes into a fresh generation folder that becomes
live once complete (see ``index.store.layout``). An index that cannot be read, or was
written by another version of this tool, is refused until rebuilt: the paths of
one run may not be all the index holds.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage

from index.aliases import AliasBook, keep_alias_file
from index.errors import IndexDirectoryError, IndexLockedError, NoArticlesError
from index.read.articles import Article, ReadLog
from index.store import layout
from index.store.columns import column_values
from index.store.schema import SCHEMA_VERSION, build_schema
from index.store.tables import Tables
from index.store.whoosh_patch import apply as apply_whoosh_patch
from index.write.builder import build_documents
from index.write.documents import content_hash

ProgressHandler = Callable[[Article], None]
apply_whoosh_patch()


@dataclass(frozen=True)
class IndexStats:
    index_dir: str
    articles: int  # in the index after the run
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    duplicates: tuple[str, ...] = ()
    rebuilt: bool = False
    seconds: float = 0.0


@dataclass
class _Existing:
    docnum: int
    hash: str
    file: str


@dataclass
class _Run:
    """Counts and state of one update."""

    tables: Tables
    existing: dict[str, _Existing]
    aliases: AliasBook = field(default_factory=AliasBook)
    seen: set[str] = field(default_factory=set)
    duplicates: list[str] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def update_index(
    articles: Iterable[Article],
    index_dir: Path,
    log: ReadLog | None = None,
    *,
    prune: bool = False,
    rebuild: bool = False,
    progress: ProgressHandler | None = None,
    aliases: AliasBook | None = None,
) -> IndexStats:
    """Bring index_dir up to date with articles (see the module docstring).

    log tells which files were read cleanly: their articles not seen in this run
    were deleted from the file and are removed. Raises NoArticlesError, and
    changes nothing, when no article could be read at all. aliases (the alias
    file) is applied to every article and kept in index_dir for searches.
    """
    started = time.monotonic()
    # refused before it is opened, or made private
    layout.check_index(index_dir, layout.current_generation(index_dir), IndexDirectoryError)
    try:
        layout.make_private_dir(index_dir)
    except OSError as error:
        raise IndexDirectoryError(
            f"cannot use {index_dir} as the index directory: {error.strerror}; "
            "give another with --index DIR"
        ) from error
    with layout.private_files(), _write_lock(index_dir):
        live = layout.current_generation(index_dir)
        # Folders of killed rebuilds: no reader uses them (CURRENT never named them).
        _remove_old_generations(index_dir, keep=live.name if live else "")
        fresh = rebuild or live is None
        if live is not None and not fresh:
            _check_version(index_dir, live)
        generation = _new_generation(index_dir) if fresh else live
        assert generation is not None
        try:
            run = _update(generation, articles, log or ReadLog(), prune, progress, aliases)
            if fresh:
                _make_live(index_dir, generation)
        except BaseException:
            if fresh:
                shutil.rmtree(generation, ignore_errors=True)
            raise
        if fresh:
            _remove_old_generations(index_dir, keep=generation.name)
        keep_alias_file(aliases, index_dir)
    return IndexStats(
        index_dir=str(index_dir),
        articles=run.tables.articles,
        added=run.added,
        updated=run.updated,
        unchanged=run.unchanged,
        removed=run.removed,
        duplicates=tuple(run.duplicates),
        rebuilt=fresh,
        seconds=time.monotonic() - started,
    )


def _update(
    generation: Path,
    articles: Iterable[Article],
    log: ReadLog,
    prune: bool,
    progress: ProgressHandler | None,
    aliases: AliasBook | None = None,
) -> _Run:
    ix, reader, tables, existing = _read_live(generation)
    with reader:
        run = _Run(tables, existing, aliases or AliasBook())
        writer = _LazyWriter(ix)
        try:
            needed = _needed(articles, run, progress)
            for _, _, old, document in build_documents(needed, run.aliases):
                if old is not None:
                    _remove(writer, reader, run, old)
                run.tables.add(document)
                writer.get().add_document(**document)
            if not run.seen:
                raise NoArticlesError("no readable articles in the given paths")
            _remove_unseen(writer, reader, run, log, prune)
        except BaseException:
            writer.cancel()
            raise
        if not run.changed:
            return run
        run.tables.write(generation, writer.get().generation)
        writer.get().commit()
    layout.remove_old_tables(generation, keep_from=ix.latest_generation() - 1)
    return run


def _read_live(generation: Path) -> tuple[Any, Any, Tables, dict[str, _Existing]]:
    """The index to update, its reader, tables and articles; IndexDirectoryError
    when its files are damaged (only a rebuild can help then)."""
    reader = None
    try:
        ix = FileStorage(str(generation)).open_index()
        reader = ix.reader()
        tables = Tables.read(generation, ix.latest_generation())
        return ix, reader, tables, _existing_articles(reader)
    except Exception as error:  # Whoosh raises many kinds on damaged files
        if reader is not None:
            reader.close()
        raise IndexDirectoryError(
            f"cannot read the index at {generation.parent} ({type(error).__name__}: {error}); "
            "build it afresh with `search-index --rebuild PATH...`"
        ) from error


class _LazyWriter:
    """Opens the Whoosh writer at the first change: a run that changes nothing
    writes nothing (a cancelled Whoosh writer leaves its new files behind)."""

    def __init__(self, ix: Any) -> None:
        self._ix = ix
        self._writer: Any = None

    def get(self) -> Any:
        if self._writer is None:
            self._writer = self._ix.writer(limitmb=256)
        return self._writer

    def cancel(self) -> None:
        if self._writer is not None:
            self._writer.cancel()


def _needed(
    articles: Iterable[Article], run: _Run, progress: ProgressHandler | None
) -> Iterator[tuple[Article, str, _Existing | None]]:
    """The articles to (re)index, with their content hash and the indexed
    version they replace; duplicates and unchanged articles are counted."""
    for article in articles:
        if progress is not None:
            progress(article)
        if article.id in run.seen:
            run.duplicates.append(article.id)
            continue
        run.seen.add(article.id)
        digest = content_hash(article, run.aliases.digest)
        old = run.existing.get(article.id)
        if old is not None and old.hash == digest:
            run.unchanged += 1
            continue
        if old is not None:
            run.updated += 1
        else:
            run.added += 1
        yield article, digest, old


def _remove_unseen(writer: _LazyWriter, reader: Any, run: _Run, log: ReadLog, prune: bool) -> None:
    """Remove articles not seen in this run whose file is gone, or was read
    cleanly (so the article left it), or all of them with prune. Articles of a
    file that could not be read are kept."""
    for article_id, old in run.existing.items():
        if article_id in run.seen or old.file in log.troubled:
            continue
        if prune or old.file in log.files or not os.path.exists(old.file):
            _remove(writer, reader, run, old)
            run.removed += 1


def _remove(writer: _LazyWriter, reader: Any, run: _Run, old: _Existing) -> None:
    run.tables.subtract(reader.stored_fields(old.docnum))
    writer.get().delete_document(old.docnum)


def _existing_articles(reader: Any) -> dict[str, _Existing]:
    docnums = list(reader.all_doc_ids())
    ids, hashes, files = (column_values(reader, name, docnums) for name in ("id", "hash", "file"))
    return {
        article_id: _Existing(docnum, digest, file)
        for docnum, article_id, digest, file in zip(docnums, ids, hashes, files, strict=True)
    }


def _check_version(index_dir: Path, generation: Path) -> None:
    """Raises IndexDirectoryError when the live index cannot be read or was written
    by another version of this tool. It is never rebuilt silently: a rebuild holds
    only the paths of this run, and the index may hold articles from others."""
    rebuild = (
        "build it afresh with `search-index --rebuild PATH...`, naming every path of your archive"
    )
    try:
        ix = FileStorage(str(generation)).open_index()
        version = layout.read_tables(generation, ix.latest_generation()).get("schema_version")
    except Exception as error:  # Whoosh raises many kinds on damaged files
        raise IndexDirectoryError(
            f"cannot read the index at {index_dir} ({type(error).__name__}); {rebuild}"
        ) from error
    if version != SCHEMA_VERSION:
        raise IndexDirectoryError(
            f"the index at {index_dir} was written by another version of this tool "
            f"(format {version}, this one writes {SCHEMA_VERSION}); {rebuild}"
        )


def _new_generation(index_dir: Path) -> Path:
    generation = index_dir / f"{layout.GENERATION_PREFIX}{time.time_ns():x}-{os.getpid()}"
    generation.mkdir(mode=0o700)
    FileStorage(str(generation)).create_index(build_schema())
    return generation


def _make_live(index_dir: Path, generation: Path) -> None:
    pointer = index_dir / f"{layout.CURRENT}.{os.getpid()}.tmp"
    pointer.write_text(generation.name + "\n", encoding="utf-8")
    os.replace(pointer, index_dir / layout.CURRENT)


def _remove_old_generations(index_dir: Path, keep: str) -> None:
    for child in index_dir.iterdir():
        if child.name.startswith(layout.GENERATION_PREFIX) and child.name != keep:
            shutil.rmtree(child, ignore_errors=True)


@contextmanager
def _write_lock(index_dir: Path) -> Iterator[None]:
    """One indexer at a time per index directory. The lock is an flock, so a
    killed indexer's lock is released by the kernel and never goes stale."""
    path = index_dir / layout.LOCK
    try:
        handle = path.open("a")
    except OSError as error:
        raise IndexDirectoryError(f"cannot write to {index_dir}: {error.strerror}") from error
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise IndexLockedError(
                f"another indexer is writing to {index_dir} (lock {path}); "
                "wait for it to finish, then run again"
            ) from error
        yield


build_index = update_index  # the name used before updates were incremental
