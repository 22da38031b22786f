"""index.engines.pending.Pending: work on a daemon thread, collected later; the
engine-facing part (facets counted beside the hits) gives the same answers as
counting after them."""

from __future__ import annotations

import threading

import pytest

from index.engines.pending import Pending


def test_concurrent_work_runs_on_another_daemon_thread_and_returns_its_result() -> None:
    seen: list[threading.Thread] = []
    started = threading.Event()

    def work() -> int:
        seen.append(threading.current_thread())
        started.set()
        return 42

    pending = Pending(work, concurrently=True)
    assert started.wait(5)  # begun before anyone asked for it
    assert pending.result() == 42
    assert seen[0] is not threading.current_thread() and seen[0].daemon


def test_work_not_run_concurrently_runs_when_asked_on_the_caller_s_thread() -> None:
    seen: list[threading.Thread] = []
    pending = Pending(lambda: seen.append(threading.current_thread()) or "done", False)
    assert seen == []
    assert pending.result() == "done"
    assert seen == [threading.current_thread()]


def test_the_work_s_exception_is_raised_by_result() -> None:
    def work() -> int:
        raise ValueError("bad value")

    pending = Pending(work, concurrently=True)
    with pytest.raises(ValueError, match="bad value"):
        pending.result()
