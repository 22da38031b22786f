"""The cyclic garbage collector paused while one article is read.

Reading an article (entities, dates, quotations, fingerprints) allocates many small
objects and frees them by reference counting: it makes no reference cycles (a
collection right after reading a worst-case article of 5 MB finds none). Yet the
collector's passes over the objects alive keep running meanwhile, and on a long
article they cost a quarter of the time (`bench/worst_case.py`: 5 MB of names 50 s of
CPU with the collector, 38 s without; Reuters' articles about 7%). So the collector
is paused for the article and restored after it, as it was: a caller that had paused
it finds it paused still, and an exception restores it too.

While an index is built, the collector also runs less often (:func:`collector_relaxed`,
in the indexer and in its document worker): the indexer holds the growing entity
tables and each batch of documents, and at Python's default thresholds its collections
took more than half of its own CPU time on Reuters (10.8 s of 19.1 s; 2.4 s of 15.7 s at
these thresholds).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

#: The collector's thresholds while an index is built (Python's default: 700, 10, 10):
#: the youngest generation is collected every 10,000 allocations instead of 700.
BULK_THRESHOLDS = (10_000, 10, 10)

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off inside the block; as it was after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def one_article(read: Callable[P, R]) -> Callable[P, R]:
    """``read`` (a function reading one article) with the collector paused."""

    @wraps(read)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        # collector_paused written out: a generator-based context manager costs about
        # a microsecond a call, and this runs twice for every article indexed.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return read(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return paused


@contextmanager
def collector_relaxed() -> Iterator[None]:
    """The collector on, at :data:`BULK_THRESHOLDS`, inside the block (a process that
    had turned it off, as ``search`` does, has it on for a build); as it was after it."""
    before, was_enabled = gc.get_threshold(), gc.isenabled()
    gc.set_threshold(*BULK_THRESHOLDS)
    gc.enable()
    try:
        yield
    finally:
        gc.set_threshold(*before)
        if not was_enabled:
            gc.disable()
