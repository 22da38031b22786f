"""One fix to Whoosh's per-document reader, applied when the writer is imported.

``W3PerDocReader._cached_reader`` caches the column reader of a field that has
field lengths, but not the answer "this field has none": for every posting of an
unscored field (the entity, date-mention and fingerprint keywords) the segment
flush asks again, and each asking is a file-system ``stat``. Caching the absence
too is safe because a segment's files never change once written; it saves about
a tenth of indexing time (measured on Reuters, bench/ANALYSIS.md).
"""

from __future__ import annotations

from typing import Any

from whoosh.codec import whoosh3

_original = whoosh3.W3PerDocReader._cached_reader


def _cached_reader(self: Any, fieldname: str, column: Any) -> Any:
    if fieldname not in self._readers:
        self._readers[fieldname] = _original(self, fieldname, column)
    return self._readers[fieldname]


def apply() -> None:
    """Install the fix (idempotent)."""
    whoosh3.W3PerDocReader._cached_reader = _cached_reader
