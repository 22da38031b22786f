"""The indexing progress display (part of the terminal renderer, see
render_terminal.py): articles done of the total, the rate, the time left, and
a visible phase for the final commit."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from rich.console import Console


class ProgressHandle(Protocol):
    def advance(self) -> None: ...

    def phase(self, name: str) -> None: ...


@contextmanager
def progress_bar(console: Console, total: int, label: str) -> Iterator[ProgressHandle]:
    """A progress display on the given (stderr) console: articles done of the
    total, the rate and the time left; then each phase after the articles
    ("commit": writing and merging the index) with its own elapsed time."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=total or None, rate="")
        yield _Handle(progress, task)


class _Handle:
    PHASES = {"commit": "Writing the index (commit and merge)"}

    def __init__(self, progress: Any, task: Any) -> None:
        self.progress, self.task = progress, task
        self.started = time.monotonic()
        self.done = 0

    def advance(self) -> None:
        self.done += 1
        seconds = time.monotonic() - self.started
        rate = f"{self.done / seconds:,.0f} articles/s" if seconds > 1 else ""
        self.progress.update(self.task, advance=1, rate=rate)

    def phase(self, name: str) -> None:
        label = self.PHASES.get(name, name)
        self.progress.update(self.task, description=label, total=None, rate="")
