"""Reading articles from text files, JSON Lines and CSV exports.

``read_articles(paths, on_problem)`` walks folders recursively and yields one
``Article`` per text file, JSON line or CSV row. A file or record it cannot read
is reported through ``on_problem`` (with its line number) and skipped; the rest
of the input is still read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from index.read.article import (
    MAX_ARTICLE_BYTES,
    Article,
    Problem,
    ProblemHandler,
    ReadLog,
    file_key,
)
from index.read.records import SURROGATE, read_csv, read_jsonl
from index.read.text import TEXT_SUFFIXES, read_text

SUFFIXES = TEXT_SUFFIXES | {".jsonl", ".csv"}


def iter_input_files(
    paths: Iterable[str | os.PathLike[str]], on_problem: ProblemHandler | None = None
) -> Iterator[tuple[Path, str]]:
    """Yield (file, id prefix) for every article file under paths, in name order.

    Files inside a folder are named relative to that folder; a file given
    directly is named by its file name. Hidden files and folders are skipped.
    A folder that cannot be listed is reported to on_problem (as a folder: what
    was indexed from it before is kept) and the rest is still walked.
    """
    for given in paths:
        root = Path(given)
        if _is_folder(root):
            # Listed first: a file that vanishes before it is read is reported.
            listed = list(_walk(root, on_problem))
            yield from ((path, path.relative_to(root).as_posix()) for path in listed)
        else:
            yield root, root.name


def _is_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.stat().st_mode)
    except OSError:  # missing, or behind a folder we may not enter: read_file says so
        return False


def _walk(folder: Path, on_problem: ProblemHandler | None) -> Iterator[Path]:
    """Article files under folder, depth first in name order (the order of
    sorted paths). Links to folders are not followed."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        if on_problem is not None:
            reason = error.strerror or str(error)
            message = f"cannot read folder: {reason}; what was indexed from it before is kept"
            on_problem(Problem(str(folder), None, message, folder=True))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        if _is_entry_folder(entry, follow=False):
            yield from _walk(path, on_problem)
        elif path.suffix.lower() in SUFFIXES and not _is_entry_folder(entry, follow=True):
            # Not only regular files: a pipe or a broken link is reported, not passed over.
            yield path


def _is_entry_folder(entry: os.DirEntry[str], follow: bool) -> bool:
    try:
        return entry.is_dir(follow_symlinks=follow)
    except OSError:
        return False


def read_articles(
    paths: Iterable[str | os.PathLike[str]], on_problem: ProblemHandler
) -> Iterator[Article]:
    """Articles from files and folders; problems go to on_problem, never raise.
    A ReadLog given as on_problem also learns which files were opened. An
    article whose id an earlier one has is skipped with a warning naming both
    (and no other warning: what it was read with does not matter then)."""
    first: dict[str, str] = {}  # id -> where the article with it was read
    files: set[str] = set()
    for path, name in iter_input_files(paths, on_problem):
        if file_key(path) in files:  # given twice, or a file in a folder also given
            continue
        files.add(file_key(path))
        if isinstance(on_problem, ReadLog):
            on_problem.started(path)
        if SURROGATE.search(str(path)):  # a name in another encoding: Python kept its bytes
            shown = os.fsencode(path).decode("utf-8", "backslashreplace")
            on_problem(Problem(shown, None, "file name is not UTF-8 text: rename it to index it"))
            continue
        flaws: list[Problem] = []  # flaws of the article being read, held until it is kept

        def hold(problem: Problem, flaws: list[Problem] = flaws) -> None:
            (on_problem if problem.skipped else flaws.append)(problem)

        for article in read_file(path, name, hold):
            where = f"{article.path}:{article.line}" if article.line else article.path
            earlier = first.setdefault(article.id, where)
            if earlier is where:
                _report(flaws, on_problem)
                yield article
                continue
            flaws.clear()
            message = (
                f"duplicate id: {article.id!r} was read from {earlier} already; "
                "give every article an id of its own"
            )
            on_problem(Problem(str(path), article.line, message, troubles_file=False))
        _report(flaws, on_problem)


def _report(problems: list[Problem], on_problem: ProblemHandler) -> None:
    for problem in problems:
        on_problem(problem)
    problems.clear()


def read_file(path: Path, name: str, on_problem: ProblemHandler) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        on_problem(Problem(str(path), None, f"not an article file (use {_suffix_list()})"))
        return
    try:
        kind = path.stat().st_mode
        if not stat.S_ISREG(kind):  # a pipe would block; a folder cannot be read
            on_problem(Problem(str(path), None, "cannot read: not a regular file"))
            return
        if suffix == ".jsonl":
            yield from read_jsonl(path, name, on_problem)
        elif suffix == ".csv":
            yield from read_csv(path, name, on_problem)
        else:
            article = read_text(path, name, on_problem)
            if article is not None:
                yield article
    except OSError as error:
        on_problem(Problem(str(path), None, f"cannot read: {error.strerror or error}"))
    except UnicodeError as error:
        where = f" (byte {error.start})" if isinstance(error, UnicodeDecodeError) else ""
        on_problem(Problem(str(path), None, f"not UTF-8 or UTF-16 text{where}"))


def _suffix_list() -> str:
    return ", ".join(sorted(SUFFIXES))


def count_articles(paths: Iterable[str | os.PathLike[str]]) -> int:
    """A quick upper bound on the number of articles under paths (for progress)."""
    total = 0
    for path, _name in iter_input_files(paths):
        try:
            if path.suffix.lower() in TEXT_SUFFIXES or not stat.S_ISREG(path.stat().st_mode):
                total += 1
                continue
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            total += 1
    return total


__all__ = ["MAX_ARTICLE_BYTES", "Article", "Problem", "ReadLog", "file_key"]
