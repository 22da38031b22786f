"""Child processes of the indexer: work forked off to run on another core, and
children that die with it.

A forked child shares the indexer's memory as it was (copied page by page only
where either writes), so it can write out a large table the indexer holds without
the table being sent to it; the two then run side by side, without sharing a GIL.
"""

from __future__ import annotations

import ctypes
import os
import signal
from collections.abc import Callable
from contextlib import suppress

_PR_SET_PDEATHSIG = 1  # prctl option, from <linux/prctl.h>

#: Waits for forked work to end; True when it succeeded.
Wait = Callable[[], bool]


def die_with_parent() -> None:
    """Linux: have the kernel kill this process when its parent ends, however
    it ends (elsewhere a child ends when it next finds a pipe broken, or its work done)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (AttributeError, OSError):
        return


def tied_to(parent: int) -> bool:
    """A child's set-up: it ignores Ctrl-C (sent to the whole process group; the indexer
    hears it) and dies with the indexer. False when the indexer ``parent`` ended before
    that took effect: the child should end at once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    return os.getppid() == parent


def run_forked(work: Callable[[], object]) -> Wait:
    """Start work in a forked child and return what waits for it. The child ignores
    Ctrl-C (the indexer hears it, and kills the child if it stops waiting), dies with
    the indexer, and reports nothing but success or failure: a caller told of a failure
    runs the work itself, to raise its error. Where fork is missing or refused, the
    work runs here and now, and its error is raised at once."""
    parent = os.getpid()
    try:
        pid = os.fork()
    except (AttributeError, OSError):
        work()
        return lambda: True
    if pid == 0:  # the child
        _child(work, parent)
    return lambda: _wait(pid)


def _child(work: Callable[[], object], parent: int) -> None:
    code = 1
    try:
        if tied_to(parent):
            work()
            code = 0
    finally:
        os._exit(code)  # neither the parent's exit handlers nor its buffered output


def _wait(pid: int) -> bool:
    try:
        _pid, status = os.waitpid(pid, 0)
    except ChildProcessError:  # reaped by another: how it ended is unknown
        return False
    except BaseException:  # Ctrl-C while waiting: the child goes too
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        raise
    return os.waitstatus_to_exitcode(status) == 0
