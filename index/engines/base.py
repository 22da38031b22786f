"""The engine seam: what the writer and the query side ask of a search engine.

Two engines implement it, ``index.engines.tantivy_engine`` (the default: native
speed) and ``index.engines.whoosh_engine`` (pure Python); nothing outside those
modules imports either library. Both index the same fields
(``index.store.schema``), the same pre-analysed terms (``index.analysis``) and
the same stored record (``index.records.StoredArticle``), and answer the same
engine-neutral queries (``index.engines.query``), so a search means the same in
both; only BM25's details (and so the order of equal-looking hits) differ.

A generation folder (``index.store.layout``) holds one engine's index; its
``engine.json`` names the engine, and every commit has an id, known before it
lands, that names the tables written beside it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Protocol

from index.engines.query import Node
from index.frozen import record
from index.records import StoredArticle

if TYPE_CHECKING:  # what a writer adds: a search never builds one
    from index.engines.document import IndexDocument

# A document's address inside one open reader (opaque: an engine's own handle).
Ref = Hashable


@record
class Scored:
    """A matching document and its score."""

    ref: Ref
    score: float


@record
class Sort:
    """Order by a DATE field instead of by score; documents without one come last."""

    field: str
    descending: bool = False


@record
class FacetRequest:
    """Count the values of a KEYWORD field over every match; `size` None: all values,
    else at least the `size` most frequent (with exact counts). With `values`, only
    those values are counted (each exactly; one that no match holds is left out),
    whatever the size."""

    field: str
    size: int | None = None
    values: tuple[str, ...] = ()


class Reader(Protocol):
    """One consistent view of a commit (searches during an update see the old
    commit or the new one, never a mixture)."""

    @property
    def engine(self) -> str: ...

    @property
    def concurrent_facets(self) -> bool:
        """Whether ``facets`` may run on another thread while this one reads
        (the engine releases the GIL and shares its searcher safely)."""

    @property
    def every_facet_value(self) -> bool:
        """Whether ``facets`` counts every value of a field whatever a request's size,
        so that a value missing from its answer is in no match."""

    @property
    def kept_matches(self) -> int:
        """Up to how many matches ``facets`` counts every value of a field (and keeps
        them), so that asking for every value costs no more than asking for the first."""

    @property
    def commit_id(self) -> int:
        """Names the tables written beside this commit."""

    def count(self, query: Node) -> int:
        """How many articles match."""

    def search(
        self,
        query: Node,
        *,
        within: Node | None = None,
        limit: int = 10,
        offset: int = 0,
        sort: Sort | None = None,
    ) -> list[Scored]:
        """The best matches of query among those of `within` (which does not score),
        best first (or in the sort's order), from offset, at most limit."""

    def facets(self, query: Node, requests: Sequence[FacetRequest]) -> dict[str, Counter[str]]:
        """Value counts of each requested field over every match of query."""

    def stored(self, ref: Ref) -> StoredArticle: ...

    def published(self, refs: Sequence[Ref]) -> list[date | None]:
        """The stated publication dates of these articles (their PUBLISHED dates),
        in order, without reading the stored records where the engine can."""

    def by_id(self, article_id: str) -> StoredArticle | None: ...

    def documents(self) -> Iterator[StoredArticle]:
        """Every article (for tests and exports; not on a search's path)."""

    def doc_count(self) -> int: ...

    def doc_frequency(self, field: str, term: str) -> int: ...

    def expand_prefix(self, field: str, prefix: str, limit: int) -> list[str]:
        """The field's terms starting with prefix, in term order, at most limit + 1
        (so that a caller can tell that there are more than limit)."""

    def sharing(self, terms: Sequence[str], within: Node, limit: int) -> list[tuple[Ref, int]]:
        """Reprint candidates: the matches of `within` holding at least one of these
        fingerprint terms, with how many each holds, the most first, at most limit."""

    def close(self) -> None: ...


class Writer(Protocol):
    """Adds and deletes land together at commit (atomic); cancel drops them."""

    @property
    def commit_id(self) -> int:
        """The id the next commit will have."""

    def add(self, document: IndexDocument) -> None: ...

    def delete(self, article_id: str) -> None: ...

    def commit(self) -> None: ...

    def cancel(self) -> None: ...
