"""What --explain and --show return: frozen dataclasses like those of
:mod:`search.models`, in a module of their own because a search returns neither,
and building a dataclass at import costs a process about 0.4 ms."""

from __future__ import annotations

from index.frozen import record
from search.models import Hit, Resolution, Span


@record
class Explanation:
    """What --explain prints: the query as parsed and every filter value as resolved."""

    query: str
    parsed: str
    match: str  # "all" | "any": the requested mode (the fallback needs a search)
    filters: tuple[Resolution, ...]
    places: str = "named"  # "main" with --main-places: place filters read main places
    engine: str = ""  # the engine of the index: "tantivy" or "whoosh"
    notes: tuple[str, ...] = ()  # how the query text was read (pasted text, non-fields)


@record
class ArticleView:
    """One whole article, with the query's matches highlighted."""

    hit: Hit
    body: str
    body_highlights: tuple[Span, ...]
    metadata: dict[str, str]
