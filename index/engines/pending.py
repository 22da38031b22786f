"""Work started now and collected later, on another thread where that helps.

An engine's native code (tantivy's aggregations) releases the GIL, so work in it
runs beside Python work on another thread: a search's facet counts beside the
page's hits (``search.engine``), or one half of the facet fields beside the
other (``tantivy_engine.side_by_side``). Run side by side, two pieces of work take
about as long as the longer of them on a machine with two cores or more.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Pending(Generic[T]):
    """The result of ``work``, computed on a daemon thread when ``concurrently``
    (an interrupted search does not wait for it at exit), else when asked."""

    def __init__(self, work: Callable[[], T], concurrently: bool) -> None:
        self._work = work
        self._result: list[T] = []
        self._error: list[BaseException] = []
        self._thread: threading.Thread | None = None
        if concurrently:
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            self._result.append(self._work())
        except BaseException as error:  # handed to the caller by result()
            self._error.append(error)

    def wait(self) -> None:
        """Wait for the work to end, without its result or exception (for a caller
        already leaving with an exception of its own)."""
        if self._thread is not None:
            self._thread.join()

    def result(self) -> T:
        """The work's result, or its exception raised here."""
        if self._thread is None:
            return self._work()
        self._thread.join()
        if self._error:
            raise self._error[0]
        return self._result[0]
