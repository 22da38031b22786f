"""Parsing the user's query text into the engine-neutral query tree, strictly.

Users deserve to hear about their mistakes, so ``check_syntax`` scans the text
first and raises ``QuerySyntaxError`` (with the position) for unclosed quotes or
parentheses, misplaced AND/OR/NOT, a field without a value and wildcards
other than a trailing ``*``. Pasted text is a query too: a word followed by a
colon that is not a field name ("Baker said: dollar") is searched as the word,
and text longer than MAX_QUERY_LENGTH is read as plain words; each with a note.

Syntax: words (all must match), "quoted phrases", "a phrase"~N (the words in
order with at most N others between them), word~N (within N edits, N <= 2),
OR, AND, NOT, -word, +word (with --any), (groups), field:value for the fields in
``index.store.schema.QUERY_FIELDS``, word*. OR binds tighter than the implicit
AND between words ("a b OR c" is a and (b or c)); AND tighter than OR.

Words are analysed with the index's own analysis (``index.analysis``), so a
query term is exactly what the index holds; a word of several terms
("al-Numan") is a phrase.
"""

from __future__ import annotations

from collections.abc import Callable

from index.analysis import analyse, fold
from index.engines import query as q
from index.frozen import record
from index.store.schema import (
    BODY,
    ENTITY_FIELDS,
    ID_FIELD,
    QUERY_FIELDS,
    SOURCE,
    TEXT_FIELDS,
    TITLE,
    facet_field,
)
from search.errors import QuerySyntaxError
from search.syntax import MAX_QUERY_LENGTH, Piece, check_syntax, lex

__all__ = ["MAX_QUERY_LENGTH", "ParsedQuery", "check_syntax", "parse_query", "positive_words"]

TITLE_BOOST = 1.0  # a title word counts as a body word (short titles score high already)
MAX_PASTED_TERMS = 256  # distinct words of a pasted text that are searched for
MAX_FUZZY = 2

# Resolves an entity value typed in a query to its entity ids.
EntityResolver = Callable[[str, str], list[str]]


@record
class ParsedQuery:
    """A query as the engine will run it, with notes on how pasted text was read."""

    node: q.Node
    notes: tuple[str, ...] = ()  # how pasted text was read, for the user


def parse_query(
    text: str,
    resolve_entity: EntityResolver,
    match_any: bool = False,
    main_places: bool = False,
) -> ParsedQuery:
    """The query tree for text; raises QuerySyntaxError when it cannot be run.
    With main_places, ``place:`` reads an article's main places, as --place does."""
    if len(text) > MAX_QUERY_LENGTH:
        return _pasted(text)
    notes: list[str] = []
    check_syntax(text)
    pieces = lex(text, match_any, notes)
    parser = _Parser(pieces, resolve_entity, match_any, main_places)
    node = _exclusions_apart(parser.parse())
    if not positive_words(node) and not _has_positive(node):
        if isinstance(node, q.Not) or (
            isinstance(node, q.And) and all(isinstance(c, q.Not) for c in node.children)
        ):
            return ParsedQuery(node, tuple(notes))
        raise QuerySyntaxError("the query has no words to search for")
    return ParsedQuery(node, tuple(notes))


def _pasted(text: str) -> ParsedQuery:
    """Text too long to be a typed query: its words, without operators."""
    terms = list(dict.fromkeys(analyse(text)))
    if not terms:
        raise QuerySyntaxError("the query has no words to search for")
    kept = terms[:MAX_PASTED_TERMS]
    note = (
        f"The query is {len(text)} characters long: read as plain words, without operators"
        + (f" (its first {len(kept)} different words)" if len(kept) < len(terms) else "")
        + "."
    )
    return ParsedQuery(q.all_of([_in_text(q.Term, t) for t in kept]), (note,))


