"""The engine-neutral query tree: what the query side asks, whatever the engine.

The search side parses the user's query and the filters into these frozen
records; each engine compiles them into its own queries. Terms are given as the
index holds them (analysed by ``index.analysis``: an engine never analyses a
query term again), so both engines look for exactly the same terms.

Scoring: Term, Phrase and Fuzzy leaves score (BM25 in both engines, with the
leaf's boost); And and Or add up their children's scores; Not, ranges and
Exists never score. ``str()`` of a tree is the "Parsed:" line of --explain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from index.frozen import record


@record
class Term:
    """A document whose field holds this term."""

    field: str
    text: str
    boost: float = 1.0

    def __str__(self) -> str:
        return f"{self.field}:{self.text}{_boost(self.boost)}"


@record
class Phrase:
    """The terms side by side, in order; with a slop N, each neighbouring pair of
    terms within N positions of where the exact phrase would put them (in order
    with at most N words between, or swapped with at most N - 2 between), anywhere
    in the field (``pairs`` gives the pairs; both engines match them the same way)."""

    field: str
    terms: tuple[str, ...]
    slop: int = 0
    boost: float = 1.0

    def __str__(self) -> str:
        near = f"~{self.slop}" if self.slop else ""
        return f'{self.field}:"{" ".join(self.terms)}"{near}{_boost(self.boost)}'

    def pairs(self) -> list[tuple[str, str]]:
        return list(zip(self.terms, self.terms[1:], strict=False))


def near(first: int, second: int, slop: int) -> bool:
    """Whether positions of the first and second term of a pair are near enough
    for a phrase with this slop (tantivy's rule for two terms)."""
    return abs(first + 1 - second) <= slop


@record
class Prefix:
    """Terms starting with prefix: expanded into an Or of Terms before an engine sees it."""

    field: str
    prefix: str
    boost: float = 1.0

    def __str__(self) -> str:
        return f"{self.field}:{self.prefix}*{_boost(self.boost)}"


@record
class Fuzzy:
    """Terms within `distance` edits (insertions, deletions, substitutions) of text."""

    field: str
    text: str
    distance: int = 1
    boost: float = 1.0

    def __str__(self) -> str:
        return f"{self.field}:{self.text}~{self.distance}{_boost(self.boost)}"


@record
class NumberRange:
    """A number field (see ``index.store.schema``) with a value in [low, high]."""

    field: str
    low: int | None
    high: int | None

    def __str__(self) -> str:
        return f"{self.field}:[{_end(self.low)} TO {_end(self.high)}]"


@record
class DateRange:
    """A date field with a day in [low, high]."""

    field: str
    low: date | None
    high: date | None

    def __str__(self) -> str:
        return f"{self.field}:[{_end(self.low)} TO {_end(self.high)}]"


@record
class Exists:
    """A document with any value in a date field."""

    field: str

    def __str__(self) -> str:
        return f"{self.field}:*"


@record
class And:
    """Every child must match."""

    children: tuple[Node, ...]

    def __str__(self) -> str:
        return _joined(" AND ", self.children)


@record
class Or:
    """At least one child must match."""

    children: tuple[Node, ...]

    def __str__(self) -> str:
        return _joined(" OR ", self.children)


@record
class Not:
    """Every document the child does not match (inside an And: "and not")."""

    child: Node

    def __str__(self) -> str:
        return f"NOT {self.child}"


@record
class AndMaybe:
    """The required documents; optional matches only add to the score."""

    required: Node
    optional: Node

    def __str__(self) -> str:
        return f"({self.required} ANDMAYBE {self.optional})"


@record
class Every:
    """Every article."""

    def __str__(self) -> str:
        return "<every article>"


@record
class Nothing:
    """No article (a wildcard that stands for no word, say)."""

    def __str__(self) -> str:
        return "<nothing>"


Node = (
    Term
    | Phrase
    | Prefix
    | Fuzzy
    | NumberRange
    | DateRange
    | Exists
    | And
    | Or
    | Not
    | AndMaybe
    | Every
    | Nothing
)
LEAVES = (Term, Phrase, Prefix, Fuzzy)


def children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, And | Or):
        return node.children
    if isinstance(node, Not):
        return (node.child,)
    if isinstance(node, AndMaybe):
        return (node.required, node.optional)
    return ()


def all_of(parts: Sequence[Node]) -> Node:
    """An And of parts, flattened, each part once; Every for none, the part itself
    for one."""
    flat = [c for p in parts for c in (p.children if isinstance(p, And) else (p,))]
    flat = list(dict.fromkeys(p for p in flat if not isinstance(p, Every)))  # once each
    if not flat:
        return Every()
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def any_of(parts: Sequence[Node]) -> Node:
    """An Or of parts, flattened, each part once (a word typed twice does not count
    twice); Nothing for none, the part itself for one."""
    flat = [c for p in parts for c in (p.children if isinstance(p, Or) else (p,))]
    flat = list(dict.fromkeys(p for p in flat if not isinstance(p, Nothing)))  # once each
    if not flat:
        return Nothing()
    return flat[0] if len(flat) == 1 else Or(tuple(flat))


def transform(node: Node, change: Callable[[Node], Node]) -> Node:
    """The tree with `change` applied bottom-up to every node (children first)."""
    if isinstance(node, And):
        node = And(tuple(transform(c, change) for c in node.children))
    elif isinstance(node, Or):
        node = Or(tuple(transform(c, change) for c in node.children))
    elif isinstance(node, Not):
        node = Not(transform(node.child, change))
    elif isinstance(node, AndMaybe):
        node = AndMaybe(transform(node.required, change), transform(node.optional, change))
    return change(node)


def leaves(node: Node) -> list[Node]:
    """Every leaf of the tree, excluded ones too."""
    if isinstance(node, And | Or | Not | AndMaybe):
        return [leaf for child in children(node) for leaf in leaves(child)]
    return [node]


def _boost(boost: float) -> str:
    return "" if boost == 1.0 else f"^{boost}"


def _end(value: object) -> str:
    return "*" if value is None else str(value)


def _joined(operator: str, parts: tuple[Node, ...]) -> str:
    return "(" + operator.join(str(p) for p in parts) + ")"
