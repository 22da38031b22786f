"""Answering a search request: coordination only.

parse the query -> build the filters -> search with facet counting -> fall back
to any-word ranking when no article has every word -> rank passages and
highlight the hits.
"""

from __future__ import annotations

import signal
import threading
from datetime import date
from functools import partial
from typing import Any

from whoosh import collectors
from whoosh import query as wq

from index.schema import BODY, ENTITY_FIELDS, ID_FIELD
from search.entities import resolve
from search.errors import ArticleNotFoundError, SearchTimeoutError
from search.facets import facet_counts, facet_spec
from search.filters import BuiltFilter, build_filter, dated, estimated_only, filter_names
from search.highlight import QueryTerms, highlight, query_terms
from search.models import (
    ArticleView,
    Filters,
    Hit,
    MentionedDate,
    Passage,
    SearchRequest,
    SearchResponse,
)
from search.passages import Unit, rank_passages
from search.query import check_expansions, parse_query, positive_words
from search.store import Store

MATCH_ALL = "all"
MATCH_ANY = "any"
MATCH_ANY_FALLBACK = "any-fallback"


def search(store: Store, request: SearchRequest) -> SearchResponse:
    """Ranked hits with passages, and facet counts over every match."""
    built = build_filter(store, request.filters)
    parsed = _parse(store, request.query, request.match_any)
    match = MATCH_ANY if request.match_any else MATCH_ALL
    results = _run(store, parsed, built.query, request)
    if results.is_empty() and match == MATCH_ALL and positive_words(parsed) > 1:
        any_parsed = _parse(store, request.query, match_any=True)
        any_results = _run(store, any_parsed, built.query, request)
        if not any_results.is_empty():
            parsed, results, match = any_parsed, any_results, MATCH_ANY_FALLBACK
    wanted = query_terms(parsed).union(filter_names(store, built.ids))
    hits = tuple(
        _hit(store, result, wanted, request.passages_per_hit) for result in results[: request.limit]
    )
    undated, estimated = _left_out(store, parsed, built, request.filters, request.timeout)
    return SearchResponse(
        query=request.query,
        parsed=str(parsed),
        total=len(results),
        hits=hits,
        facets=facet_counts(
            results,
            store.entities,
            store.sources,
            request.facet_size,
            estimated=request.filters.include_estimated,
        ),
        match=match,
        resolved=built.resolved,
        undated_excluded=undated,
        estimated_excluded=estimated,
    )


def _left_out(
    store: Store, parsed: Any, built: BuiltFilter, filters: Filters, timeout: float
) -> tuple[int, int]:
    """How many matches a publication-date filter left out for having no date
    it can use, and how many of those have an estimated date."""
    if not (filters.since or filters.until):
        return 0, 0
    usable = dated(filters.include_estimated)
    undated = len(timed_search(store, parsed, timeout, filter=built.without_dates, mask=usable))
    if filters.include_estimated or not undated:
        return undated, 0
    only = wq.And([q for q in (built.without_dates, estimated_only()) if q is not None])
    return undated, len(timed_search(store, parsed, timeout, filter=only))


def _parse(store: Store, text: str, match_any: bool) -> Any:
    if not text.strip():
        return wq.Every()
    resolver = partial(_resolve_ids, store)
    parsed = parse_query(text, store.whoosh_index.schema, resolver, match_any=match_any)
    check_expansions(parsed, store.searcher.reader())
    return parsed


def _resolve_ids(store: Store, kind: str, value: str) -> list[str]:
    return resolve(store.entity_index(kind), value)


def _run(store: Store, parsed: Any, filter_query: Any, request: SearchRequest) -> Any:
    return timed_search(
        store,
        parsed,
        request.timeout,
        filter=filter_query,
        limit=max(request.limit, 1),
        groupedby=facet_spec(request.filters.include_estimated),
    )


def timed_search(store: Store, parsed: Any, timeout: float, **options: Any) -> Any:
    """A search that gives up after timeout seconds with SearchTimeoutError.

    In the main thread an alarm signal interrupts even the engine's set-up work;
    elsewhere the limit is checked between matches."""
    main = threading.current_thread() is threading.main_thread()
    allow, restrict = options.pop("filter", None), options.pop("mask", None)
    collector = store.searcher.collector(**options)
    limited = collectors.TimeLimitCollector(collector, timelimit=timeout, use_alarm=main)
    # The filter must wrap the time limit: TimeLimitCollector collects its
    # child's matches itself, which would skip an inner filter.
    outer = collectors.FilterCollector(limited, allow, restrict) if allow or restrict else limited
    previous = signal.getsignal(signal.SIGALRM) if main else None
    try:
        store.searcher.search_with_collector(parsed, outer)
    except collectors.TimeLimit as error:
        raise SearchTimeoutError(
            f"the search took longer than {timeout:g}s and was stopped; narrow it "
            "(more words, a phrase, a filter) or allow more time with --timeout"
        ) from error
    finally:
        if main:
            signal.signal(signal.SIGALRM, previous)
    return outer.results()


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
        table = store.entities.get(kind, {})
        names[ENTITY_FIELDS[kind]] = tuple(table[i].name if i in table else i for i in entity_ids)
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
