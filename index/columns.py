"""Reading per-document column values across the segments of an index."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any


def column_values(reader: Any, field: str, docnums: Iterable[int]) -> list[Any]:
    """The column values of the given documents, read segment by segment.

    Whoosh's multi-segment column reader drops segments that lack the column
    and so shifts the others' documents; a segment's own reader gives the
    column's default value there instead."""
    docnums = list(docnums)
    if not docnums:
        return []
    leaves = sorted(reader.leaf_readers(), key=lambda leaf: leaf[1])
    offsets = [offset for _reader, offset in leaves]
    columns = [leaf.column_reader(field) for leaf, _offset in leaves]
    values = []
    for docnum in docnums:
        segment = bisect.bisect_right(offsets, docnum) - 1
        values.append(columns[segment][docnum - offsets[segment]])
    return values
