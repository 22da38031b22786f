"""Writing an index: articles in, a new live generation on disk out.

``build_index`` writes every article into a fresh generation folder and makes it
live only once it is complete (see ``index.layout``), so an interrupted run
leaves the previous index searchable.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from datetime import time as clock
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage

from index import layout
from index.articles import Article
from index.dates import month_of
from index.entities import Mention, extract_entities
from index.entity_table import EntityTableBuilder
from index.errors import IndexDirectoryError, IndexLockedError, NoArticlesError
from index.passages import PARAGRAPH_SEPARATOR
from index.schema import ENTITY_FIELDS, SCHEMA_VERSION, build_schema

ProgressHandler = Callable[[Article], None]


@dataclass(frozen=True)
class IndexStats:
    index_dir: str
    generation: str
    articles: int
    duplicates: tuple[str, ...]
    entities: int
    seconds: float


def build_index(
    articles: Iterable[Article],
    index_dir: Path,
    progress: ProgressHandler | None = None,
) -> IndexStats:
    """Index articles into a new generation of index_dir and make it live.

    An article whose id was already seen in this run is skipped and its id
    reported in ``duplicates``. Raises NoArticlesError when nothing was indexed
    (the previous generation stays live).
    """
    started = time.monotonic()
    layout.make_private_dir(index_dir)
    with _write_lock(index_dir):
        generation = index_dir / f"{layout.GENERATION_PREFIX}{time.time_ns():x}-{os.getpid()}"
        generation.mkdir(mode=0o700)
        try:
            count, duplicates, table, sources = _write_generation(articles, generation, progress)
            if count == 0:
                raise NoArticlesError("no readable articles in the given paths")
            table.write(generation / layout.ENTITY_TABLE)
            _write_meta(generation, count, sources)
            _make_live(index_dir, generation)
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        _remove_old_generations(index_dir, keep=generation.name)
    return IndexStats(
        index_dir=str(index_dir),
        generation=generation.name,
        articles=count,
        duplicates=tuple(duplicates),
        entities=len(table.entities()),
        seconds=time.monotonic() - started,
    )


def _write_generation(
    articles: Iterable[Article], generation: Path, progress: ProgressHandler | None
) -> tuple[int, list[str], EntityTableBuilder, dict[str, str]]:
    ix = FileStorage(str(generation)).create_index(build_schema())
    table = EntityTableBuilder()
    sources: dict[str, Counter[str]] = {}
    seen: set[str] = set()
    duplicates: list[str] = []
    writer = ix.writer(limitmb=256)
    try:
        for article in articles:
            if article.id in seen:
                duplicates.append(article.id)
                continue
            seen.add(article.id)
            writer.add_document(**article_document(article, table))
            if article.source:
                sources.setdefault(article.source.casefold(), Counter())[article.source] += 1
            if progress is not None:
                progress(article)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    names = {folded: spellings.most_common(1)[0][0] for folded, spellings in sources.items()}
    return len(seen), duplicates, table, names


def article_document(article: Article, table: EntityTableBuilder) -> dict[str, Any]:
    """The Whoosh document of one article, with its entities counted in table."""
    ids = table.add_article(_mentions(article))
    document: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "body": article.body,
        "source_name": article.source,
        "url": article.url,
        "dateline": article.dateline,
        "path": article.path,
        "line": article.line,
        "date_source": article.date_source,
        "metadata": dict(article.metadata),
        "entities": ids,
        "hash": content_hash(article),
    }
    if article.source:
        document["source"] = article.source.casefold()
    if article.published is not None:
        document["published"] = datetime.combine(article.published, clock())
        document["month"] = month_of(article.published)
    for kind, field_name in ENTITY_FIELDS.items():
        if ids.get(kind):
            document[field_name] = ",".join(ids[kind])
    return document


def _mentions(article: Article) -> list[Mention]:
    """One pass over dateline, title and body together, so a short form in the
    body ("Assad") links to the full name in the title ("Bashar al-Assad")."""
    parts = [part for part in (article.dateline, article.title, article.body) if part]
    return extract_entities(PARAGRAPH_SEPARATOR.join(parts))


def content_hash(article: Article) -> str:
    parts = (article.title, article.body, str(article.published), article.source, article.url)
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).hexdigest()


def _write_meta(generation: Path, count: int, sources: dict[str, str]) -> None:
    meta = {
        "schema_version": SCHEMA_VERSION,
        "articles": count,
        "created": time.time(),
        "sources": sources,
    }
    (generation / layout.META).write_text(json.dumps(meta), encoding="utf-8")


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
