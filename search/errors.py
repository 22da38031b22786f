"""The query side's exceptions. Each message names the next step.

Exit codes for them live in one table, in ``search.cli``.
"""

from __future__ import annotations


class SearchError(Exception):
    """Base class for anything that stops a search."""


class IndexNotFoundError(SearchError):
    """There is no index at the given place."""


class IndexUnreadableError(IndexNotFoundError):
    """An index exists but its files cannot be read."""


class OutdatedIndexError(IndexUnreadableError):
    """The index was built before a feature the search asks for."""


class UnsafeIndexError(SearchError):
    """The index directory is writable by other users."""


class QuerySyntaxError(SearchError):
    """The query text cannot be understood."""

    def __init__(self, message: str, position: int | None = None) -> None:
        where = f" at position {position + 1}" if position is not None else ""
        super().__init__(f"{message}{where}")
        self.position = position


class UnknownFieldError(QuerySyntaxError):
    """The query names a field the index does not have."""


class FilterValueError(SearchError):
    """A filter value matches nothing, or cannot be read."""


class ArticleNotFoundError(SearchError):
    """No article has the requested id."""


class SearchTimeoutError(SearchError):
    """A search ran past its time limit."""
