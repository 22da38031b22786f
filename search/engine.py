"""Answering a search request: coordination only.

parse the query -> build the filters -> search with facet counting -> fall back
to any-word ranking when no article has every word -> rank passages and
highlight the hits.
"""

from __future__ import annotations

import heapq
import signal
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any

from whoosh import query as wq
from whoosh.searching import Results

from index.store.schema import FINGERPRINTS, ID_FIELD
from search.entities import resolve
from search.errors import ArticleNotFoundError, SearchTimeoutError
from search.facets import count_columns, facet_counts
from search.filters import (
    BuiltFilter,
    build_filter,
    filter_names,
    keep_published,
    undated,
    with_estimate,
)
from search.highlight import QueryTerms, highlight, query_terms
from search.hits import build_hit, hit_from_fields
from search.models import (
    ArticleView,
    Explanation,
    Filters,
    Hit,
    SearchRequest,
    SearchResponse,
)
from search.query import expand_wildcards, parse_query, positive_words
from search.reprints import Copy, fold
from search.store import Store

MAX_OPTIMISED_TERMS = 16  # above this, Whoosh's top-k block skipping costs more than it saves
POSITIONAL = (wq.Phrase, wq.Ordered, wq.Sequence)  # queries that check word positions
FOUND_SCORING_RATIO = 8  # score the matches found when this many times fewer than hold a word
MATCH_ALL = "all"
MATCH_ANY = "any"
MATCH_ANY_FALLBACK = "any-fallback"


def search(store: Store, request: SearchRequest) -> SearchResponse:
    """Ranked hits with passages, and facet counts over every match."""
    with time_limit(request.timeout):
        return _search(store, request)


def _search(store: Store, request: SearchRequest) -> SearchResponse:
    built = build_filter(store, request.filters)
    main = request.filters.main_places
    parsed = _parse(store, request.query, request.match_any, main)
    match = MATCH_ANY if request.match_any else MATCH_ALL
    found = _find(store, parsed, built)
    results = _top(store, parsed, found, _fetch(request))
    if results.is_empty() and match == MATCH_ALL and positive_words(parsed) > 1:
        any_parsed = _parse(store, request.query, True, main)
        any_found = _find(store, any_parsed, built)
        any_results = _top(store, any_parsed, any_found, _fetch(request))
        if not any_results.is_empty():
            parsed, results, match, found = any_parsed, any_results, MATCH_ANY_FALLBACK, any_found
    wanted = query_terms(parsed).union(filter_names(store, built.ids))
    matched = found.matched
    hits = _hits(store, results, wanted, request, matched)
    counts = count_columns(store.columns, matched, request.filters.include_estimated, main)
    undated, estimated = _left_out(store, found, built, request.filters)
    return SearchResponse(
        query=request.query,
        parsed=str(parsed),
        total=len(matched),
        hits=hits,
        facets=facet_counts(counts, store.entities, store.sources, request.facet_size, main),
        match=match,
        resolved=built.resolved,
        undated_excluded=undated,
        estimated_excluded=estimated,
        reprints_folded=0 if request.all_copies else sum(len(hit.reprints) for hit in hits),
    )


def _fetch(request: SearchRequest) -> int:
    """How many ranked results to read: folding reprints can use up a few per hit."""
    return request.limit if request.all_copies else request.limit * 3 + 10


def _hits(
    store: Store, results: Any, wanted: QueryTerms, request: SearchRequest, matched: list[int]
) -> tuple[Hit, ...]:
    """The shown hits, each with the other matches that reprint its passage."""
    ranked = ((result.docnum, float(result.score or 0.0)) for result in results)
    build = partial(_build, store, wanted, request.passages_per_hit)
    if FINGERPRINTS not in store.schema:  # an index from before reprints
        return tuple(build(docnum, score) for docnum, score in islice(ranked, request.limit))
    library = ReprintLibrary(store.searcher)
    return tuple(fold(ranked, request.limit, build, library, set(matched), request.all_copies))


def _build(store: Store, wanted: QueryTerms, passages: int, docnum: int, score: float) -> Hit:
    return build_hit(store, docnum, score, wanted, passages)


