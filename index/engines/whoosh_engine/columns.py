"""Reading per-document column values across the segments of an index."""

from __future__ import annotations

import bisect
import sys
from array import array
from collections.abc import Iterable
from itertools import accumulate, chain
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.codec.whoosh3 import _lenfield as _length_column
from whoosh.columns import NumericColumn, VarBytesColumn

KEPT_RANGES = 16  # number ranges whose documents Columns keeps


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


class Columns:
    """Every document's value of some columns of one reader, each column read
    with one file read per segment and kept (a reader's documents never change).

    Text columns give the raw UTF-8 bytes (b"" where a document or a whole
    segment has none); number columns give Whoosh's column numbers, with the
    column default where a document has none. Indexed by global docnum."""

    def __init__(self, reader: Any) -> None:
        self._leaves = sorted(reader.leaf_readers(), key=lambda leaf: leaf[1])
        self._segments: dict[str, list[tuple[int, _Texts]]] = {}
        self._texts: dict[str, list[bytes]] = {}
        self._items: dict[str, list[tuple[bytes, ...]]] = {}
        self._numbers: dict[str, list[int]] = {}
        self._ranges: dict[tuple[str, int | None, int | None], frozenset[int]] = {}

    def texts(self, field: str, docnums: list[int]) -> Iterable[bytes]:
        """The values of a text column for docnums. The first time, only those
        are cut out of the column (a store that answers one search and closes
        pays for its matches only); then a list of every value is kept."""
        if field not in self._segments:
            self._segments[field] = [(o, _Texts(leaf, field)) for leaf, o in self._leaves]
            return _pick(self._segments[field], docnums)
        return map(self._every(field).__getitem__, docnums)

    def items(self, field: str, docnums: list[int]) -> Iterable[bytes]:
        """The items of a text column of comma-joined lists, over docnums (b""
        for a document without any the first time). Then each document's items
        are kept split, the same items one object, which counts twice as fast."""
        if field not in self._segments or field not in self._items:
            if field in self._segments:
                one: dict[bytes, bytes] = {}
                self._items[field] = [
                    tuple(one.setdefault(i, i) for i in v.split(b",")) if v else ()
                    for v in self._every(field)
                ]
            return b",".join(self.texts(field, docnums)).split(b",")
        return chain.from_iterable(map(self._items[field].__getitem__, docnums))

    def _every(self, field: str) -> list[bytes]:
        if field not in self._texts:
            self._texts[field] = [v for _, texts in self._segments[field] for v in texts.every()]
        return self._texts[field]

    def numbers(self, field: str) -> list[int]:
        if field not in self._numbers:
            self._numbers[field] = [
                v for leaf, _offset in self._leaves for v in _segment_numbers(leaf, field)
            ]
        return self._numbers[field]

    def within(self, field: str, low: int | None, high: int | None) -> frozenset[int]:
        """Documents whose number in a number column lies in [low, high] (None:
        open), never those without one. The last few ranges asked are kept."""
        key = (field, low, high)
        if key not in self._ranges:
            if len(self._ranges) >= KEPT_RANGES:
                del self._ranges[next(iter(self._ranges))]
            values, default = self.numbers(field), self._default(field)
            floor = float("-inf") if low is None else low
            ceiling = float("inf") if high is None else high
            self._ranges[key] = frozenset(
                i for i, v in enumerate(values) if floor <= v <= ceiling and v != default
            )
        return self._ranges[key]

    def _default(self, field: str) -> int:
        if not self._leaves:
            return 0
        return int(self._leaves[0][0].schema[field].column_type.default_value())


class _Texts:
    """One segment's variable-length column, read with one file read."""

    def __init__(self, leaf: Any, field: str) -> None:
        count = leaf.doc_count_all()
        self.data = b""
        self.starts: Any = array("L", [0] * count)
        self.lengths: Any = self.starts
        if not leaf.has_column(field):
            return  # every value b"", the column's default
        raw = leaf.column_reader(field, translate=False)
        if not isinstance(raw, VarBytesColumn.Reader):  # not the column schema.py makes
            values = [bytes(v) for v in raw]
            self.data = b"".join(values)
            self.lengths = array("L", map(len, values))
            self.starts = array("L", accumulate(self.lengths, initial=0))[:-1]
            return
        self.starts, self.lengths = raw._offsets, raw._lengths
        if count:
            self.data = raw._dbfile.get(raw._basepos, self.starts[-1] + self.lengths[-1])

    def every(self) -> list[bytes]:
        ends = map(int.__add__, self.starts, self.lengths)
        return list(map(self.data.__getitem__, map(slice, self.starts, ends)))

    def pick(self, docnum: int) -> bytes:
        start = self.starts[docnum]
        return self.data[start : start + self.lengths[docnum]]


def _pick(segments: list[tuple[int, _Texts]], docnums: list[int]) -> list[bytes]:
    if len(segments) == 1:
        data, starts, lengths = segments[0][1].data, segments[0][1].starts, segments[0][1].lengths
        return [data[starts[d] : starts[d] + lengths[d]] for d in docnums]
    offsets = [offset for offset, _texts in segments]
    picked = []
    for docnum in docnums:
        offset, texts = segments[bisect.bisect_right(offsets, docnum) - 1]
        picked.append(texts.pick(docnum - offset))
    return picked


def _segment_numbers(leaf: Any, field: str) -> list[int]:
    """One segment's numeric column, read with one file read."""
    count = leaf.doc_count_all()
    column = leaf.schema[field].column_type
    if not leaf.has_column(field):
        return [column.default_value()] * count
    raw = leaf.column_reader(field, translate=False)
    if not isinstance(raw, NumericColumn.Reader):
        return list(raw)
    return _raw_numbers(raw, count)


def _raw_numbers(raw: Any, count: int) -> list[int]:
    """A numeric column reader's values for count documents, with one read."""
    values = array(raw._typecode)
    values.frombytes(raw._dbfile.get(raw._basepos, raw._count * raw._fixedlen))
    if sys.byteorder == "little":  # the column is big-endian
        values.byteswap()
    return values.tolist() + [raw._default] * (count - raw._count)


def keep_lengths(reader: Any) -> None:
    """Keep the field lengths in memory: BM25 reads one per scored document and
    field, and Whoosh's reader otherwise reads each from the file (a seek and
    a read each, as the index is opened without mmap)."""
    for leaf, _offset in reader.leaf_readers():
        perdoc = getattr(leaf, "_perdoc", None)
        if perdoc is None or not hasattr(perdoc, "_readers"):
            continue  # not a Whoosh 3 segment: leave its lengths alone
        for field in leaf.schema.scorable_names():
            name = _length_column(field)
            raw = perdoc._cached_reader(name, LENGTHS_COLUMN)
            if isinstance(raw, NumericColumn.Reader):
                lengths = _raw_numbers(raw, leaf.doc_count_all())
                perdoc._readers[name] = array(raw._typecode, lengths)
