"""The query text's syntax: strict checks with positions, and the pieces it is cut into.

``check_syntax`` refuses what a user most likely mistyped (an unclosed quote or
bracket, AND/OR/NOT without their words, a field without a value, a wildcard
that is not a trailing ``*`` after two letters), naming the position. ``lex``
cuts checked text into the pieces ``search.query`` parses.
"""

from __future__ import annotations

import re

from index.frozen import record
from index.store.schema import QUERY_FIELDS
from search.errors import QuerySyntaxError

MAX_QUERY_LENGTH = 1000  # longer text is read as pasted words (search.query)
MIN_PREFIX = 2
FIELD_PATTERN = r"(?<![\w\-.:/])([^\W\d]\w*):"
_FIELD = re.compile(FIELD_PATTERN)
# Quoted phrases (as one token, so words inside never count as operators),
# brackets, and the runs of other characters between them.
_TOKEN = re.compile(r'"[^"]*"?|[()]|[^\s()"]+')
_BINARY = ("AND", "OR")
_OPERATORS = ("AND", "OR", "NOT")
_WILDCARD = re.compile(r"\*")
_WORD_BEFORE = re.compile(r"\w+$")
#: A minus that excludes: only at the start of a word, so "al-Numan" stays one name.
_MINUS = re.compile(r"(?<![^\s(])-(?=[\w\"(])")
_PLUS = re.compile(r"(?<![^\s(])\+(?=\S)")
_WORD = re.compile(r'[^\s()"]+')
_FUZZY = re.compile(r"~(\d*)$")
_PHRASE_TILDE = re.compile(r"~(\d*)")


@record
class Piece:
    """One unit of query text: "(", ")", "AND", "OR", "NOT", "-", "+", "field"
    (text: the field name), "phrase" (text: the words) or "word"."""

    kind: str
    text: str
    position: int
    tilde: int | None = None  # "a b"~N: words allowed between; word~N: edits


def check_syntax(text: str) -> None:
    """Raise QuerySyntaxError for text the parser would misread."""
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
    """AND and OR need something on each side, NOT something after it."""
    tokens = [(match.start(), match.group()) for match in _TOKEN.finditer(text)]
    for number, (position, token) in enumerate(tokens):
        if token not in _OPERATORS:
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
            after = text[start + match.end() : start + match.end() + 1]
            if name.lower() in QUERY_FIELDS and (not after or after.isspace() or after == ")"):
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


def lex(text: str, match_any: bool, notes: list[str]) -> list[Piece]:
    """The pieces of checked text. A word followed by a colon that is not a
    field name stays part of the word, and a note says so."""
    pieces: list[Piece] = []
    at = 0
    while at < len(text):
        char = text[at]
        if char.isspace():
            at += 1
        elif char in "()":
            pieces.append(Piece(char, char, at))
            at += 1
        elif char == '"':
            at = _phrase(text, at, pieces)
        elif _MINUS.match(text, at):
            pieces.append(Piece("-", "-", at))
            at += 1
        elif _PLUS.match(text, at):
            if match_any:
                pieces.append(Piece("+", "+", at))
            at += 1
        else:
            at = _word(text, at, pieces, notes)
    return pieces


def _phrase(text: str, at: int, pieces: list[Piece]) -> int:
    end = text.index('"', at + 1)
    slop = None
    after = _PHRASE_TILDE.match(text, end + 1)
    if after:
        if not after.group(1):
            raise QuerySyntaxError(
                'after ~ give how many words may come between (e.g. "a b"~3)', end + 1
            )
        slop = int(after.group(1))
    pieces.append(Piece("phrase", text[at + 1 : end], at, slop))
    return after.end() if after else end + 1


def _word(text: str, at: int, pieces: list[Piece], notes: list[str]) -> int:
    field = _FIELD.match(text, at)
    if field and field.start() == at:
        name = field.group(1)
        if name.lower() in QUERY_FIELDS:
            pieces.append(Piece("field", name, at))
            return field.end()
        known = ", ".join(sorted(QUERY_FIELDS))
        notes.append(f"'{name}:' is not a field (fields: {known}): searched as the word {name!r}.")
        pieces.append(Piece("word", name, at))
        return field.end()
    match = _WORD.match(text, at)
    assert match is not None
    word = match.group()
    if word in _OPERATORS:
        pieces.append(Piece(word, word, at))
        return match.end()
    fuzzy = _FUZZY.search(word)
    if fuzzy:
        distance = int(fuzzy.group(1)) if fuzzy.group(1) else 1
        pieces.append(Piece("word", word[: fuzzy.start()], at, distance))
    else:
        pieces.append(Piece("word", word, at))
    return match.end()
