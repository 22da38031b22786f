"""Writing an index: articles in, an updated index on disk out.

``update_index`` brings the index up to date with what it is given, touching
only what changed: an article whose content hash is unchanged is skipped, a
changed one replaced, and an article whose file is gone (or, with ``prune``,
that was not seen in this run) removed. Everything lands in one engine commit
(``index.engines``), which is atomic: a killed run leaves the previous state searchable, and the
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

from index.aliases import AliasBook, keep_alias_file
from index.collector import collector_relaxed
from index.engines import (
    DEFAULT_ENGINE,
    ENGINES,
    create_index,
    engine_of,
    index_format,
    open_reader,
    open_writer,
)
from index.engines.base import Reader, Writer
from index.engines.pending import Pending
from index.errors import (
    EngineMismatchError,
    IndexDirectoryError,
    IndexFilesError,
    IndexLockedError,
    NoArticlesError,
)
from index.read.articles import Article, ReadLog
from index.store import layout
from index.store.schema import SCHEMA_VERSION
from index.store.tables import Tables
from index.write.builder import build_documents
from index.write.documents import content_hash

ProgressHandler = Callable[[Article], None]
PhaseHandler = Callable[[str], None]


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
    engine: str = DEFAULT_ENGINE


@dataclass
class _Run:
    """Counts and state of one update."""

    tables: Tables
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
    engine: str | None = None,
    on_phase: PhaseHandler | None = None,
) -> IndexStats:
    """Bring index_dir up to date with articles (see the module docstring).

    log tells which files were read cleanly: their articles not seen in this run
    were deleted from the file and are removed. Raises NoArticlesError, and
    changes nothing, when no article could be read at all. aliases (the alias
    file) is applied to every article and kept in index_dir for searches. engine
    names the engine of a new index (a first build, or a rebuild, which keeps the
    live index's engine when not told); an update keeps the index's own, and
    asking for another without rebuild is an error.
    on_phase hears the name of each phase after the articles ("commit").
    """
    started = time.monotonic()
    _prepare_dir(index_dir)
    with layout.private_files(), _write_lock(index_dir):
        generation, fresh = _generation_to_write(index_dir, rebuild, engine)
        with collector_relaxed():
            run = _build(
                index_dir, generation, fresh, articles, log, prune, progress, aliases, on_phase
            )
        if fresh:
            _remove_old_generations(index_dir, keep=generation.name)
        keep_alias_file(aliases, index_dir)
    return _stats(index_dir, run, fresh, time.monotonic() - started, generation)


def _generation_to_write(index_dir: Path, rebuild: bool, engine: str | None) -> tuple[Path, bool]:
    """The generation folder this run writes, and whether it is a fresh one: the live one
    for an update (once :func:`_check_version` accepts it), a new one for a first build
    or a rebuild. Run under the write lock."""
    live = layout.current_generation(index_dir)
    # Folders of killed rebuilds: no reader uses them (CURRENT never named them).
    _remove_old_generations(index_dir, keep=live.name if live else "")
    fresh = rebuild or live is None
    if live is not None and not fresh:
        _check_version(index_dir, live, engine)
    generation = _new_generation(index_dir, engine or _engine_kept(live)) if fresh else live
    assert generation is not None
    return generation, fresh


def _build(
    index_dir: Path,
    generation: Path,
    fresh: bool,
    articles: Iterable[Article],
    log: ReadLog | None,
    prune: bool,
    progress: ProgressHandler | None,
    aliases: AliasBook | None,
    on_phase: PhaseHandler | None,
) -> _Run:
    """Update ``generation`` and, when it is a fresh one, make it the live one; a fresh
    one is removed whatever stops the update."""
    try:
        run = _update(
            generation, articles, log or ReadLog(), prune, progress, aliases, on_phase, fresh
        )
        if fresh:
            _make_live(index_dir, generation)
    except BaseException:
        if fresh:
            shutil.rmtree(generation, ignore_errors=True)
        raise
    return run


def _prepare_dir(index_dir: Path) -> None:
    """Refuse an index others could change before opening it; else make its
    folder (and those above it) private."""
    layout.check_index(index_dir, layout.current_generation(index_dir), IndexDirectoryError)
    try:
        layout.make_private_dir(index_dir)
    except OSError as error:
        raise IndexDirectoryError(
            f"cannot use {index_dir} as the index directory: {error.strerror}; "
            "give another with --index DIR"
        ) from error


def _stats(index_dir: Path, run: _Run, fresh: bool, seconds: float, generation: Path) -> IndexStats:
    return IndexStats(
        index_dir=str(index_dir),
        articles=run.tables.articles,
        added=run.added,
        updated=run.updated,
        unchanged=run.unchanged,
        removed=run.removed,
        duplicates=tuple(run.duplicates),
        rebuilt=fresh,
        seconds=seconds,
        engine=engine_of(generation),
    )


def _update(
    generation: Path,
    articles: Iterable[Article],
    log: ReadLog,
    prune: bool,
    progress: ProgressHandler | None,
    aliases: AliasBook | None = None,
    on_phase: PhaseHandler | None = None,
    fresh: bool = False,
) -> _Run:
    reader = _open_live(generation)
    try:
        run = _Run(Tables.read(generation, reader.commit_id), aliases or AliasBook())
        writer = _open_writer(generation)
        try:
            needed = _needed(articles, run, progress)
            for _, _, old, document in build_documents(needed, run.aliases):
                if old:
                    _remove(writer, reader, run, document.stored.id)
                run.tables.add(document.stored)
                writer.add(document)
            if not run.seen:
                raise NoArticlesError("no readable articles in the given paths")
            _remove_unseen(writer, reader, run, log, prune)
        except BaseException:
            writer.cancel()
            raise
        if not run.changed:
            writer.cancel()
            return run
        if on_phase is not None:
            on_phase("commit")
        commit = writer.commit_id
        _commit(writer, run.tables, generation, commit, side_by_side=fresh)
    finally:
        reader.close()
    layout.remove_old_tables(generation, keep_from=commit - 1)
    return run


def _commit(
    writer: Writer, tables: Tables, generation: Path, commit: int, side_by_side: bool
) -> None:
    """Write the commit's tables, then commit the engine (a killed update never leaves
    a live commit without its tables). A fresh generation, not live till both end,
    commits the engine on a thread meanwhile: tantivy's commit releases the GIL."""
    if not side_by_side:
        tables.write(generation, commit)
        writer.commit()
        return
    engine = Pending(writer.commit, concurrently=True)
    try:
        tables.write(generation, commit)
    finally:
        engine.wait()  # a failed build's generation is removed: not while the engine writes
    engine.result()