def _in_text(kind: type, *args: object) -> q.Node:
    """A leaf looked for in title (counting double) or body."""
    return q.Or((kind(TITLE, *args, boost=TITLE_BOOST), kind(BODY, *args)))


class _Parser:
    def __init__(
        self, pieces: list[Piece], resolve: EntityResolver, match_any: bool, main: bool
    ) -> None:
        self.pieces = pieces
        self.at = 0
        self.resolve = resolve
        self.match_any = match_any
        self.main = main

    def parse(self) -> q.Node:
        node = self._sequence()
        if self.at < len(self.pieces):  # a ")" check_syntax let through cannot remain
            raise QuerySyntaxError("')' without a matching '('", self.pieces[self.at].position)
        return node

    def _peek(self) -> Piece | None:
        return self.pieces[self.at] if self.at < len(self.pieces) else None

    def _sequence(self) -> q.Node:
        required: list[q.Node] = []
        optional: list[q.Node] = []
        while (piece := self._peek()) is not None and piece.kind != ")":
            plus = piece.kind == "+"
            if plus:
                self.at += 1
            node = self._or()
            if node is None:
                continue
            if isinstance(node, q.Not) or plus or not self.match_any:
                required.append(node)
            else:
                optional.append(node)
        if not optional:
            return q.all_of(required) if required else q.Nothing()
        if any(not isinstance(n, q.Not) for n in required):
            return q.AndMaybe(q.all_of(required), q.any_of(optional))
        return q.all_of([q.any_of(optional), *required])

    def _or(self) -> q.Node | None:
        parts = [self._and()]
        while (piece := self._peek()) is not None and piece.kind == "OR":
            self.at += 1
            parts.append(self._and())
        kept = [p for p in parts if p is not None]
        return q.any_of(kept) if kept else None

    def _and(self) -> q.Node | None:
        parts = [self._unary()]
        while (piece := self._peek()) is not None and piece.kind == "AND":
            self.at += 1
            parts.append(self._unary())
        kept = [p for p in parts if p is not None]
        return q.all_of(kept) if kept else None

    def _unary(self) -> q.Node | None:
        piece = self._peek()
        if piece is not None and piece.kind in ("NOT", "-"):
            self.at += 1
            inner = self._unary()
            return None if inner is None else q.Not(inner)
        return self._atom()

    def _atom(self) -> q.Node | None:
        piece = self.pieces[self.at]
        self.at += 1
        if piece.kind == "(":
            inner = self._sequence()
            self.at += 1  # the ")"
            return None if isinstance(inner, q.Nothing) else inner
        if piece.kind == "field":
            return self._field(piece)
        return self._words(piece, None)

    def _field(self, piece: Piece) -> q.Node | None:
        field = QUERY_FIELDS[piece.text.lower()]
        value = self.pieces[self.at]
        if value.kind == "(":
            inner = self._atom()
            return None if inner is None else _retarget(inner, field)
        self.at += 1
        return self._words(value, field)

    def _words(self, piece: Piece, field: str | None) -> q.Node | None:
        if field is not None and field not in TEXT_FIELDS:
            return self._exact(piece, field)
        text, slop, fuzzy = piece.text, 0, None
        if piece.kind == "phrase" and piece.tilde is not None:
            slop = piece.tilde
        elif piece.tilde is not None:
            fuzzy = min(piece.tilde, MAX_FUZZY) if piece.tilde <= MAX_FUZZY else _too_fuzzy(piece)
        if piece.kind == "word" and text.endswith("*"):
            return self._prefix(text[:-1], field)
        terms = tuple(analyse(text))
        if not terms:
            return None
        if fuzzy is not None:
            if len(terms) > 1:
                raise QuerySyntaxError(
                    "~ after a word allows edits to one word only", piece.position
                )
            return _leaf(q.Fuzzy, field, terms[0], fuzzy)
        if len(terms) == 1:
            return _leaf(q.Term, field, terms[0])
        return _leaf(q.Phrase, field, terms, slop)

    def _prefix(self, text: str, field: str | None) -> q.Node | None:
        prefix = fold(text)
        return _leaf(q.Prefix, field, prefix) if prefix else None

    def _exact(self, piece: Piece, field: str) -> q.Node:
        """A value of a field holding whole values: source, id, entities."""
        value = piece.text
        entity_types = {f: kind for kind, f in ENTITY_FIELDS.items()}
        if piece.kind == "word" and value.endswith("*"):
            if field == SOURCE:
                return q.Prefix(SOURCE, value[:-1].casefold())
            raise QuerySyntaxError(
                f"'{field}:' takes a whole name, in any spelling, not a wildcard "
                f"(run `search --facets` to see names)",
                piece.position,
            )
        if field == SOURCE:
            return q.Term(SOURCE, value.strip().casefold())
        if field == ID_FIELD:
            return q.Term(ID_FIELD, value)
        ids = self.resolve(entity_types[field], value)
        target = facet_field(field, self.main)
        return q.any_of([q.Term(target, entity_id) for entity_id in ids])


