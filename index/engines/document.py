"""What the writer hands an engine (``Writer.add`` in ``index.engines.base``): one
article's stored record and its analysed fields. In a module of its own so that a
search, which only reads, does not build the dataclass at import."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from index.records import StoredArticle


@dataclass(frozen=True)
class IndexDocument:
    """One article as every engine indexes it."""

    stored: StoredArticle  # what is shown: kept as JSON
    # TEXT fields: the analysed terms (index.analysis.analyse), at positions 0, 1, 2...
    texts: Mapping[str, Sequence[str]]
    keywords: Mapping[str, Sequence[str]] = field(default_factory=dict)  # KEYWORD, TOKEN
    numbers: Mapping[str, Sequence[int]] = field(default_factory=dict)  # NUMBER fields
    dates: Mapping[str, date] = field(default_factory=dict)  # DATE fields