class ReprintLibrary:
    """Fingerprint postings and stored fields, for finding reprints."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self.read: dict[int, tuple[Copy, str]] = {}

    def sharing(self, terms: list[str]) -> Counter[int]:
        counts: Counter[int] = Counter()
        for term in terms:
            counts.update(self.searcher.docs_for_query(wq.Term(FINGERPRINTS, term)))
        return counts

    def copy(self, docnum: int) -> tuple[Copy, str]:
        if docnum not in self.read:
            fields = self.searcher.stored_fields(docnum)
            published = fields["published"].date() if fields.get("published") else None
            estimated = fields["estimated"].date() if fields.get("estimated") else None
            source = fields.get("source_name") or ""
            copy = Copy(
                docnum, fields["id"], published, source, estimated, fields.get("date_source")
            )
            self.read[docnum] = copy, fields.get("body", "")
        return self.read[docnum]


@dataclass(frozen=True)
class _Found:
    """Every document a query matches, unscored, in document order: what
    facets and totals count. Found once per query and filters."""

    unplaced: list[int]  # matching the query and every filter but publication dates
    matched: list[int]  # ... and the publication dates too
    filtered: bool  # whether any filter applies


def _find(store: Store, parsed: Any, built: BuiltFilter) -> _Found:
    """The matches: one unscored pass of the query and the filters but the
    publication dates, which the date columns then answer."""
    both = wq.And([parsed, built.without_dates]) if built.without_dates is not None else parsed
    unplaced = list(store.searcher.docs_for_query(both))
    if built.published is None:
        return _Found(unplaced, unplaced, built.query is not None)
    return _Found(unplaced, keep_published(store, unplaced, built.published), True)


def _top(store: Store, parsed: Any, found: _Found, limit: int) -> Any:
    """The best `limit` of the matches found, ranked.

    Whoosh skips blocks that cannot reach the top (its quality optimisation),
    but over a wide OR tree (a wildcard's expansion, many words) that
    bookkeeping grows quadratically; such queries are scored plainly. The
    filters are given to Whoosh as the set of matches (found), not as queries
    it would run again."""
    if not found.matched:  # (Whoosh reads an empty filter set as no filter)
        return Results(store.searcher, parsed, [], docset=set())
    if _positional(parsed) and _few(store, parsed, found.matched):
        return _rank_found(store, parsed, found.matched, limit)
    leaves = list(parsed.leaves())
    wide = len(leaves) > MAX_OPTIMISED_TERMS or any(
        isinstance(leaf, wq.Prefix | wq.Wildcard) for leaf in leaves
    )
    allowed = set(found.matched) if found.filtered else None
    return store.searcher.search(parsed, filter=allowed, limit=max(limit, 1), optimize=not wide)


def _positional(node: Any) -> bool:
    return isinstance(node, POSITIONAL) or any(_positional(c) for c in node.children())


def _few(store: Store, parsed: Any, matched: list[int]) -> bool:
    """Whether the matches are few beside the documents holding the query's
    rarest word (what Whoosh's pass would check the word positions of): a
    phrase of common words. Scoring a match found costs about 8 times as much
    as a document of Whoosh's pass, which skips blocks that cannot rank."""
    searcher = store.searcher
    if searcher.weighting.use_final:
        return False
    held = [searcher.doc_frequency(field, text) for field, text in parsed.iter_all_terms()]
    return bool(held) and len(matched) * FOUND_SCORING_RATIO <= min(held)


def _rank_found(store: Store, parsed: Any, matched: list[int], limit: int) -> Any:
    """The best `limit` of the matches, scoring only them.

    Whoosh's top-k pass would walk the query's words again and check the word
    positions of every document holding them all, which for a phrase of common
    words costs as much as finding the matches did; here only the matches are
    visited, in document order, and scored as Whoosh scores them. Equal scores
    rank the lower document number first, as in Whoosh."""
    searcher = store.searcher
    scored: list[tuple[float, int]] = []
    for leaf, offset in searcher.leaf_searchers():
        end = offset + leaf.doc_count_all()
        docs = [docnum - offset for docnum in matched if offset <= docnum < end]
        matcher = parsed.matcher(leaf, searcher.context())
        scored.extend((score, -(doc + offset)) for doc, score in _scores(matcher, docs))
    top = heapq.nlargest(max(limit, 1), scored)
    return Results(searcher, parsed, [(score, -negated) for score, negated in top], set(matched))


def _scores(matcher: Any, docs: list[int]) -> Iterator[tuple[int, float]]:
    """The score of each of docs (ascending) that the matcher matches."""
    for doc in docs:
        if not matcher.is_active():
            return
        if matcher.id() < doc:
            matcher.skip_to(doc)
        if matcher.is_active() and matcher.id() == doc:
            yield doc, float(matcher.score())


def _left_out(store: Store, found: _Found, built: BuiltFilter, filters: Filters) -> tuple[int, int]:
    """How many matches a publication-date filter left out for having no date
    it can use, and how many of those have an estimated date."""
    if built.published is None:
        return 0, 0
    left = undated(store, found.unplaced, filters.include_estimated)
    if filters.include_estimated or not left:
        return len(left), 0
    return len(left), len(with_estimate(store, left))


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


def _parse(store: Store, text: str, match_any: bool, main_places: bool = False) -> Any:
    if not text.strip():
        return wq.Every()
    resolver = partial(_resolve_ids, store)
    parsed = parse_query(text, store.schema, resolver, match_any, main_places)
    return expand_wildcards(parsed, store.searcher.reader())


def _resolve_ids(store: Store, kind: str, value: str) -> list[str]:
    return resolve(store.lookups, kind, value, store.aliases)


def explain(store: Store, request: SearchRequest) -> Explanation:
    """How the query and each filter value are read, without searching."""
    built = build_filter(store, request.filters)
    parsed = _parse(store, request.query, request.match_any, request.filters.main_places)
    match = MATCH_ANY if request.match_any else MATCH_ALL
    shown = str(parsed) if request.query.strip() else ""  # no query: every article
    places = "main" if request.filters.main_places else "named"
    return Explanation(request.query, shown, match, tuple(built.explained), places)


def show_article(store: Store, article_id: str, query_text: str = "") -> ArticleView:
    """One whole article by id, with the query's matches highlighted."""
    try:
        number = store.searcher.document_number(**{ID_FIELD: article_id})
    except UnicodeEncodeError:  # undecodable bytes typed (surrogate-escaped): no id has them
        number = None
    if number is None:
        raise ArticleNotFoundError(
            f"no article with id {article_id!r}: ids are shown beside each search result"
        )
    fields = store.searcher.stored_fields(number)
    wanted = query_terms(_parse(store, query_text, False)) if query_text.strip() else QueryTerms()
    body = fields.get("body", "")
    hit = hit_from_fields(store, fields, wanted, 0.0, ())
    return ArticleView(
        hit=hit,
        body=body,
        body_highlights=highlight(body, wanted),
        metadata=dict(fields.get("metadata") or {}),
    )