def _leaf(kind: type, field: str | None, *args: object) -> q.Node:
    node: q.Node = kind(field, *args) if field is not None else _in_text(kind, *args)
    return node


def _too_fuzzy(piece: Piece) -> int:
    raise QuerySyntaxError(
        f"word~N allows at most {MAX_FUZZY} edits (word~1 or word~2)", piece.position
    )


def _retarget(node: q.Node, field: str) -> q.Node:
    """A group under a field ("title:(a OR b)"): its text leaves look in that field only."""

    def change(leaf: q.Node) -> q.Node:
        if isinstance(leaf, q.Or) and _is_text_pair(leaf):
            inner = leaf.children[1]
            assert isinstance(inner, q.Term | q.Phrase | q.Prefix | q.Fuzzy)
            return _with_field(inner, field)
        return leaf

    return q.transform(node, change)


def _is_text_pair(node: q.Or) -> bool:
    return (
        len(node.children) == 2
        and getattr(node.children[0], "field", None) == TITLE
        and getattr(node.children[1], "field", None) == BODY
        and type(node.children[0]) is type(node.children[1])
    )


def _with_field(leaf: q.Term | q.Phrase | q.Prefix | q.Fuzzy, field: str) -> q.Node:
    from dataclasses import replace

    return replace(leaf, field=field, boost=1.0)


def _exclusions_apart(node: q.Node) -> q.Node:
    """In an OR group, a NOT excludes: "a OR b NOT c" is (a OR b) minus c, not
    "a, or b, or anything without c"."""

    def split(part: q.Node) -> q.Node:
        if not isinstance(part, q.Or):
            return part
        banned = [c for c in part.children if isinstance(c, q.Not)]
        if not banned:
            return part
        kept = [c for c in part.children if not isinstance(c, q.Not)]
        return q.all_of([q.any_of(kept) if kept else q.Every(), *banned])

    return q.transform(node, split)


def positive_words(node: q.Node) -> set[str]:
    """The distinct title/body terms the query looks for, leaving out the terms it
    excludes."""
    if isinstance(node, q.Not):
        return set()
    if isinstance(node, q.Term | q.Fuzzy) and node.field in TEXT_FIELDS:
        return {node.text}
    if isinstance(node, q.Phrase) and node.field in TEXT_FIELDS:
        return set(node.terms)
    if isinstance(node, q.Prefix) and node.field in TEXT_FIELDS:
        return {node.prefix + "*"}
    return {word for child in q.children(node) for word in positive_words(child)}


def _has_positive(node: q.Node) -> bool:
    """Whether anything outside a NOT selects articles (an entity, a source, an id)."""
    if isinstance(node, q.Not | q.Nothing):
        return False
    if isinstance(node, q.And | q.Or | q.AndMaybe):
        return any(_has_positive(c) for c in q.children(node))
    return True
