"""Answering a search request: coordination only.

parse the query -> build the filters -> search with facet counting -> fall back
to any-word ranking when no article has every word -> rank passages and
highlight the hits.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from typing import Any

from whoosh import query as wq

from index.schema import BODY, ENTITY_FIELDS, ID_FIELD
from search.entities import resolve
from search.errors import ArticleNotFoundError, SearchTimeoutError
from search.facets import count_columns, facet_counts
from search.filters import BuiltFilter, build_filter, dated, estimated_only, filter_names
from search.highlight import QueryTerms, highlight, query_terms
from search.models import (
    ArticleView,
    Explanation,
    Filters,
    Hit,
    MentionedDate,
    Passage,
    SearchRequest,
    SearchResponse,
)
from search.passages import Unit, rank_passages
from search.query import expand_wildcards, parse_query, positive_words
from search.store import Store

MAX_OPTIMISED_TERMS = 16  # above this, Whoosh's top-k block skipping costs more than it saves
MATCH_ALL = "all"
MATCH_ANY = "any"
MATCH_ANY_FALLBACK = "any-fallback"


def search(store: Store, request: SearchRequest) -> SearchResponse:
    """Ranked hits with passages, and facet counts over every match."""
    with time_limit(request.timeout):
        return _search(store, request)


def _search(store: Store, request: SearchRequest) -> SearchResponse:
    built = build_filter(store, request.filters)
    parsed = _parse(store, request.query, request.match_any)
    match = MATCH_ANY if request.match_any else MATCH_ALL
    results = _top(store, parsed, built.query, request.limit)
    if results.is_empty() and match == MATCH_ALL and positive_words(parsed) > 1:
        any_parsed = _parse(store, request.query, match_any=True)
        any_results = _top(store, any_parsed, built.query, request.limit)
        if not any_results.is_empty():
            parsed, results, match = any_parsed, any_results, MATCH_ANY_FALLBACK
    wanted = query_terms(parsed).union(filter_names(store, built.ids))
    hits = tuple(_hit(store, result, wanted, request.passages_per_hit) for result in results)
    matched = _matching(store, parsed, built.query)
    counts = count_columns(store.searcher.reader(), matched, request.filters.include_estimated)
    undated, estimated = _left_out(store, parsed, built, request.filters)
    return SearchResponse(
        query=request.query,
        parsed=str(parsed),
        total=len(matched),
        hits=hits,
        facets=facet_counts(counts, store.entities, store.sources, request.facet_size),
        match=match,
        resolved=built.resolved,
        undated_excluded=undated,
        estimated_excluded=estimated,
    )


def _top(store: Store, parsed: Any, filter_query: Any, limit: int) -> Any:
    """The best `limit` hits, ranked.

    Whoosh skips blocks that cannot reach the top (its quality optimisation),
    but over a wide OR tree (a wildcard's expansion, many words) that
    bookkeeping grows quadratically; such queries are scored plainly."""
    leaves = list(parsed.leaves())
    wide = len(leaves) > MAX_OPTIMISED_TERMS or any(
        isinstance(leaf, wq.Prefix | wq.Wildcard) for leaf in leaves
    )
    return store.searcher.search(
        parsed, filter=filter_query, limit=max(limit, 1), optimize=not wide
    )


def _matching(store: Store, parsed: Any, filter_query: Any) -> list[int]:
    """Every matching document, unscored: what facets and totals count."""
    both = wq.And([parsed, filter_query]) if filter_query is not None else parsed
    return list(store.searcher.docs_for_query(both))


def _left_out(store: Store, parsed: Any, built: BuiltFilter, filters: Filters) -> tuple[int, int]:
    """How many matches a publication-date filter left out for having no date
    it can use, and how many of those have an estimated date."""
    if not (filters.since or filters.until):
        return 0, 0
    others = wq.And([q for q in (parsed, built.without_dates) if q is not None])
    undated = len(_matching(store, wq.AndNot(others, dated(filters.include_estimated)), None))
    if filters.include_estimated or not undated:
        return undated, 0
    return undated, len(_matching(store, others, estimated_only()))


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Stop the work inside after `seconds` with SearchTimeoutError. It uses the
    alarm signal, so it limits only in the main thread (as in the CLI)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: Any) -> None:
        raise SearchTimeoutError(
            f"the search took longer than {seconds:g}s and was stopped; narrow it "
            "(more words, a phrase, a filter) or allow more time with --timeout"
        )

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _parse(store: Store, text: str, match_any: bool) -> Any:
    if not text.strip():
        return wq.Every()
    resolver = partial(_resolve_ids, store)
    parsed = parse_query(text, store.whoosh_index.schema, resolver, match_any=match_any)
    return expand_wildcards(parsed, store.searcher.reader())


def _resolve_ids(store: Store, kind: str, value: str) -> list[str]:
    return resolve(store.lookups, kind, value, store.aliases)


def explain(store: Store, request: SearchRequest) -> Explanation:
    """How the query and each filter value are read, without searching."""
    built = build_filter(store, request.filters)
    parsed = _parse(store, request.query, request.match_any)
    match = MATCH_ANY if request.match_any else MATCH_ALL
    shown = str(parsed) if request.query.strip() else ""  # no query: every article
    return Explanation(request.query, shown, match, tuple(built.explained))


def _hit(store: Store, result: Any, wanted: QueryTerms, passages: int) -> Hit:
    fields = result.fields()
    ranked = rank_passages(fields.get("body", ""), wanted, partial(_idf, store), passages)
    return _hit_from_fields(store, fields, wanted, float(result.score or 0.0), ranked)


def _hit_from_fields(
    store: Store,
    fields: dict[str, Any],
    wanted: QueryTerms,
    score: float,
    passages: tuple[Passage, ...],
) -> Hit:
    title = fields.get("title", "")
    return Hit(
        id=fields["id"],
        title=title,
        title_highlights=highlight(title, wanted),
        published=fields["published"].date() if fields.get("published") else None,
        date_source=fields.get("date_source"),
        source=fields.get("source_name") or "",
        url=fields.get("url") or "",
        path=fields.get("path") or "",
        score=round(score, 4),
        passages=passages,
        entities=_entity_names(store, fields.get("entities") or {}),
        estimated=fields["estimated"].date() if fields.get("estimated") else None,
        dates=tuple(_mentioned(row) for row in fields.get("dates") or ()),
    )


def _mentioned(row: tuple[Any, ...]) -> MentionedDate:
    start, end, text, iso, granularity, relative = row
    return MentionedDate(start, end, text, date.fromisoformat(iso), granularity, relative)


def _idf(store: Store, unit: Unit) -> float:
    words = (unit,) if isinstance(unit, str) else unit
    if isinstance(unit, str) and unit.endswith("*"):
        return 1.0
    return sum(float(store.searcher.idf(BODY, word)) for word in words)


def _entity_names(store: Store, ids: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    names: dict[str, tuple[str, ...]] = {}
    for kind, entity_ids in ids.items():
        known = store.entities(kind, entity_ids)
        names[ENTITY_FIELDS[kind]] = tuple(known[i].name if i in known else i for i in entity_ids)
    return names


def show_article(store: Store, article_id: str, query_text: str = "") -> ArticleView:
    """One whole article by id, with the query's matches highlighted."""
    number = store.searcher.document_number(**{ID_FIELD: article_id})
    if number is None:
        raise ArticleNotFoundError(
            f"no article with id {article_id!r}: ids are shown beside each search result"
        )
    fields = store.searcher.stored_fields(number)
    wanted = query_terms(_parse(store, query_text, False)) if query_text.strip() else QueryTerms()
    body = fields.get("body", "")
    hit = _hit_from_fields(store, fields, wanted, 0.0, ())
    return ArticleView(
        hit=hit,
        body=body,
        body_highlights=highlight(body, wanted),
        metadata=dict(fields.get("metadata") or {}),
    )
