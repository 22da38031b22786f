"""Searching a tantivy index through the engine seam (``index.engines.base.Reader``).

One searcher serves every call, so a search sees one commit throughout. Facet
counts are tantivy's terms aggregations over every match, with an exact count
for every value returned (the top values of a field from each segment's top
values, proven exact or else counted in full: ``topcounts``); reprint
candidates are one query whose score is the number of fingerprint terms a
document shares, kept when the document matches the search (for a search with
a phrase under an Or, checked part by part: ``unions``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence, Set
from datetime import date
from pathlib import Path
from typing import Any

import tantivy
from tantivy import Occur, Order, Query

from index.engines import query as q
from index.engines.base import FacetRequest, Ref, Scored, Sort
from index.engines.tantivy_engine import topcounts
from index.engines.tantivy_engine.compile import Compiler
from index.engines.tantivy_engine.marker import read_marker
from index.engines.tantivy_engine.schema import RECORD, register_tokenizer
from index.engines.tantivy_engine.side_by_side import halves, side_by_side
from index.engines.tantivy_engine.unions import phrase_parts
from index.errors import IndexFilesError
from index.records import StoredArticle
from index.store.schema import FINGERPRINTS, ID_FIELD, PUBLISHED

ALL_VALUES = 1_000_000  # an aggregation size that returns every value
EXACT_SEGMENT_SIZE = 1_000_000  # per-segment candidates: every value, so counts are exact
SEGMENT_TOPS = 256  # per-segment top values of a sized facet's first, cheap step
# Matches up to which a facet is counted in full in one step: over few matches
# that costs less than two steps (each runs the query again). On the 200,000-
# article index, count_facets CPU at the default 5 values (15 asked a field):
# at 1,500-2,350 matches in full costs 1-2 ms less, at 2,500-2,850 the same, at
# 3,400-4,900 two steps cost 2-5 ms less. Step 2 grows with the values asked, a
# count in full does not: for more than FEW_ASKED, up to COUNT_IN_FULL_MANY
# (4,120 matches, 40 asked: in full costs 5 ms less; 300 asked: 22 ms less).
COUNT_IN_FULL = 2500
FEW_ASKED = 16
COUNT_IN_FULL_MANY = 5000
# Values of a field up to which step 2 counts them with a filter each (0.02-0.12
# ms a value on the 200,000-article index), above which with a terms aggregation
# restricted to them (0.7-7.8 ms a field, as much for 16 values as for 256): the
# two cost the same at about 35 values (place), 55 (speaker), 120 (person), 300
# (org); the default 5 values confirm 15-25 a field.
FILTERED_VALUES = 48
# A count of at most this many matches keeps which they are (for the last
# KEPT_QUERIES queries): reprint candidates among so few are then the articles
# holding a fingerprint, filtered here, instead of a query that must run the
# search's own query again (a phrase of common words costs ms each time).
KEPT_MATCHES = 200
KEPT_QUERIES = 16
SHARING_READ = 1000  # articles holding a fingerprint read at most, else that query runs


class TantivyReader:
    engine = "tantivy"
    concurrent_facets = True  # aggregations release the GIL; the searcher is shared
    every_facet_value = False  # a sized request's first step: each segment's top values
    kept_matches = KEPT_MATCHES  # every value counted and kept over this many matches

    def __init__(self, path: Path) -> None:
        try:
            self._index = tantivy.Index.open(str(path))
            register_tokenizer(self._index)
            self._searcher = self._index.searcher()
            self._schema = self._index.schema
            marker = read_marker(self._searcher, self._schema)
            self.commit_id: int = marker.commit
            self._weights = marker.values  # values per facet field: its share of facet work
        except (ValueError, OSError) as error:
            raise IndexFilesError(f"{type(error).__name__}: {error}") from error
        self._compiler = Compiler(self._schema)
        self._addresses: dict[tuple[int, int], Any] = {}
        self._doc_count: int | None = None  # the searcher is a snapshot: counted once
        self._totals: dict[q.Node, int] = {}  # the last queries counted, and their counts
        self._matches: dict[q.Node, frozenset[Ref]] = {}  # those of them with few matches
        self._values: dict[q.Node, dict[str, Counter[str]]] = {}  # and their facet values
        self._last: tuple[Ref, StoredArticle] | None = None  # the last stored article read

    def close(self) -> None:
        self._addresses.clear()
        self._matches.clear()
        self._totals.clear()
        self._values.clear()

    def _compile(self, node: q.Node) -> Any:
        return self._compiler.compile(node)

    def _ref(self, address: Any) -> Ref:
        key = (address.segment_ord, address.doc)
        self._addresses[key] = address
        return key

    def count(self, query: q.Node) -> int:
        """How many articles match, kept for the last KEPT_QUERIES queries (facets
        over few matches are counted in one step); when at most KEPT_MATCHES
        match, which ones is kept too (reprint candidates among them are then
        found without the query)."""
        unscored = self._compiler.unscored(self._compile(query))  # no scores to work out
        found = self._searcher.search(unscored, max(KEPT_MATCHES, 1), count=True)
        total = int(found.count)  # type: ignore[attr-defined]
        if len(self._totals) >= KEPT_QUERIES:
            self._totals.clear()
            self._matches.clear()
            self._values.clear()
        self._totals[query] = total
        if total <= KEPT_MATCHES:
            self._matches[query] = frozenset((a.segment_ord, a.doc) for _, a in found.hits)
        return total

    def search(
        self,
        query: q.Node,
        *,
        within: q.Node | None = None,
        limit: int = 10,
        offset: int = 0,
        sort: Sort | None = None,
    ) -> list[Scored]:
        compiled = self._compile(query)
        if within is not None:
            unscored = self._compiler.unscored(self._compile(within))
            compiled = Query.boolean_query([(Occur.Must, compiled), (Occur.Must, unscored)])
        if sort is None:
            found = self._searcher.search(compiled, max(limit, 1), count=False, offset=offset)
            return [Scored(self._ref(a), float(score)) for score, a in found.hits][:limit]
        order = Order.Desc if sort.descending else Order.Asc
        found = self._searcher.search(
            compiled,
            max(limit, 1),
            count=False,
            offset=offset,
            order_by_field=sort.field,
            order=order,
        )
        return [Scored(self._ref(a), 0.0) for _, a in found.hits][:limit]

    def facets(self, query: q.Node, requests: Sequence[FacetRequest]) -> dict[str, Counter[str]]:
        """Every value of a request without a size counted in full. The top values
        of one with a size: over few matches (as counted by ``count``) counted
        in full too (over at most KEPT_MATCHES, every value, kept); over more,
        from each segment's top values, confirmed exact (``topcounts``), else
        counted in full. One aggregation request per step for all fields; over
        more than KEPT_MATCHES, the fields in two halves of about the same
        work (by the values each field holds), counted side by side. Requests
        of some values: one more aggregation for all of them (``_valued``)."""
        if not requests:
            return {}
        valued = {r.field: r.values for r in requests if r.values}
        if valued:
            rest = [r for r in requests if not r.values]
            return self._valued(query, valued) | self.facets(query, rest)
        total = self._totals.get(query)
        if total is not None and total <= KEPT_MATCHES:
            return self._every_value(query, {r.field: r.size for r in requests})
        first, second = halves(requests, self._weights)
        if not second:
            return self._counted(query, first)
        return side_by_side(
            lambda: self._counted(query, first), lambda: self._counted(query, second)
        )

    def _counted(self, query: q.Node, requests: Sequence[FacetRequest]) -> dict[str, Counter[str]]:
        """The fields' counts over more than KEPT_MATCHES matches (or an unknown
        number), in one or two aggregation steps."""
        sizes = {r.field: r.size for r in requests}
        total = self._totals.get(query)
        compiled = self._compile(query)
        if total is not None and total <= _in_full_up_to(sizes):
            return self._in_full(compiled, sizes)
        sized = {r.field: r.size for r in requests if r.size is not None}
        asked = {f: max(SEGMENT_TOPS, size) for f, size in sized.items()}
        first = {f: _terms(f, size, size) for f, size in asked.items()}
        first.update({r.field: _terms(r.field) for r in requests if r.size is None})
        answer = self._searcher.aggregate(compiled, first)
        counted = {f: _counts(answer[f]) for f in first if f not in sized}
        one_segment = self._searcher.num_segments == 1
        confirm: dict[str, topcounts.Confirmation] = {}
        for f, size in sized.items():
            tops = topcounts.SegmentTops(
                _counts(answer[f]),
                int(answer[f].get("doc_count_error_upper_bound") or 0),
                cut=len(answer[f]["buckets"]) >= asked[f],
            )
            exact = topcounts.exact_tops(tops, size, one_segment)
            step = None if exact is not None else topcounts.to_confirm(tops, size)
            if exact is not None:
                counted[f] = exact
            elif step is not None:
                confirm[f] = step
        counted.update(self._confirmed(compiled, confirm, sized))
        left = {f: sized[f] for f in sized if f not in counted}
        return counted | self._in_full(compiled, left)

    def _every_value(
        self, query: q.Node, sizes: Mapping[str, int | None]
    ) -> dict[str, Counter[str]]:
        """Over a query's few matches: every value of its fields counted once
        and kept, so that asking again for every value (ties at a facet's last
        place) neither runs the query nor aggregates again."""
        kept = self._values.setdefault(query, {})
        missing = {f: None for f in sizes if f not in kept}
        kept.update(self._in_full(self._compile(query), missing))
        return {
            f: kept[f].copy() if n is None else topcounts.top(kept[f], n) for f, n in sizes.items()
        }

    def _valued(
        self, query: q.Node, values: Mapping[str, Sequence[str]]
    ) -> dict[str, Counter[str]]:
        """The counts of some values of each field: over few matches (as counted
        by ``count``) from every value kept, else by ``_value_counts`` (a field it
        could not count exactly counted in full)."""
        total = self._totals.get(query)
        if total is not None and total <= KEPT_MATCHES:
            every = self._every_value(query, dict.fromkeys(values))
        else:
            compiled = self._compile(query)
            every = self._value_counts(compiled, values)
            every |= self._in_full(compiled, {f: None for f in values if f not in every})
        return {f: Counter({v: every[f][v] for v in vs if every[f][v]}) for f, vs in values.items()}

    def _in_full(self, compiled: Any, sizes: Mapping[str, int | None]) -> dict[str, Counter[str]]:
        """Every value of each field counted in every segment (exact), the top
        `size` of them (every value for None)."""
        if not sizes:
            return {}
        wanted = {f: _terms(f, ALL_VALUES if n is None else n) for f, n in sizes.items()}
        answer = self._searcher.aggregate(compiled, wanted)
        return {f: _counts(answer[f]) for f in sizes}

    def _confirmed(
        self, compiled: Any, confirm: dict[str, topcounts.Confirmation], sizes: dict[str, int]
    ) -> dict[str, Counter[str]]:
        """Step 2: the exact counts of the values to confirm, from one aggregation
        (``_value_counts``), kept for the fields whose top values they prove."""
        if not confirm:
            return {}
        exact = self._value_counts(compiled, {f: c.values for f, c in confirm.items()})
        found = {}
        for f, counts in exact.items():
            tops = topcounts.confirmed_tops(counts, confirm[f], sizes[f])
            if tops is not None:
                found[f] = tops
        return found

    def _value_counts(
        self, compiled: Any, values: Mapping[str, Sequence[str]]
    ) -> dict[str, Counter[str]]:
        """The matches holding each of the values of each field (those held by none
        left out), from one aggregation: a filter per value for a field of at most
        FILTERED_VALUES values, else a terms aggregation restricted to the values
        (a field it answers inexactly is left out)."""
        filtered = {f: vs for f, vs in values.items() if len(vs) <= FILTERED_VALUES}
        wanted: dict[str, Any] = {
            f"{field}/{i}": {"filter": f"{field}:{_quoted(value)}"}
            for field, vs in filtered.items()
            for i, value in enumerate(vs)
        }
        for field, vs in values.items():
            if field not in filtered:
                wanted[field] = _terms(field, len(vs), len(vs))
                wanted[field]["terms"]["include"] = list(vs)
        answer = self._searcher.aggregate(compiled, wanted)
        counted = {
            field: Counter(
                {v: n for i, v in enumerate(vs) if (n := int(answer[f"{field}/{i}"]["doc_count"]))}
            )
            for field, vs in filtered.items()
        }
        restricted = [f for f in values if f not in filtered and not _inexact(answer[f])]
        return counted | {f: _counts(answer[f]) for f in restricted}

    def stored(self, ref: Ref) -> StoredArticle:
        """The stored article; the last one read is kept, as a result is read
        twice in a row (its hit, then its reprints)."""
        if self._last is None or self._last[0] != ref:
            self._last = ref, _record(self._searcher.doc(self._address(ref)))
        return self._last[1]

    def _address(self, ref: Ref) -> Any:
        address = self._addresses.get(ref)  # type: ignore[call-overload]
        return tantivy.DocAddress(*ref) if address is None else address  # type: ignore[misc]

    def published(self, refs: Sequence[Ref]) -> list[date | None]:
        """From the PUBLISHED fast column (a day number: schema.py)."""
        addresses = [self._address(ref) for ref in refs]
        days = self._searcher.fast_field_values(PUBLISHED, addresses)
        return [None if day is None else date.fromordinal(int(day)) for day in days]

    def by_id(self, article_id: str) -> StoredArticle | None:
        found = self._searcher.search(Query.term_query(self._schema, ID_FIELD, article_id), 1)
        return _record(self._searcher.doc(found.hits[0][1])) if found.hits else None

    def documents(self) -> Iterator[StoredArticle]:
        total = self.doc_count()
        if not total:
            return
        found = self._searcher.search(self._compiler.every(), total, count=False)
        for _, address in found.hits:
            yield _record(self._searcher.doc(address))

    def doc_count(self) -> int:
        """Articles in the index: a count over every document, made once per reader
        (a search asks it for the idf of each query word in each hit's passages)."""
        if self._doc_count is None:
            self._doc_count = self.count(q.Every())
        return self._doc_count

    def doc_frequency(self, field: str, term: str) -> int:
        return int(self._searcher.doc_freq(field, term))

    def expand_prefix(self, field: str, prefix: str, limit: int) -> list[str]:
        found = self._searcher.terms_with_prefix(field, prefix)
        return sorted(term for term, _count in found)[: limit + 1]

    def sharing(self, terms: Sequence[str], within: q.Node, limit: int) -> list[tuple[Ref, int]]:
        if not terms:
            return []
        each = [
            (
                Occur.Should,
                Query.const_score_query(Query.term_query(self._schema, FINGERPRINTS, t), 1.0),
            )
            for t in terms
        ]
        holding = Query.boolean_query(each)
        among: Set[Ref] | None = self._matches.get(within)
        parts = None
        if among is None or len(among) >= limit:
            among, parts = None, phrase_parts(within)
        if among is not None or parts is not None:
            found = self._searcher.search(holding, SHARING_READ, count=True)
            if int(found.count) <= SHARING_READ:  # type: ignore[attr-defined]
                if parts is not None:
                    among = self._holding_among(holding, parts, len(found.hits))
                assert among is not None
                held = [(score, a) for score, a in found.hits if (a.segment_ord, a.doc) in among]
                return [(self._ref(a), round(score)) for score, a in held[:limit]]
        query = Query.boolean_query(
            [
                (Occur.Must, holding),
                (Occur.Must, self._compiler.unscored(self._compile(within))),
            ]
        )
        found = self._searcher.search(query, max(limit, 1), count=False)
        return [(self._ref(a), round(score)) for score, a in found.hits]

    def _holding_among(self, holding: Any, parts: Sequence[q.Node], most: int) -> set[Ref]:
        """Which of the (at most `most`) articles holding fingerprints match one
        of the parts (``unions.phrase_parts``), intersected one by one."""
        found: set[Ref] = set()
        for part in parts:
            both = Query.boolean_query(
                [(Occur.Must, holding), (Occur.Must, self._compiler.unscored(self._compile(part)))]
            )
            hits = self._searcher.search(both, max(most, 1), count=False).hits
            found.update((a.segment_ord, a.doc) for _, a in hits)
        return found


def _terms(
    field: str, size: int = ALL_VALUES, segment_size: int = EXACT_SEGMENT_SIZE
) -> dict[str, Any]:
    return {"terms": {"field": field, "size": size, "segment_size": segment_size}}


def _in_full_up_to(sizes: Mapping[str, int | None]) -> int:
    """The matches up to which these requests are counted in full in one step."""
    largest = max((n for n in sizes.values() if n is not None), default=0)
    return COUNT_IN_FULL if largest <= FEW_ASKED else COUNT_IN_FULL_MANY


def _inexact(result: Any) -> bool:
    return bool(result.get("doc_count_error_upper_bound"))


def _quoted(value: str) -> str:
    """A keyword value as a phrase of tantivy's query language: one term of the
    raw-tokenised field, whatever characters it holds."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _counts(result: Any) -> Counter[str]:
    return Counter({str(b["key"]): int(b["doc_count"]) for b in result["buckets"]})


def _record(document: Any) -> StoredArticle:
    return StoredArticle.from_json(bytes(document[RECORD][0]))
