"""The exit code of each outcome of the command line (:mod:`search.cli`): one table,
``EXIT_CODES``, from an error's class to its code, read along the class's bases.

  0 success, with or without hits      4 no readable articles in the given paths
  1 unexpected error (a bug)           5 index locked by another indexer, or unsafe
  2 usage: bad option, query, value    6 indexed, but some inputs were skipped
  3 no index                           7 the search took too long
                                       130 interrupted
"""

from __future__ import annotations

from index.errors import (
    AliasFileError,
    EngineMismatchError,
    IndexDirectoryError,
    IndexerError,
    IndexLockedError,
    NoArticlesError,
)
from search.errors import (
    IndexNotFoundError,
    QuerySyntaxError,
    SearchError,
    SearchTimeoutError,
    UnsafeIndexError,
)

EXIT_CODES: dict[type[BaseException], int] = {
    SearchTimeoutError: 7,
    QuerySyntaxError: 2,
    IndexNotFoundError: 3,
    UnsafeIndexError: 5,
    NoArticlesError: 4,
    IndexLockedError: 5,
    IndexDirectoryError: 5,
    AliasFileError: 2,
    EngineMismatchError: 2,
    SearchError: 2,
    IndexerError: 4,
}
EXIT_PARTIAL = 6
EXIT_BUG = 1
EXIT_INTERRUPTED = 130


def exit_code_for(error: BaseException) -> int:
    for kind in type(error).__mro__:
        if kind in EXIT_CODES:
            return EXIT_CODES[kind]
    return EXIT_BUG
