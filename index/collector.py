"""The cyclic garbage collector paused while one article is read.

Reading an article (entities, dates, quotations, fingerprints) allocates many small
objects and frees them by reference counting: it makes no reference cycles (a
collection right after reading a worst-case article of 5 MB finds none). Yet the
collector's passes over the objects alive keep running meanwhile, and on a long
article they cost a quarter of the time (`bench/worst_case.py`: 5 MB of names 50 s of
CPU with the collector, 38 s without; Reuters' articles about 7%). So the collector
is paused for the article and restored after it, as it was: a caller that had paused
it finds it paused still, and an exception restores it too.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

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
        with collector_paused():
            return read(*args, **kwargs)

    return paused
