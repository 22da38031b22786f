"""A search's time limit (``--timeout``): the alarm signal stops the work inside.

The alarm's handler raises in whatever Python code the main thread is running.
One place must not be interrupted: ``threading.Thread.start`` (the facet counts'
thread, ``index.engines.pending``). An exception raised just after the new thread
has registered itself makes ``start`` undo a registration that is already gone,
and the search would end with the thread module's own KeyError instead of the
time-limit message. There the alarm is put off by a millisecond, until ``start``
has returned.

Where the alarm lands in a finaliser (a generator closed when dropped, a weakref
callback, a ``__del__``), Python cannot raise its exception and reports it as
ignored, with a traceback on stderr; that report is left out, and the search ends
with the time-limit error once the work inside returns.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from search.errors import SearchTimeoutError

RETRY_SECONDS = 0.001  # how long an alarm that landed inside Thread.start is put off


def _inside_thread_start(frame: FrameType | None) -> bool:
    """Whether the interrupted code runs inside ``threading.Thread.start``."""
    start = threading.Thread.start.__code__
    while frame is not None:
        if frame.f_code is start:
            return True
        frame = frame.f_back
    return False


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Stop the work inside after `seconds` with SearchTimeoutError. It uses the
    alarm signal, so it limits only in the main thread (as in the CLI)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    message = (
        f"the search took longer than {seconds:g}s and was stopped; narrow it "
        "(more words, a phrase, a filter) or allow more time with --timeout"
    )
    expired: list[SearchTimeoutError] = []

    def expire(_signum: int, frame: FrameType | None) -> None:
        if _inside_thread_start(frame):
            signal.setitimer(signal.ITIMER_REAL, RETRY_SECONDS)
            return
        expired.append(SearchTimeoutError(message))
        raise expired[-1]

    def unraisable(report: sys.UnraisableHookArgs) -> None:
        if not any(report.exc_value is error for error in expired):  # not the alarm's
            reported(report)

    previous, reported = signal.signal(signal.SIGALRM, expire), sys.unraisablehook
    sys.unraisablehook = unraisable
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:  # restored even when the alarm lands just before the timer is stopped
            signal.signal(signal.SIGALRM, previous)
            sys.unraisablehook = reported
    if expired:  # the alarm's exception was swallowed (a finaliser ran, see above)
        raise SearchTimeoutError(message)
