"""The indexer's exceptions. Each message says what to do next."""

from __future__ import annotations


class IndexerError(Exception):
    """Base class: anything that stops an indexing run."""


class NoArticlesError(IndexerError):
    """The given paths hold no readable article."""


class IndexLockedError(IndexerError):
    """Another indexer is writing to the same index."""


class IndexDirectoryError(IndexerError):
    """The index directory cannot be created or is not safe to use."""


class AliasFileError(IndexerError):
    """The alias file cannot be read or understood."""


class IndexFilesError(IndexerError):
    """An engine cannot read the files of an index: damaged, or of another version."""


class EngineMismatchError(IndexerError):
    """An update asks for another engine than the index was built with."""
