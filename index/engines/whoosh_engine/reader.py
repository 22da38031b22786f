"""Searching a Whoosh index through the engine seam (``index.engines.base.Reader``).

Whoosh walks postings in Python, so the work is arranged around what it does
slowly: the matches of a query are found once, unscored, and kept for the
next calls (count, facets, search and reprint candidates of one search ask
for the same matches); publication-date ranges are answered from the date
columns instead of expanding into numeric terms; facets count the values kept
in columns; a phrase of common words is scored over its few matches only.
"""

from __future__ import annotations

import heapq
import sys
from collections import Counter, OrderedDict
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage

from index.edits import edit_distance
from index.engines import query as q
from index.engines.base import FacetRequest, Ref, Scored, Sort
from index.engines.whoosh_engine.columns import Columns, keep_lengths
from index.engines.whoosh_engine.compile import compile_query
from index.engines.whoosh_engine.schema import RECORD
from index.engines.whoosh_engine.scoring import TantivyIdfBM25F
from index.errors import IndexFilesError
from index.records import StoredArticle
from index.store.schema import FINGERPRINTS, ID_FIELD

MAX_OPTIMISED_TERMS = 16  # above this, Whoosh's top-k block skipping costs more than it saves
POSITIONAL = (wq.Phrase, wq.Ordered, wq.Sequence)  # queries that check word positions
FOUND_SCORING_RATIO = 8  # score the matches found when this many times fewer than hold a word
KEPT_MATCHES = 8  # match lists kept for the next calls


