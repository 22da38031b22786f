"""The engine-neutral query tree as tantivy queries.

tantivy does not analyse the terms of queries built in code, which is what the
seam wants: every term arrives as the index holds it. Filters, ranges and
exclusions are wrapped to score nothing, so ranking depends on the words only.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tantivy import FieldType, Occur, Query

from index.engines import query as q
from index.engines.tantivy_engine.schema import META


class Compiler:
    def __init__(self, schema: Any) -> None:
        self.schema = schema

    def every(self) -> Any:
        """Every article (not the commit's own document)."""
        meta = Query.term_query(self.schema, META, "commit")
        return Query.boolean_query([(Occur.Must, Query.all_query()), (Occur.MustNot, meta)])

    def unscored(self, query: Any) -> Any:
        return Query.const_score_query(query, 0.0)

    def compile(self, node: q.Node) -> Any:
        match node:
            case q.Term(field, text, boost):
                return _boosted(Query.term_query(self.schema, field, text), boost)
            case q.Phrase(field, terms, slop, boost):
                if len(terms) == 1:
                    return _boosted(Query.term_query(self.schema, field, terms[0]), boost)
                if not slop:
                    return _boosted(Query.phrase_query(self.schema, field, list(terms)), boost)
                pairs = [
                    (Occur.Must, Query.phrase_query(self.schema, field, list(pair), slop=slop))
                    for pair in node.pairs()
                ]
                return _boosted(Query.boolean_query(pairs), boost)
            case q.Fuzzy(field, text, distance, boost):
                fuzzy = Query.fuzzy_term_query(
                    self.schema, field, text, distance, transposition_cost_one=True
                )
                return _boosted(fuzzy, boost)
            case q.NumberRange(field, low, high):
                ranged = Query.range_query(self.schema, field, FieldType.Integer, low, high)
                return self.unscored(ranged)
            case q.DateRange(field, low, high):
                start, end = _day_number(low), _day_number(high)
                ranged = Query.range_query(self.schema, field, FieldType.Integer, start, end)
                return self.unscored(ranged)
            case q.Exists(field):
                return self.unscored(Query.exists_query(field))
            case q.Prefix():
                raise ValueError("a Prefix must be expanded before it reaches the engine")
        return self._compound(node)

    def _compound(self, node: q.Node) -> Any:
        match node:
            case q.And(children):
                clauses = [
                    (Occur.MustNot, self.compile(c.child))
                    if isinstance(c, q.Not)
                    else (Occur.Must, self.compile(c))
                    for c in children
                ]
                if all(occur == Occur.MustNot for occur, _ in clauses):
                    clauses.append((Occur.Must, self.unscored(self.every())))
                return Query.boolean_query(clauses)
            case q.Or(children):
                return Query.boolean_query([(Occur.Should, self.compile(c)) for c in children])
            case q.Not(child):
                return Query.boolean_query(
                    [
                        (Occur.Must, self.unscored(self.every())),
                        (Occur.MustNot, self.compile(child)),
                    ]
                )
            case q.AndMaybe(required, optional):
                return Query.boolean_query(
                    [(Occur.Must, self.compile(required)), (Occur.Should, self.compile(optional))]
                )
            case q.Every():
                return self.unscored(self.every())
            case q.Nothing():
                return Query.empty_query()
        raise TypeError(f"not a query node: {node!r}")


def _boosted(query: Any, boost: float) -> Any:
    return query if boost == 1.0 else Query.boost_query(query, boost)


def _day_number(day: date | None) -> int | None:
    """How the schema stores a day (see schema.py)."""
    return None if day is None else day.toordinal()