def _open_live(generation: Path) -> Reader:
    """The index to update; IndexDirectoryError when its files are damaged (only a
    rebuild can help then)."""
    try:
        return open_reader(generation)
    except IndexFilesError as error:
        raise IndexDirectoryError(
            f"cannot read the index at {generation.parent} ({error}); "
            "build it afresh with `search-index --rebuild PATH...`"
        ) from error


def _open_writer(generation: Path) -> Writer:
    try:
        return open_writer(generation)
    except IndexFilesError as error:
        raise IndexDirectoryError(
            f"cannot write the index at {generation.parent} ({error}); "
            "build it afresh with `search-index --rebuild PATH...`"
        ) from error


def _needed(
    articles: Iterable[Article], run: _Run, progress: ProgressHandler | None
) -> Iterator[tuple[Article, str, bool]]:
    """The articles to (re)index, with their content hash and whether they replace
    an indexed version; duplicates and unchanged articles are counted."""
    for article in articles:
        if progress is not None:
            progress(article)
        if article.id in run.seen:
            run.duplicates.append(article.id)
            continue
        run.seen.add(article.id)
        digest = content_hash(article, run.aliases.digest)
        old = run.tables.register.get(article.id)
        if old is not None and old.hash == digest:
            run.unchanged += 1
            continue
        if old is not None:
            run.updated += 1
        else:
            run.added += 1
        yield article, digest, old is not None


def _remove_unseen(writer: Writer, reader: Reader, run: _Run, log: ReadLog, prune: bool) -> None:
    """Remove articles not seen in this run whose file is gone, or was read
    cleanly (so the article left it), or all of them with prune. Articles of a
    file that could not be read are kept."""
    for article_id, old in list(run.tables.register.items()):
        if article_id in run.seen or old.file in log.troubled:
            continue
        if prune or old.file in log.files or not os.path.exists(old.file):
            _remove(writer, reader, run, article_id)
            run.removed += 1


def _remove(writer: Writer, reader: Reader, run: _Run, article_id: str) -> None:
    """Take an indexed article out: its contribution to the tables (as the live
    commit stored it) and its document."""
    stored = reader.by_id(article_id)
    if stored is not None:
        run.tables.subtract(stored)
    run.tables.register.pop(article_id, None)
    writer.delete(article_id)


def _check_version(index_dir: Path, generation: Path, engine: str | None) -> None:
    """Raises IndexDirectoryError when the live index cannot be read or was written
    by another version of this tool, or is of another engine than the one asked
    for. It is never rebuilt silently: a rebuild holds only the paths of this run,
    and the index may hold articles from others."""
    rebuild = (
        "build it afresh with `search-index --rebuild PATH...`, naming every path of your archive"
    )
    try:
        built_with, version = index_format(generation)
    except IndexFilesError as error:
        raise IndexDirectoryError(
            f"cannot read the index at {index_dir} ({error}); {rebuild}"
        ) from error
    if version != SCHEMA_VERSION:
        raise IndexDirectoryError(
            f"the index at {index_dir} was written by another version of this tool "
            f"(format {version or 'unknown'}, this one writes {SCHEMA_VERSION}); {rebuild}"
        )
    if engine is not None and engine != built_with:
        raise EngineMismatchError(
            f"the index at {index_dir} is a {built_with} index; to move it to {engine}, "
            f"run `search-index --rebuild --engine {engine} PATH...`, naming every path of "
            "your archive (or leave out --engine)"
        )


def _engine_kept(live: Path | None) -> str:
    """The engine of a rebuild not told which: the live index's, else the default."""
    if live is None:
        return DEFAULT_ENGINE
    try:
        built_with, _version = index_format(live)
    except IndexFilesError:
        return DEFAULT_ENGINE
    return built_with if built_with in ENGINES else DEFAULT_ENGINE


def _new_generation(index_dir: Path, engine: str) -> Path:
    generation = index_dir / f"{layout.GENERATION_PREFIX}{time.time_ns():x}-{os.getpid()}"
    generation.mkdir(mode=0o700)
    create_index(generation, engine)
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