class WhooshReader:
    engine = "whoosh"
    concurrent_facets = False  # pure Python: a second thread would only wait
    every_facet_value = True  # facets counts every value over the matches
    kept_matches = sys.maxsize  # ... over any number of them

    def __init__(self, path: Path) -> None:
        try:
            self._index = FileStorage(str(path), supports_mmap=False).open_index()
            self._searcher = self._index.searcher(weighting=TantivyIdfBM25F())
            keep_lengths(self._searcher.reader())
        except Exception as error:  # Whoosh raises many kinds on damaged files
            raise IndexFilesError(f"{type(error).__name__}: {error}") from error
        self.commit_id: int = self._searcher.reader().generation()
        self._columns = Columns(self._searcher.reader())
        self._matches: OrderedDict[q.Node, list[int]] = OrderedDict()

    def close(self) -> None:
        if not self._searcher.is_closed:
            self._searcher.close()

    # ------------------------------------------------------------------ matching

    def matches(self, node: q.Node) -> list[int]:
        """Every document node matches, in document order (kept for the next calls)."""
        node = _matching(node)
        if node in self._matches:
            self._matches.move_to_end(node)
            return self._matches[node]
        found = self._find(node)
        self._matches[node] = found
        if len(self._matches) > KEPT_MATCHES:
            self._matches.popitem(last=False)
        return found

    def _find(self, node: q.Node) -> list[int]:
        parts = node.children if isinstance(node, q.And) else (node,)
        by_column = [p for p in parts if _by_column(p)]
        rest = [p for p in parts if not _by_column(p)]
        if rest:
            docs = list(self._searcher.docs_for_query(self._compile(q.all_of(rest))))
        else:
            docs = list(self._searcher.reader().all_doc_ids())
        for part in by_column:
            if isinstance(part, q.Not):
                left_out = self._within(part.child)  # type: ignore[arg-type]
                docs = [d for d in docs if d not in left_out]
            else:
                kept = self._within(part)  # type: ignore[arg-type]
                docs = [d for d in docs if d in kept]
        return docs

    def _within(self, node: q.DateRange | q.Exists) -> frozenset[int]:
        """Documents a date range or an Exists keeps, read from the date column."""
        if isinstance(node, q.Exists):
            return self._columns.within(node.field, None, None)
        low, high = (
            None if day is None else self._column_number(node.field, day, at)
            for day, at in ((node.low, time.min), (node.high, time.max))
        )
        return self._columns.within(node.field, low, high)

    def _column_number(self, field: str, day: date, at: time) -> int:
        return int(self._searcher.schema[field].to_column_value(datetime.combine(day, at)))

    def _compile(self, node: q.Node) -> Any:
        return compile_query(node, self._fuzzy_terms)

    def _fuzzy_terms(self, node: q.Fuzzy) -> list[str]:
        reader = self._searcher.reader()
        # Whoosh counts a swap of two letters as two edits, tantivy (and edit_distance)
        # as one: look twice as far, then keep what is within the distance.
        found = reader.terms_within(node.field, node.text, 2 * node.distance, prefix=0)
        words = {w.decode() if isinstance(w, bytes) else w for w in found}
        return sorted(w for w in words if edit_distance(w, node.text) <= node.distance)

    # ------------------------------------------------------------------ the seam

    def count(self, query: q.Node) -> int:
        return len(self.matches(query))

    def search(
        self,
        query: q.Node,
        *,
        within: q.Node | None = None,
        limit: int = 10,
        offset: int = 0,
        sort: Sort | None = None,
    ) -> list[Scored]:
        matched = self.matches(q.all_of([query, within]) if within is not None else query)
        if not matched:
            return []
        if sort is not None:
            return [Scored(d, 0.0) for d in self._sorted(matched, sort)[offset : offset + limit]]
        ranked = self._top(query, matched, within is not None, offset + limit)
        return [Scored(d, s) for d, s in ranked[offset:]]

    def _sorted(self, docs: list[int], sort: Sort) -> list[int]:
        values = self._columns.numbers(sort.field)
        dated = self._columns.within(sort.field, None, None)
        ordered = sorted((d for d in docs if d in dated), key=lambda d: (values[d], d))
        if sort.descending:
            ordered.sort(key=lambda d: (-values[d], d))
        return ordered + [d for d in docs if d not in dated]

    def _top(self, query: q.Node, matched: list[int], filtered: bool, limit: int) -> list[Any]:
        """The best `limit` of the matches, ranked by Whoosh's BM25F.

        Whoosh skips blocks that cannot reach the top, but over a wide OR tree (a
        wildcard's expansion, many words) that bookkeeping grows quadratically; such
        queries are scored plainly. A phrase of common words is scored over its
        matches only (Whoosh would check the positions of every document holding all
        its words again)."""
        compiled = self._compile(query)
        if _positional(compiled) and self._few(compiled, matched):
            return self._rank_found(compiled, matched, limit)
        wide = len(list(compiled.leaves())) > MAX_OPTIMISED_TERMS
        allowed = set(matched) if filtered else None
        # Whoosh's top-k collection loses high scorers of an AndMaybe (checked: a
        # document scoring 24 missing from a top 5 of 19 and below): such queries
        # are scored whole and cut here.
        whole = _has(compiled, wq.AndMaybe)
        results = self._searcher.search(
            compiled, filter=allowed, limit=None if whole else limit, optimize=not wide
        )
        return [(r.docnum, float(r.score or 0.0)) for r in results][:limit]

    def _few(self, compiled: Any, matched: list[int]) -> bool:
        held = [self._searcher.doc_frequency(f, t) for f, t in compiled.iter_all_terms()]
        return bool(held) and len(matched) * FOUND_SCORING_RATIO <= min(held)

    def _rank_found(self, compiled: Any, matched: list[int], limit: int) -> list[Any]:
        """Score only the matches, in document order, as Whoosh scores them; equal
        scores rank the lower document number first, as in Whoosh."""
        scored: list[tuple[float, int]] = []
        for leaf, offset in self._searcher.leaf_searchers():
            end = offset + leaf.doc_count_all()
            docs = [doc - offset for doc in matched if offset <= doc < end]
            matcher = compiled.matcher(leaf, self._searcher.context())
            scored.extend((score, -(doc + offset)) for doc, score in _scores(matcher, docs))
        return [(-negated, score) for score, negated in heapq.nlargest(limit, scored)]

    def facets(self, query: q.Node, requests: Sequence[FacetRequest]) -> dict[str, Counter[str]]:
        docs = self.matches(query)
        counts: dict[str, Counter[str]] = {}
        for request in requests:
            counted = Counter(self._columns.items(request.field, docs))
            counted.pop(b"", None)  # documents without any
            counts[request.field] = Counter({v.decode(): n for v, n in counted.items()})
            if request.values:
                every = counts[request.field]
                counts[request.field] = Counter({v: every[v] for v in request.values if every[v]})
        return counts

    def stored(self, ref: Ref) -> StoredArticle:
        return StoredArticle.from_json(self._searcher.stored_fields(ref)[RECORD])

    def published(self, refs: Sequence[Ref]) -> list[date | None]:
        return [self.stored(ref).published for ref in refs]

    def by_id(self, article_id: str) -> StoredArticle | None:
        try:
            number = self._searcher.document_number(**{ID_FIELD: article_id})
        except UnicodeEncodeError:  # undecodable bytes typed (surrogate-escaped): no id has them
            return None
        return None if number is None else self.stored(number)

    def documents(self) -> Iterator[StoredArticle]:
        for fields in self._searcher.all_stored_fields():
            yield StoredArticle.from_json(fields[RECORD])

    def doc_count(self) -> int:
        return int(self._searcher.doc_count())

    def doc_frequency(self, field: str, term: str) -> int:
        return int(self._searcher.doc_frequency(field, term))

    def expand_prefix(self, field: str, prefix: str, limit: int) -> list[str]:
        words = []
        for word in self._searcher.reader().expand_prefix(field, prefix):
            words.append(word.decode("utf-8") if isinstance(word, bytes) else word)
            if len(words) > limit:
                break
        return words

    def sharing(self, terms: Sequence[str], within: q.Node, limit: int) -> list[tuple[Ref, int]]:
        allowed = set(self.matches(within))
        counts: Counter[int] = Counter()
        for term in terms:
            found = self._searcher.docs_for_query(wq.Term(FINGERPRINTS, term))
            counts.update(d for d in found if d in allowed)
        return list(counts.most_common(limit))


def _matching(node: q.Node) -> q.Node:
    """A query that matches the same documents, without the optional parts of an
    AndMaybe (which only score), so that a search and its count share one pass."""
    if isinstance(node, q.AndMaybe):
        return _matching(node.required)
    if isinstance(node, q.And):
        return q.all_of([_matching(c) for c in node.children])
    return node


def _by_column(node: q.Node) -> bool:
    """Whether a part of an And is answered from a date column."""
    inner = node.child if isinstance(node, q.Not) else node
    return isinstance(inner, q.DateRange | q.Exists)


def _has(node: Any, kind: type) -> bool:
    return isinstance(node, kind) or any(_has(c, kind) for c in node.children())


def _positional(node: Any) -> bool:
    return isinstance(node, POSITIONAL) or any(_positional(c) for c in node.children())


def _scores(matcher: Any, docs: list[int]) -> Iterator[tuple[int, float]]:
    """The score of each of docs (ascending) that the matcher matches."""
    for doc in docs:
        if not matcher.is_active():
            return
        if matcher.id() < doc:
            matcher.skip_to(doc)
        if matcher.is_active() and matcher.id() == doc:
            yield doc, float(matcher.score())
