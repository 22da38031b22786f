"""Parsing the user's query text into an engine query, strictly.

Whoosh's parser never fails: unknown fields silently become words and broken
syntax silently matches nothing. Users deserve to hear about their mistakes,
so ``check_syntax`` scans the text first and raises ``QuerySyntaxError`` (with
the position) for unclosed quotes or parentheses, unknown fields, and
wildcards other than a trailing ``*``.

Syntax: words (all must match), "quoted phrases", OR, AND, NOT, -word,
(groups), field:value for the fields in ``index.schema.QUERY_FIELDS``, word*.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from whoosh import qparser
from whoosh import query as wq
from whoosh.query.compound import PreloadedOr

from index.schema import BODY, ENTITY_FIELDS, QUERY_FIELDS, SOURCE, TITLE
from search.errors import QuerySyntaxError, UnknownFieldError

MAX_QUERY_LENGTH = 1000
MAX_EXPANSIONS = 1000  # words the wildcards of one query may stand for, in all
MIN_PREFIX = 2
TITLE_BOOST = 2.0

_FIELD = re.compile(r"(?<![\w\-.:/])([^\W\d]\w*):")
_WILDCARD = re.compile(r"\*")
_WORD_BEFORE = re.compile(r"\w+$")

# Resolves an entity value typed in a query to its entity ids.
EntityResolver = Callable[[str, str], list[str]]


def check_syntax(text: str) -> None:
    """Raise QuerySyntaxError for text the parser would silently misread."""
    if len(text) > MAX_QUERY_LENGTH:
        raise QuerySyntaxError(
            f"the query is {len(text)} characters long; the limit is {MAX_QUERY_LENGTH}"
        )
    depth_at: list[int] = []
    quote_at: int | None = None
    for position, char in enumerate(text):
        if char == '"':
            quote_at = None if quote_at is not None else position
        elif quote_at is not None:
            continue
        elif char == "(":
            depth_at.append(position)
        elif char == ")":
            if not depth_at:
                raise QuerySyntaxError("')' without a matching '('", position)
            depth_at.pop()
    if quote_at is not None:
        raise QuerySyntaxError('unclosed quote: add the closing "', quote_at)
    if depth_at:
        raise QuerySyntaxError("'(' without a matching ')'", depth_at[-1])
    _check_outside_quotes(text)


def _check_outside_quotes(text: str) -> None:
    for start, chunk in _unquoted_chunks(text):
        for match in _FIELD.finditer(chunk):
            name = match.group(1)
            if name.lower() not in QUERY_FIELDS:
                known = ", ".join(sorted(QUERY_FIELDS))
                raise UnknownFieldError(
                    f"unknown field '{name}:' (fields: {known}; quote the text to search "
                    f"for it literally)",
                    start + match.start(),
                )
            after = text[start + match.end() : start + match.end() + 1]
            if not after or after.isspace() or after == ")":
                raise QuerySyntaxError(f"'{name}:' needs a value after it", start + match.end())
        for match in _WILDCARD.finditer(chunk):
            word = _WORD_BEFORE.search(chunk, 0, match.start())
            following = chunk[match.end() : match.end() + 1]
            if word is None or len(word.group()) < MIN_PREFIX or following.isalnum():
                raise QuerySyntaxError(
                    f"only a trailing wildcard after at least {MIN_PREFIX} letters "
                    "works (e.g. observ*)",
                    start + match.start(),
                )


def _unquoted_chunks(text: str) -> list[tuple[int, str]]:
    chunks: list[tuple[int, str]] = []
    position = 0
    for index, part in enumerate(text.split('"')):
        if index % 2 == 0:
            chunks.append((position, part))
        position += len(part) + 1
    return chunks


def make_parser(schema: Any, match_any: bool = False) -> Any:
    group = qparser.OrGroup.factory(0.9) if match_any else qparser.AndGroup
    parser = qparser.MultifieldParser(
        [TITLE, BODY], schema, fieldboosts={TITLE: TITLE_BOOST}, group=group
    )
    parser.remove_plugin_class(qparser.WildcardPlugin)
    parser.add_plugin(StarOnlyWildcardPlugin())
    # No word ranges: "[a TO z]" would stand for every word between, unbounded
    # (dates have --since/--until); brackets are punctuation, as in pasted text.
    parser.remove_plugin_class(qparser.RangePlugin)
    # A minus only at the start of a word, so "al-Numan" stays one name.
    parser.add_plugin(
        qparser.PlusMinusPlugin(plusexpr=r"(?<!\S)\+(?=\S)", minusexpr=r"(?<![^\s(])-(?=[\w\"(])")
    )
    aliases: dict[str, list[str]] = {}
    for name, field in QUERY_FIELDS.items():
        if name != field:
            aliases.setdefault(field, []).append(name)
    parser.add_plugin(qparser.FieldAliasPlugin(aliases))
    return parser


class StarOnlyWildcardPlugin(qparser.WildcardPlugin):  # type: ignore[misc]
    """Only '*' is a wildcard: a '?' in "who said it?" is punctuation."""

    qmarks = ""
    expr = r"(?P<text>[*])"


def parse_query(
    text: str, schema: Any, resolve_entity: EntityResolver, match_any: bool = False
) -> Any:
    """The engine query for text; raises QuerySyntaxError when it cannot be run."""
    check_syntax(text)
    try:
        parsed = make_parser(schema, match_any).parse(text)
    except Exception as error:  # Whoosh's parser breaks on e.g. "NOT OR x"
        raise QuerySyntaxError(
            "misplaced operator: AND, OR and NOT need a word on each side"
        ) from error
    parsed = _exclusions_apart(_rewrite_fields(parsed, resolve_entity))
    if parsed is wq.NullQuery or isinstance(parsed, type(wq.NullQuery)):
        raise QuerySyntaxError("the query has no words to search for")
    return parsed.normalize()


def _rewrite_fields(parsed: Any, resolve_entity: EntityResolver) -> Any:
    """Entity fields hold entity ids and source holds folded names: map what the
    user typed onto those."""
    entity_types = {field: kind for kind, field in ENTITY_FIELDS.items()}

    def rewrite(node: Any) -> Any:
        field = getattr(node, "fieldname", None)
        if field not in entity_types and field != SOURCE:
            return node
        if isinstance(node, wq.Term):
            value = node.text
        elif isinstance(node, wq.Phrase):
            value = " ".join(node.words)
        else:
            return node
        if field == SOURCE:
            return wq.Term(SOURCE, value.casefold())
        ids = resolve_entity(entity_types[field], value)
        return wq.Or([wq.Term(field, entity_id) for entity_id in ids])

    return parsed.accept(rewrite)


def expand_wildcards(parsed: Any, reader: Any) -> Any:
    """Replace each trailing wildcard by the words it stands for, OR'd with
    Whoosh's preloading union (its default, a binary tree of unions, grows
    too slow over hundreds of words). Raises QuerySyntaxError when the
    wildcards of a query stand for more than MAX_EXPANSIONS words in all."""
    expansions: dict[str, int] = {}

    def expand(node: Any) -> Any:
        if not isinstance(node, wq.Prefix | wq.Wildcard):
            return node
        prefix = node.text.rstrip("*")
        words = []
        for word in reader.expand_prefix(node.fieldname, prefix):
            words.append(word.decode("utf-8") if isinstance(word, bytes) else word)
            expansions[prefix] = max(expansions.get(prefix, 0), len(words))
            if sum(expansions.values()) > MAX_EXPANSIONS:
                raise QuerySyntaxError(
                    f"the wildcards ('{prefix}*' ...) stand for more than {MAX_EXPANSIONS} "
                    "words in all; give more letters before the *"
                )
        terms = [wq.Term(node.fieldname, word, boost=node.boost) for word in words]
        return PreloadedOr(terms) if len(terms) > 1 else terms[0] if terms else wq.NullQuery

    return parsed.accept(expand)


def _exclusions_apart(parsed: Any) -> Any:
    """In an OR group, a NOT excludes: "a OR b NOT c" is (a OR b) minus c, not
    "a, or b, or anything without c"."""

    def split(node: Any) -> Any:
        if not isinstance(node, wq.Or):
            return node
        banned = [child.query for child in node.subqueries if isinstance(child, wq.Not)]
        if not banned:
            return node
        kept = [child for child in node.subqueries if not isinstance(child, wq.Not)]
        wanted = wq.Or(kept, boost=node.boost) if kept else wq.Every()
        return wq.AndNot(wanted, wq.Or(banned))

    return parsed.accept(split)


def positive_words(parsed: Any) -> int:
    """How many distinct title/body words the query looks for, leaving out the
    words it excludes."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, wq.Not):
            return
        if isinstance(node, wq.AndNot):
            walk(node.a)
            return
        if node.is_leaf():
            found.update(text for field, text in node.iter_all_terms() if field in (TITLE, BODY))
            return
        for child in node.children():
            walk(child)

    walk(parsed)
    return len(found)
