"""A query's matches as a few unions-free parts, for intersecting it with few documents.

tantivy runs a union (an Or) in windows of 4,096 documents: moving it to a
document far ahead fills the whole window after that document. Intersected
with a handful of documents spread over the index (the articles holding a
passage's fingerprints), a union of phrases checks the phrase in every
document of each window it lands in: milliseconds each time, for title:"x y"
OR body:"x y". The same matches as an Or of conjunctions without unions
(And(Or(a, b), c) = (a AND c) OR (b AND c)), each intersected in turn, check
the phrase only in the documents asked about.
"""

from __future__ import annotations

import math

from index.engines import query as q

MAX_PARTS = 8  # conjunctions at most: more would cost more searches than they save


def phrase_parts(node: q.Node, most: int = MAX_PARTS) -> list[q.Node] | None:
    """Conjunctions whose matches together are node's, when node holds a
    phrase of several words under an Or (else None: intersecting it as it is
    costs little), and when there are at most `most` of them."""
    if not _phrase_under_union(node, False) or _count(node) > most:
        return None
    return _parts(node)


def _phrase_under_union(node: q.Node, in_union: bool) -> bool:
    match node:
        case q.Phrase(terms=terms):
            return in_union and len(terms) > 1
        case q.Or(children):
            return any(_phrase_under_union(c, True) for c in children)
        case q.And(children):
            return any(_phrase_under_union(c, in_union) for c in children)
        case q.AndMaybe(required, _):
            return _phrase_under_union(required, in_union)
    return False


def _count(node: q.Node) -> int:
    """How many conjunctions _parts makes of node."""
    match node:
        case q.Or(children):
            return sum(_count(c) for c in children)
        case q.And(children):
            return math.prod(1 if isinstance(c, q.Not) else _count(c) for c in children)
        case q.AndMaybe(required, _):
            return _count(required)
    return 1


def _parts(node: q.Node) -> list[q.Node]:
    """The Or distributed over the Ands (an AndMaybe matches what it requires; a
    Not is kept whole, as an exclusion)."""
    match node:
        case q.Or(children):
            return [part for child in children for part in _parts(child)]
        case q.And(children):
            combos: list[list[q.Node]] = [[]]
            for child in children:
                options = [child] if isinstance(child, q.Not) else _parts(child)
                combos = [[*combo, option] for combo in combos for option in options]
            return [q.all_of(combo) for combo in combos]
        case q.AndMaybe(required, _):
            return _parts(required)
    return [node]
