"""Reading articles from text files, JSON Lines and CSV exports.

``read_articles(paths, on_problem)`` walks folders recursively and yields one
``Article`` per text file, JSON line or CSV row. A file or record it cannot read
is reported through ``on_problem`` (with its line number) and skipped; the rest
of the input is still read.
"""

from __future__ import annotations

import os
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


def iter_input_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, str]]:
    """Yield (file, id prefix) for every readable article file under paths.

    Files inside a folder are named relative to that folder; a file given
    directly is named by its file name. Hidden files and folders are skipped.
    """
    for given in paths:
        root = Path(given)
        if root.is_dir():
            listed = [  # listed first: a file that vanishes before it is read is reported
                (path, path.relative_to(root))
                for path in sorted(root.rglob("*"))
                # Not only regular files: a pipe or a broken link is reported, not passed over.
                if path.suffix.lower() in SUFFIXES and not path.is_dir()
            ]
            yield from ((path, rel.as_posix()) for path, rel in listed if not _hidden(rel))
        else:
            yield root, root.name


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def read_articles(
    paths: Iterable[str | os.PathLike[str]], on_problem: ProblemHandler
) -> Iterator[Article]:
    """Articles from files and folders; problems go to on_problem, never raise.
    A ReadLog given as on_problem also learns which files were opened."""
    for path, name in iter_input_files(paths):
        if isinstance(on_problem, ReadLog):
            on_problem.started(path)
        if SURROGATE.search(str(path)):  # a name in another encoding: Python kept its bytes
            shown = os.fsencode(path).decode("utf-8", "backslashreplace")
            on_problem(Problem(shown, None, "file name is not UTF-8 text: rename it to index it"))
            continue
        yield from read_file(path, name, on_problem)


def read_file(path: Path, name: str, on_problem: ProblemHandler) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        on_problem(Problem(str(path), None, f"not an article file (use {_suffix_list()})"))
        return
    if path.exists() and not path.is_file():  # a pipe would block; a folder cannot be read
        on_problem(Problem(str(path), None, "cannot read: not a regular file"))
        return
    try:
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
        if path.suffix.lower() in TEXT_SUFFIXES or not path.is_file():
            total += 1
            continue
        try:
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            continue
    return total


__all__ = ["MAX_ARTICLE_BYTES", "Article", "Problem", "ReadLog", "file_key"]
