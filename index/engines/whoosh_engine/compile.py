"""The engine-neutral query tree as Whoosh queries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import Any

from whoosh import query as wq
from whoosh.query.compound import PreloadedOr

from index.engines import query as q
from index.engines.whoosh_engine.schema import number_term

WIDE_OR = 16  # an Or of more terms than this (a wildcard's expansion) is one union
# Expands a Fuzzy leaf into the field's terms within its distance.
FuzzyTerms = Callable[[q.Fuzzy], list[str]]


def compile_query(node: q.Node, fuzzy_terms: FuzzyTerms) -> Any:
    """The Whoosh query for node (ranges and dates as term ranges)."""
    match node:
        case q.Term(field, text, boost):
            return wq.Term(field, text, boost=boost)
        case q.Phrase(field, terms, slop, boost):
            if len(terms) == 1:
                return wq.Term(field, terms[0], boost=boost)
            if not slop:
                return wq.Phrase(field, list(terms), boost=boost)
            return wq.And([_near(field, pair, slop, boost) for pair in node.pairs()])
        case q.Fuzzy(field, _text, _distance, boost):
            return _union([wq.Term(field, word, boost=boost) for word in fuzzy_terms(node)])
        case q.NumberRange(field, low, high):
            first, last = (None if v is None else number_term(v) for v in (low, high))
            return wq.TermRange(field, first, last)
        case q.DateRange(field, low, high):
            since = None if low is None else datetime.combine(low, time.min)
            until = None if high is None else datetime.combine(high, time.max)
            return wq.DateRange(field, since, until)
        case q.Exists(field):
            return wq.Every(field)
        case q.Prefix():
            raise ValueError("a Prefix must be expanded before it reaches the engine")
    return _compound(node, fuzzy_terms)


def _compound(node: q.Node, fuzzy_terms: FuzzyTerms) -> Any:
    match node:
        case q.And(children):
            kept = [compile_query(c, fuzzy_terms) for c in children if not isinstance(c, q.Not)]
            banned = [compile_query(c.child, fuzzy_terms) for c in children if isinstance(c, q.Not)]
            wanted = wq.And(kept) if len(kept) > 1 else kept[0] if kept else wq.Every()
            return wq.AndNot(wanted, wq.Or(banned)) if banned else wanted
        case q.Or(children):
            compiled = [compile_query(c, fuzzy_terms) for c in children]
            if len(compiled) > WIDE_OR and all(isinstance(c, q.Term) for c in children):
                return _union(compiled)
            return wq.Or(compiled)
        case q.Not(child):
            return wq.AndNot(wq.Every(), compile_query(child, fuzzy_terms))
        case q.AndMaybe(required, optional):
            return wq.AndMaybe(
                compile_query(required, fuzzy_terms), compile_query(optional, fuzzy_terms)
            )
        case q.Every():
            return wq.Every()
        case q.Nothing():
            return wq.NullQuery
    raise TypeError(f"not a query node: {node!r}")


def _near(field: str, pair: tuple[str, str], slop: int, boost: float) -> Any:
    """A pair of a sloppy phrase (``query.near``): in order with at most slop words
    between (Whoosh's slop counts the distance, 1 for neighbours), or swapped with
    at most slop - 2 between."""
    first, second = pair
    in_order = wq.Phrase(field, [first, second], slop=slop + 1, boost=boost)
    if slop < 2:
        return in_order
    return wq.Or([in_order, wq.Phrase(field, [second, first], slop=slop - 1, boost=boost)])


def _union(terms: list[Any]) -> Any:
    """Many terms as one union: Whoosh's preloading Or (its default, a binary tree
    of unions, grows too slow over hundreds of terms)."""
    if not terms:
        return wq.NullQuery
    return terms[0] if len(terms) == 1 else PreloadedOr(terms)
