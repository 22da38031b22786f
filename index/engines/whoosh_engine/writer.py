"""Writing a Whoosh index through the engine seam (``index.engines.base.Writer``)."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage

from index.engines.document import IndexDocument
from index.engines.whoosh_engine.patch import apply as apply_whoosh_patch
from index.engines.whoosh_engine.schema import RECORD, build_schema, number_term
from index.errors import IndexFilesError
from index.store.schema import ID_FIELD

WRITER_MEGABYTES = 256

apply_whoosh_patch()


def create(path: Path) -> None:
    """An empty Whoosh index in the (empty) folder path."""
    FileStorage(str(path)).create_index(build_schema())


class WhooshWriter:
    """Opens Whoosh's writer at the first change: a run that changes nothing writes
    nothing (a cancelled Whoosh writer leaves its new files behind)."""

    def __init__(self, path: Path) -> None:
        try:
            self._index = FileStorage(str(path)).open_index()
        except Exception as error:  # Whoosh raises many kinds on damaged files
            raise IndexFilesError(f"{type(error).__name__}: {error}") from error
        self._writer: Any = None

    def _get(self) -> Any:
        if self._writer is None:
            self._writer = self._index.writer(limitmb=WRITER_MEGABYTES)
        return self._writer

    @property
    def commit_id(self) -> int:
        return int(self._get().generation)

    def add(self, document: IndexDocument) -> None:
        self._get().add_document(**whoosh_fields(document))

    def delete(self, article_id: str) -> None:
        self._get().delete_by_term(ID_FIELD, article_id)

    def commit(self) -> None:
        self._get().commit()

    def cancel(self) -> None:
        if self._writer is not None:
            self._writer.cancel()


def whoosh_fields(document: IndexDocument) -> dict[str, Any]:
    """The Whoosh document: the terms of text fields, comma-joined keywords, numbers
    as padded terms, dates as datetimes, the stored record as JSON."""
    fields: dict[str, Any] = {ID_FIELD: document.stored.id, RECORD: document.stored.to_json()}
    for name, terms in document.texts.items():
        if terms:  # a list of terms: Whoosh numbers their positions 0, 1, 2... as ours
            fields[name] = list(terms)
    for name, values in document.keywords.items():
        if values:
            fields[name] = ",".join(values)
    for name, numbers in document.numbers.items():
        if numbers:
            fields[name] = ",".join(number_term(n) for n in numbers)
    for name, day in document.dates.items():
        fields[name] = datetime.combine(day, time())
    return fields
