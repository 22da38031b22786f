"""Answering a search request: coordination only.

parse the query -> build the filters -> count and rank the matches (the engine
behind ``index.engines``) -> fall back to any-word ranking when no article has
every word -> rank passages, highlight and fold reprints -> facet counts.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from itertools import chain, islice
from typing import TYPE_CHECKING

from index.analysis import analyse
from index.engines import query as q
from index.engines.pending import Pending
from index.site_furniture import paragraph_keys, source_of
from index.store.schema import BODY
from search.errors import ArticleNotFoundError, QuerySyntaxError
from search.facets import count_facets, facet_counts, listing
from search.filters import BuiltFilter, build_filter, filter_names, undated
from search.follow import Followed, followed
from search.highlight import QueryTerms, highlight, query_terms
from search.hits import build_hit, hit_from_stored
from search.models import Hit, SearchRequest, SearchResponse
from search.pages import NEWEST_FIRST, RELEVANCE, Folding, Ranked, ranked
from search.query import ParsedQuery, parse_query, positive_words
from search.reprints import Copy
from search.store import Store
from search.time_limit import time_limit

if TYPE_CHECKING:  # --explain's and --show's answers: a search imports neither
    from search.views import ArticleView, Explanation

MAX_EXPANSIONS = 1000  # words the wildcards of one query may stand for, in all
COMMON_SHARE = 0.2  # a word in more of the articles than this only adds to a score (--any)
COMMON_WEIGHT = 0.5  # how much a common word counts beside a rarer one (--any, fill)
MIN_ARCHIVE = 100  # articles below which word frequencies say too little to call words common
MATCH_ALL = "all"
MATCH_ANY = "any"
MATCH_ANY_FALLBACK = "any-fallback"
MATCH_ALL_THEN_ANY = "all-then-any"
MIN_FILL_WORDS = 5  # a query of this many words (a sentence, not keywords) fills a short page


def search(store: Store, request: SearchRequest) -> SearchResponse:
    """A page of ranked hits with passages, and facet counts over every match."""
    with time_limit(request.timeout):
        return _search(store, request)


@dataclass
class Results:
    """A search's matches and its page of results, read lazily (``hits``)."""

    parsed: ParsedQuery
    match: str
    built: BuiltFilter
    matched: q.Node  # every article the search matches
    total: int
    all_words: int | None  # with match all-then-any: the articles with every word
    folding: Folding
    hits: Iterator[Hit]  # results offset+1 to offset+limit, built as they are read

    def more(self) -> bool:
        """Whether results follow the page (once its hits have been read)."""
        return self.folding.more(self.total)


def results(store: Store, request: SearchRequest) -> Results:
    """The matches of a request and its page of results, built one by one as
    they are read (an export writes each as it comes)."""
    built = build_filter(store, request.filters)
    main = request.filters.main_places
    parsed = parse_text(store, request.query, request.match_any, main)
    match = MATCH_ANY if request.match_any else MATCH_ALL
    wanted = request.offset + request.limit
    stream: Ranked = _rank(store, parsed.node, built, request)
    total = store.reader.count(_matched(parsed.node, built))
    all_total: int | None = None
    units = len(query_terms(parsed.node).units())
    short = total < wanted and units >= MIN_FILL_WORDS and request.sort == RELEVANCE
    if match == MATCH_ALL and units > 1 and (total == 0 or short):
        any_parsed = parse_text(store, request.query, True, main)
        any_total = store.reader.count(_matched(any_parsed.node, built))
        if any_total > total and total:  # every word first, then any of them
            first = list(stream)
            more = _rank(store, any_parsed.node, built, request, frozenset(r for r, _ in first))
            stream, all_total, match = chain(first, more), total, MATCH_ALL_THEN_ANY
        elif any_total > total:
            stream, match = _rank(store, any_parsed.node, built, request), MATCH_ANY_FALLBACK
        if any_total > total:
            parsed, total = any_parsed, any_total
    matched = _matched(parsed.node, built)
    words = query_terms(parsed.node).union(filter_names(store, built.ids))
    follow = followed(built, request.filters)
    build = partial(_build, store, words, request.passages_per_hit, follow)
    newest = request.sort == NEWEST_FIRST
    folding = Folding(build, ReprintLibrary(store, matched), request.all_copies, newest)
    page = islice(folding.results(stream), request.offset, wanted)
    return Results(parsed, match, built, matched, total, all_total, folding, page)


