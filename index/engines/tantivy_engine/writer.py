"""Writing a tantivy index through the engine seam (``index.engines.base.Writer``).

A commit also replaces the one document that carries the commit id, in the
same atomic commit, so a reader always knows which tables belong to what it
sees; that document also keeps how many values each keyword field has been
given (``marker``: what a reader balances facet work by). tantivy takes a lock
file of its own in the index folder besides ours.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
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
            self._schema = self._index.schema
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
        self._get().add_document(tantivy_document(document, self._schema))
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


def tantivy_document(document: IndexDocument, schema: Any) -> Any:
    """The tantivy document, made in one call from every field's values. A text
    field's terms go in as one string that the field's tokenizer splits again at
    the spaces (``schema.register_tokenizer``: the same terms at the same positions,
    without a Python object per term); terms it would not give back go in
    pre-tokenised."""
    stored = document.stored
    values: dict[str, list[Any]] = {ID_FIELD: [stored.id], RECORD: [stored.to_json().encode()]}
    awkward: dict[str, Sequence[str]] = {}
    for name, terms in document.texts.items():
        if terms:
            spaced = spaced_terms(terms)
            if spaced is None:
                awkward[name] = terms
            else:
                values[name] = [spaced]
    for name, given in (*document.keywords.items(), *document.numbers.items()):
        if given:
            values[name] = list(given)
    for name, day in document.dates.items():
        values[name] = [day.toordinal()]
    made = tantivy.Document.from_dict(values, schema)
    for name, terms in awkward.items():
        tokens = [tantivy.Token(term, position, 0, 0) for position, term in enumerate(terms)]
        made.add_pre_tokenized_text(name, tantivy.PreTokenizedString("", tokens))
    return made


def spaced_terms(terms: Sequence[str]) -> str | None:
    """The terms joined by spaces, when the text fields' tokenizer (tantivy's white
    space one: it splits at ASCII white space) gives exactly them back; None when a
    term is empty or holds white space (a few compatibility characters fold so).
    tantivy keeps no character offsets, so the index is the same either way."""
    spaced = " ".join(terms)
    if spaced.count(" ") != len(terms) - 1:  # a term holds a space
        return None
    if not spaced or spaced[0] == " " or spaced[-1] == " " or "  " in spaced:  # an empty term
        return None
    if not spaced.isprintable() and _OTHER_SPACE.search(spaced):  # printable: no \t \n \f \r
        return None
    return spaced


_OTHER_SPACE = re.compile("[\t\n\f\r]")
