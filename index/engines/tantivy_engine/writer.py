"""Writing a tantivy index through the engine seam (``index.engines.base.Writer``).

A commit also replaces the one document that carries the commit id, in the
same atomic commit, so a reader always knows which tables belong to what it
sees; that document also keeps how many values each keyword field has been
given (``marker``: what a reader balances facet work by). tantivy takes a lock
file of its own in the index folder besides ours.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import tantivy

from index.engines.document import IndexDocument
from index.engines.tantivy_engine.marker import Marker, read_marker
from index.engines.tantivy_engine.schema import META, RECORD, build_schema, register_tokenizer
from index.errors import IndexFilesError
from index.store.schema import ID_FIELD

HEAP_BYTES = 128_000_000  # the writer's memory budget before it flushes a segment
THREADS = 1  # indexing threads: the document workers use the other cores


def create(path: Path) -> None:
    """An empty tantivy index in the (empty) folder path."""
    tantivy.Index(build_schema(), str(path))


class TantivyWriter:
    def __init__(self, path: Path) -> None:
        try:
            self._index = tantivy.Index.open(str(path))
            register_tokenizer(self._index)
            marker = read_marker(self._index.searcher(), self._index.schema)
            self.commit_id: int = marker.commit + 1
            self._values = Counter(marker.values)
        except (ValueError, OSError) as error:
            raise IndexFilesError(f"{type(error).__name__}: {error}") from error
        self._writer: Any = None

    def _get(self) -> Any:
        if self._writer is None:
            self._writer = self._index.writer(HEAP_BYTES, THREADS)
        return self._writer

    def add(self, document: IndexDocument) -> None:
        self._get().add_document(tantivy_document(document))
        for name, values in document.keywords.items():
            self._values[name] += len(values)

    def delete(self, article_id: str) -> None:
        self._get().delete_documents_by_term(ID_FIELD, article_id)

    def commit(self) -> None:
        writer = self._get()
        writer.delete_documents_by_term(META, "commit")
        marker = tantivy.Document()
        marker.add_text(META, "commit")
        marker.add_bytes(RECORD, Marker(self.commit_id, dict(self._values)).to_bytes())
        writer.add_document(marker)
        writer.commit()
        writer.wait_merging_threads()
        self._writer = None

    def cancel(self) -> None:
        if self._writer is not None:
            self._writer.rollback()
            self._writer = None


def tantivy_document(document: IndexDocument) -> Any:
    made = tantivy.Document()
    made.add_text(ID_FIELD, document.stored.id)
    made.add_bytes(RECORD, document.stored.to_json().encode())
    for name, tokens in document.texts.items():
        if tokens:
            pieces = [
                tantivy.Token(text, position, start, end) for text, position, start, end in tokens
            ]
            made.add_pre_tokenized_text(name, tantivy.PreTokenizedString("", pieces))
    for name, values in document.keywords.items():
        for value in values:
            made.add_text(name, value)
    for name, numbers in document.numbers.items():
        for number in numbers:
            made.add_integer(name, number)
    for name, day in document.dates.items():
        made.add_integer(name, day.toordinal())
    return made