def _search(store: Store, request: SearchRequest) -> SearchResponse:
    found = results(store, request)
    estimated = request.filters.include_estimated
    main = request.filters.main_places
    size = request.facet_size
    counting = Pending(
        partial(
            count_facets,
            store.reader,
            found.matched,
            found.total,
            size,
            estimated,
            main,
            store.person_folds,
        ),
        store.reader.concurrent_facets,
    )
    hits = tuple(found.hits)
    counts = counting.result()
    left_out, with_estimate = _left_out(store, found.parsed.node, found.built, estimated)
    return SearchResponse(
        query=request.query,
        parsed=str(found.parsed.node),
        total=found.total,
        hits=hits,
        facets=facet_counts(
            counts, store.entities, store.sources, size, main, listing(store.lookups)
        ),
        match=found.match,
        resolved=found.built.resolved,
        undated_excluded=left_out,
        estimated_excluded=with_estimate,
        reprints_folded=0 if request.all_copies else sum(len(hit.reprints) for hit in hits),
        notes=found.parsed.notes,
        all_words=found.all_words,
        offset=request.offset,
        more=found.more(),
        sort=request.sort,
    )


def _matched(node: q.Node, built: BuiltFilter) -> q.Node:
    return q.all_of([node, *([built.query] if built.query else [])])


def _rank(
    store: Store,
    node: q.Node,
    built: BuiltFilter,
    request: SearchRequest,
    skip: frozenset[Hashable] = frozenset(),
) -> Ranked:
    """Every match in the order asked for, read lazily; by relevance with the
    bonus for neighbouring words standing near each other."""
    if request.sort != RELEVANCE:
        scored = node
    else:
        scored = with_proximity(node, request.query, common_words(store, positive_words(node)))
    wanted = request.offset + request.limit
    return ranked(store.reader, scored, built.query, request.sort, wanted, skip)


def _build(
    store: Store, wanted: QueryTerms, passages: int, follow: Followed, ref: Hashable, score: float
) -> Hit:
    return build_hit(store, ref, score, wanted, passages, follow)


class ReprintLibrary:
    """Reprint candidates among a search's matches, and the stored articles."""

    def __init__(self, store: Store, matched: q.Node) -> None:
        self.reader = store.reader
        self.matched = matched
        self.published = store.reader.published  # dates read before the articles
        self.read: dict[Hashable, tuple[Copy, str]] = {}
        self.store = store
        self._marks: dict[tuple[str, str], frozenset[int]] = {}

    def marks(self, site: str, text: str) -> frozenset[int]:
        """The keys of text's paragraphs that its source prints as furniture (looked
        up only when a result is grouped, and only for the paragraphs at hand; once
        per text, which is confirmed as a candidate against many results)."""
        if (site, text) not in self._marks:
            keys = paragraph_keys(text)
            self._marks[site, text] = self.store.lookups.furniture(site, keys)
        return self._marks[site, text]

    def sharing(self, terms: list[str], limit: int) -> list[tuple[Hashable, int]]:
        return self.reader.sharing(terms, self.matched, limit)

    def copy(self, ref: Hashable) -> tuple[Copy, str]:
        if ref not in self.read:
            stored = self.reader.stored(ref)
            copy = Copy(
                ref,
                stored.id,
                stored.published,
                stored.source,
                estimated=stored.estimated,
                date_source=stored.date_source,
                order=stored.id,
                site=source_of(stored.source, stored.url),
            )
            self.read[ref] = copy, stored.body
        return self.read[ref]


def _left_out(store: Store, node: q.Node, built: BuiltFilter, estimated: bool) -> tuple[int, int]:
    """How many matches a publication-date filter left out for having no date it
    can use, and how many of those have an estimated date."""
    if built.dated is None:
        return 0, 0
    others = [node, *([built.without_dates] if built.without_dates else [])]
    left = q.all_of([*others, undated(estimated)])
    count = store.reader.count(left)
    if estimated or not count:
        return count, 0
    return count, store.reader.count(q.all_of([left, q.Exists("estimated")]))


def parse_text(store: Store, text: str, match_any: bool, main_places: bool = False) -> ParsedQuery:
    if not text.strip():
        return ParsedQuery(q.Every())
    resolver = partial(_resolve_ids, store)
    parsed = parse_query(text, resolver, match_any, main_places)
    node = expand_wildcards(store, parsed.node)
    node = common_words_apart(store, node) if match_any else node
    return ParsedQuery(node, parsed.notes)


PROXIMITY_SLOP = 3  # words between a neighbouring pair of the query's words that still counts
PROXIMITY_BOOST = 0.5


def with_proximity(node: q.Node, text: str, common: frozenset[str] = frozenset()) -> q.Node:
    """The query, with a bonus for articles where neighbouring words of it stand
    near each other (within PROXIMITY_SLOP words): "heat transfer" ranks an article
    about heat transfer above one that mentions heat and, elsewhere, transfer.
    Common words are passed over, so the words around them are neighbours
    ("transfer of heat": transfer and heat). The bonus never changes which
    articles match."""
    wanted = positive_words(node) - common
    words = [w for w in analyse(text) if w in wanted]
    pairs = list(dict.fromkeys(zip(words, words[1:], strict=False)))
    if not pairs:
        return node
    bonus = q.any_of(
        [
            q.Phrase(field, pair, PROXIMITY_SLOP, PROXIMITY_BOOST)
            for pair in pairs
            for field in (BODY,)
        ]
    )
    return q.AndMaybe(node, bonus)


