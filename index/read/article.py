"""An article as read from an input file, and the problems met reading it."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    body: str  # paragraphs joined by PARAGRAPH_SEPARATOR
    published: date | None = None
    date_source: str | None = None  # "field" or "text"
    file_date: date | None = None  # the file's modification day: a last resort
    source: str = ""
    url: str = ""
    dateline: str = ""  # e.g. "CLEVELAND, Feb 26", from a record's dateline field
    path: str = ""
    line: int | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Problem:
    """An input the reader skipped, or (``skipped`` False) indexed with a flaw:
    a bad date read as undated, broken characters replaced."""

    path: str
    line: int | None
    message: str
    skipped: bool = True
    folder: bool = False  # path is a folder none of whose files could be read
    # Whether the file could not be read cleanly, so that an article missing from
    # it proves nothing (a duplicate id is a problem of a file read whole).
    troubles_file: bool = True

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


ProblemHandler = Callable[[Problem], None]


class ReadLog:
    """What a reading pass saw: every file it opened and the ones it could
    not read cleanly (whose absence of an article proves nothing)."""

    def __init__(self, on_problem: ProblemHandler | None = None) -> None:
        self.files: set[str] = set()
        self.troubled = TroubledFiles()
        self.problems: list[Problem] = []
        self._on_problem = on_problem

    def started(self, path: Path) -> None:
        self.files.add(file_key(path))

    def __call__(self, problem: Problem) -> None:
        self.problems.append(problem)
        if problem.troubles_file:
            self.troubled.add(file_key(Path(problem.path)), problem.folder)
        if self._on_problem is not None:
            self._on_problem(problem)


class TroubledFiles:
    """The files a reading pass could not read cleanly: files named one by one,
    and every file under a folder it could not list."""

    def __init__(self) -> None:
        self._files: set[str] = set()
        self._folders: set[str] = set()

    def add(self, key: str, folder: bool = False) -> None:
        (self._folders if folder else self._files).add(key)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        if key in self._files:
            return True
        folder = os.path.dirname(key)
        while self._folders:
            if folder in self._folders:
                return True
            parent = os.path.dirname(folder)
            if parent == folder:
                break
            folder = parent
        return False


def file_key(path: str | os.PathLike[str]) -> str:
    """The identity of an input file: its absolute path."""
    return os.path.abspath(path)


# One article larger than this is a dump, not an article: it is skipped with a
# warning rather than indexed as one enormous document.
MAX_ARTICLE_BYTES = 5 * 2**20


def too_large(size: int) -> str:
    """The warning for an article of size bytes, over MAX_ARTICLE_BYTES."""
    return (
        f"too large for one article ({size / 2**20:.1f} MB; "
        f"the limit is {MAX_ARTICLE_BYTES // 2**20} MB)"
    )
