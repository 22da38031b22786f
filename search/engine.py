"""Answering a search request: coordination only.

parse the query -> build the filters -> search with facet counting -> fall back
to any-word ranking when no article has every word -> rank passages and
highlight the hits.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import partial
from typing import Any

from whoosh import query as wq

from index.schema import BODY, ENTITY_FIELDS, ID_FIELD, PUBLISHED, SOURCE
from search.entities import resolve
from search.errors import ArticleNotFoundError
from search.facets import facet_counts, facet_spec
from search.highlight import QueryTerms, highlight, name_terms, query_terms
from search.models import ArticleView, Filters, Hit, Passage, SearchRequest, SearchResponse
from search.passages import Unit, rank_passages
from search.query import parse_query, positive_words
from search.store import Store

MAX_VARIANTS = 10  # spellings of a filtered entity looked for in passages
MATCH_ALL = "all"
MATCH_ANY = "any"
MATCH_ANY_FALLBACK = "any-fallback"


def search(store: Store, request: SearchRequest) -> SearchResponse:
    """Ranked hits with passages, and facet counts over every match."""
    resolved: dict[str, tuple[str, ...]] = {}
    filter_ids: dict[str, list[str]] = {}
    filter_query = build_filter(store, request.filters, resolved, filter_ids)
    parsed = _parse(store, request.query, request.match_any)
    match = MATCH_ANY if request.match_any else MATCH_ALL
    results = _run(store, parsed, filter_query, request.limit)
    if results.is_empty() and match == MATCH_ALL and positive_words(parsed) > 1:
        any_parsed = _parse(store, request.query, match_any=True)
        any_results = _run(store, any_parsed, filter_query, request.limit)
        if not any_results.is_empty():
            parsed, results, match = any_parsed, any_results, MATCH_ANY_FALLBACK
    wanted = query_terms(parsed).union(_filter_names(store, filter_ids))
    hits = tuple(
        _hit(store, result, wanted, request.passages_per_hit) for result in results[: request.limit]
    )
    return SearchResponse(
        query=request.query,
        parsed=str(parsed),
        total=len(results),
        hits=hits,
        facets=facet_counts(results, store.entities, store.sources, request.facet_size),
        match=match,
        resolved=resolved,
    )


def _parse(store: Store, text: str, match_any: bool) -> Any:
    if not text.strip():
        return wq.Every()
    resolver = partial(_resolve_ids, store)
    return parse_query(text, store.whoosh_index.schema, resolver, match_any=match_any)


def _resolve_ids(store: Store, kind: str, value: str) -> list[str]:
    return resolve(store.entities.get(kind, {}), kind, value)


def _run(store: Store, parsed: Any, filter_query: Any, limit: int) -> Any:
    return store.searcher.search(
        parsed, filter=filter_query, limit=max(limit, 1), groupedby=facet_spec()
    )


def build_filter(
    store: Store,
    filters: Filters,
    resolved: dict[str, tuple[str, ...]],
    filter_ids: dict[str, list[str]],
) -> Any | None:
    """One query that every result must match: the values of one filter are
    alternatives (OR), different filters must all hold (AND). The display names
    and ids of the entities the filters resolved to are added to resolved and
    filter_ids (by entity type)."""
    parts: list[Any] = []
    for kind, values in (
        ("PLACE", filters.places),
        ("PERSON", filters.people),
        ("ORG", filters.orgs),
    ):
        field = ENTITY_FIELDS[kind]
        ids: list[str] = []
        for value in values:
            ids.extend(_resolve_ids(store, kind, value))
        if values:
            table = store.entities.get(kind, {})
            resolved[field] = tuple(dict.fromkeys(table[i].name for i in ids if i in table))
            filter_ids[kind] = ids
            parts.append(wq.Or([wq.Term(field, i) for i in dict.fromkeys(ids)]))
    if filters.sources:
        parts.append(wq.Or([wq.Term(SOURCE, s.casefold()) for s in filters.sources]))
    if filters.since or filters.until:
        parts.append(_date_range(filters.since, filters.until))
    return wq.And(parts) if parts else None


def _filter_names(store: Store, filter_ids: dict[str, list[str]]) -> QueryTerms:
    """The spellings of the filtered entities, so passages that mention them
    rank higher and show them highlighted."""
    names: list[str] = []
    for kind, ids in filter_ids.items():
        table = store.entities.get(kind, {})
        for entity_id in ids:
            if entity_id in table:
                names.extend(list(table[entity_id].variants)[:MAX_VARIANTS])
    return name_terms(names)


def _date_range(since: date | None, until: date | None) -> Any:
    start = datetime.combine(since, time.min) if since else None
    end = datetime.combine(until, time.max) if until else None
    return wq.DateRange(PUBLISHED, start, end)


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
    )


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