def common_words_apart(store: Store, node: q.Node) -> q.Node:
    """Any-word ranking with very common words only as a bonus: an Or of words
    whose common ones (in more than COMMON_SHARE of the articles: "the", "said")
    becomes the rarer ones, with the common ones adding to the score of the
    articles that have a rarer one (Lucene's common-terms query). Alone, common
    words still match; in an archive of fewer than MIN_ARCHIVE articles no word
    is called common."""
    total = store.reader.doc_count()
    if not isinstance(node, q.Or) or total < MIN_ARCHIVE:
        return node
    common: list[q.Node] = []
    rare: list[q.Node] = []
    for child in node.children:
        share = _share(store, child, total)
        (common if share is not None and share > COMMON_SHARE else rare).append(child)
    if not common or not any(_share(store, c, total) != 0 for c in rare):
        return node
    if COMMON_WEIGHT == 0:
        return q.any_of(rare)
    weighed = [replace(c, boost=c.boost * COMMON_WEIGHT) for c in common if isinstance(c, q.Term)]
    return q.AndMaybe(q.any_of(rare), q.any_of(weighed))


def common_words(store: Store, words: set[str]) -> frozenset[str]:
    """The words in more than COMMON_SHARE of the articles' bodies (none in an
    archive of fewer than MIN_ARCHIVE articles)."""
    total = store.reader.doc_count()
    if total < MIN_ARCHIVE:
        return frozenset()
    held = {w: store.reader.doc_frequency(BODY, w) for w in words if not w.endswith("*")}
    return frozenset(w for w, n in held.items() if n / total > COMMON_SHARE)


def _share(store: Store, clause: q.Node, total: int) -> float | None:
    """The share of articles whose body holds a one-word clause's word (None for
    other clauses: phrases, entities, wildcards)."""
    words = {leaf.text for leaf in q.leaves(clause) if isinstance(leaf, q.Term)}
    if len(words) != 1 or not total or not all(isinstance(x, q.Term) for x in q.leaves(clause)):
        return None
    return store.reader.doc_frequency(BODY, words.pop()) / total


def expand_wildcards(store: Store, node: q.Node) -> q.Node:
    """Replace each trailing wildcard by the words it stands for; QuerySyntaxError
    when the wildcards of a query stand for more than MAX_EXPANSIONS words in all."""
    expansions: dict[tuple[str, str], list[str]] = {}

    def expand(part: q.Node) -> q.Node:
        if not isinstance(part, q.Prefix):
            return part
        key = (part.field, part.prefix)
        if key not in expansions:
            expansions[key] = store.reader.expand_prefix(part.field, part.prefix, MAX_EXPANSIONS)
        per_prefix: dict[str, int] = {}
        for (_, prefix), words in expansions.items():
            per_prefix[prefix] = max(per_prefix.get(prefix, 0), len(words))
        if sum(per_prefix.values()) > MAX_EXPANSIONS:
            raise QuerySyntaxError(
                f"the wildcards ('{part.prefix}*' ...) stand for more than {MAX_EXPANSIONS} "
                "words in all; give more letters before the *"
            )
        return q.any_of([q.Term(part.field, word, part.boost) for word in expansions[key]])

    return q.transform(node, expand)


def _resolve_ids(store: Store, kind: str, value: str) -> list[str]:
    from search.entities import resolve  # a filter value to read: not a plain search

    return resolve(store.lookups, kind, value, store.aliases)


def explain(store: Store, request: SearchRequest) -> Explanation:
    """How the query and each filter value are read, without searching."""
    from search.views import Explanation

    built = build_filter(store, request.filters)
    parsed = parse_text(store, request.query, request.match_any, request.filters.main_places)
    match = MATCH_ANY if request.match_any else MATCH_ALL
    shown = str(parsed.node) if request.query.strip() else ""  # no query: every article
    places = "main" if request.filters.main_places else "named"
    return Explanation(
        request.query, shown, match, tuple(built.explained), places, store.engine, parsed.notes
    )


def show_article(store: Store, article_id: str, query_text: str = "") -> ArticleView:
    """One whole article by id, with the query's matches highlighted."""
    from search.views import ArticleView

    stored = store.reader.by_id(article_id)
    if stored is None:
        raise ArticleNotFoundError(
            f"no article with id {article_id!r}: ids are shown beside each search result"
        )
    wanted = (
        query_terms(parse_text(store, query_text, False).node)
        if query_text.strip()
        else QueryTerms()
    )
    hit = hit_from_stored(store, stored, wanted, 0.0, ())
    return ArticleView(
        hit=hit,
        body=stored.body,
        body_highlights=highlight(stored.body, wanted),
        metadata=dict(stored.metadata),
    )
