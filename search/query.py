"""Parsing the user's query text into an engine query, strictly.

Whoosh's parser never fails: unknown fields silently become words and broken
syntax silently matches nothing. Users deserve to hear about their mistakes,
so ``check_syntax`` scans the text first and raises ``QuerySyntaxError`` (with
the position) for unclosed quotes or parentheses, unknown fields, wildcards
other than a trailing ``*``, and AND/OR/NOT without the words they join.

Syntax: words (all must match), "quoted phrases", OR, AND, NOT, -word,
+word (with --any), (groups), field:value for the fields in
``index.store.schema.QUERY_FIELDS``, word*.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from whoosh import qparser
from whoosh import query as wq
from whoosh.query.compound import PreloadedOr

from index.store.schema import (
    BODY,
    ENTITY_FIELDS,
    QUERY_FIELDS,
    SOURCE,
    TITLE,
    facet_field,
)
from search.errors import QuerySyntaxError, UnknownFieldError

MAX_QUERY_LENGTH = 1000
MAX_EXPANSIONS = 1000  # words the wildcards of one query may stand for, in all
MIN_PREFIX = 2
TITLE_BOOST = 2.0

_FIELD = re.compile(r"(?<![\w\-.:/])([^\W\d]\w*):")
# Quoted phrases (as one token, so words inside never count as operators),
# brackets, and the runs of other characters between them.
_TOKEN = re.compile(r'"[^"]*"?|[()]|[^\s()"]+')
_BINARY = ("AND", "OR", "ANDNOT", "ANDMAYBE")
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
    _check_operators(text)


def _check_operators(text: str) -> None:
    """AND and OR need something on each side, NOT something after it. Whoosh
    would read a misplaced one as the word "and", "or" or "not", or drop it."""
    tokens = [(match.start(), match.group()) for match in _TOKEN.finditer(text)]
    for number, (position, token) in enumerate(tokens):
        if token not in _BINARY and token != "NOT":
            continue
        before = tokens[number - 1][1] if number else "("
        after = tokens[number + 1][1] if number + 1 < len(tokens) else ")"
        dangling = after in _BINARY or after == ")" or (token == after == "NOT")
        if token in _BINARY:
            dangling = dangling or before in _BINARY or before in ("(", "NOT")
        if dangling:
            raise QuerySyntaxError(
                f"misplaced {token}: AND and OR need a word on each side, NOT a word after "
                f'it (to search for the word itself, write "{token.lower()}" in quotes)',
                position,
            )


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


#: A minus that excludes: only at the start of a word, so "al-Numan" stays one name.
_MINUS_RE = re.compile(r"(?<![^\s(])-(?=[\w\"(])")


def make_parser(schema: Any, match_any: bool = False) -> Any:
    group = qparser.OrGroup.factory(0.9) if match_any else qparser.AndGroup
    parser = qparser.MultifieldParser(
        [TITLE, BODY], schema, fieldboosts={TITLE: TITLE_BOOST}, group=group
    )
    parser.remove_plugin_class(qparser.WildcardPlugin)
    parser.remove_plugin_class(qparser.RangePlugin)  # "[a TO b]" is words, not a term range
    parser.add_plugin(StarOnlyWildcardPlugin())
    # A minus only at the start of a word, so "al-Numan" stays one name. A plus
    # marks a required word under --any; otherwise every word is required already
    # (Whoosh would make the other words optional).
    plus = r"(?<!\S)\+(?=\S)" if match_any else r"(?!)"
    parser.add_plugin(qparser.PlusMinusPlugin(plusexpr=plus, minusexpr=_MINUS_RE.pattern))
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
    text: str,
    schema: Any,
    resolve_entity: EntityResolver,
    match_any: bool = False,
    main_places: bool = False,
) -> Any:
    """The engine query for text; raises QuerySyntaxError when it cannot be run.
    With main_places, ``place:`` reads an article's main places, as --place does."""
    check_syntax(text)
    try:
        parsed = make_parser(schema, match_any).parse(text)
        if parsed is wq.NullQuery and _MINUS_RE.search(text):
            # Only excluded words ("-russia -iran"): Whoosh's plus/minus grouping
            # drops them all; read them as NOT, which excludes each of them.
            parsed = make_parser(schema).parse(_MINUS_RE.sub("NOT ", text))
    except Exception as error:  # Whoosh's parser breaks on e.g. "NOT OR x"
        raise QuerySyntaxError(
            "misplaced operator: AND, OR and NOT need a word on each side"
        ) from error
    parsed = _exclusions_apart(_rewrite_fields(parsed, resolve_entity, main_places))
    if parsed is wq.NullQuery or isinstance(parsed, type(wq.NullQuery)):
        raise QuerySyntaxError("the query has no words to search for")
    return parsed.normalize()


def _rewrite_fields(parsed: Any, resolve_entity: EntityResolver, main_places: bool) -> Any:
    """Entity fields hold entity ids and source holds folded names: map what the
    user typed onto those."""
    entity_types = {field: kind for kind, field in ENTITY_FIELDS.items()}

    def rewrite(node: Any) -> Any:
        field = getattr(node, "fieldname", None)
        if field not in entity_types and field != SOURCE:
            return node
        if isinstance(node, wq.Prefix | wq.Wildcard):
            if field == SOURCE:
                return wq.Prefix(SOURCE, node.text.rstrip("*").casefold())
            raise QuerySyntaxError(
                f"'{field}:' takes a whole name, in any spelling, not a wildcard "
                f"(run `search --facets` to see names)"
            )
        if isinstance(node, wq.Term):
            value = node.text
        elif isinstance(node, wq.Phrase):
            value = " ".join(node.words)
        else:
            return node
        if field == SOURCE:
            return wq.Term(SOURCE, value.casefold())
        ids = resolve_entity(entity_types[field], value)
        target = facet_field(field, main_places)
        return wq.Or([wq.Term(target, entity_id) for entity_id in ids])

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
