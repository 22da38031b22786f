"""Which words of a text a query matched, as character spans.

The text is re-tokenised with the index's own analyzer, so a highlighted span
is exactly a word the index matched: "posts" for the query "post", "Turkey's"
for "turkey". A phrase is highlighted only where its words stand together, as
one span; words under NOT are never highlighted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from whoosh import query as wq

from index.analysis import ANALYZER
from index.store.schema import BODY, TITLE
from search.models import Span

TEXT_FIELDS = (TITLE, BODY)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class QueryTerms:
    """The positive parts of a query that can show in text."""

    terms: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.terms or self.prefixes or self.phrases)

    def union(self, other: QueryTerms) -> QueryTerms:
        return QueryTerms(
            self.terms | other.terms,
            tuple(sorted({*self.prefixes, *other.prefixes})),
            tuple(sorted({*self.phrases, *other.phrases})),
        )

    def units(self) -> list[str | tuple[str, ...]]:
        """Each thing the query looks for: a term, 'prefix*' or a phrase."""
        return [*sorted(self.terms), *(p + "*" for p in self.prefixes), *self.phrases]


def query_terms(parsed: Any) -> QueryTerms:
    terms: set[str] = set()
    prefixes: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    _collect(parsed, terms, prefixes, phrases)
    return QueryTerms(frozenset(terms), tuple(sorted(prefixes)), tuple(sorted(phrases)))


def _collect(node: Any, terms: set[str], prefixes: set[str], phrases: set[tuple[str, ...]]) -> None:
    if isinstance(node, wq.Not):
        return
    if isinstance(node, wq.AndNot):
        _collect(node.a, terms, prefixes, phrases)
        return
    field = getattr(node, "fieldname", None)
    if isinstance(node, wq.Phrase) and field in TEXT_FIELDS:
        words = tuple(node.words)
        if len(words) == 1:
            terms.add(words[0])
        elif words:
            phrases.add(words)
    elif isinstance(node, wq.Prefix) and field in TEXT_FIELDS:
        prefixes.add(node.text)
    elif isinstance(node, wq.Wildcard) and field in TEXT_FIELDS:
        prefixes.add(node.text.rstrip("*"))
    elif isinstance(node, wq.Term) and field in TEXT_FIELDS:
        terms.add(node.text)
    else:
        for child in node.children():
            _collect(child, terms, prefixes, phrases)


def name_terms(names: Iterable[str]) -> QueryTerms:
    """Names (an entity's spellings) as things to find in text: one word as a
    term, several as a phrase."""
    terms: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for name in names:
        words = tuple(token.text for token in tokenize(name))
        if len(words) == 1:
            terms.add(words[0])
        elif words:
            phrases.add(words)
    return QueryTerms(frozenset(terms), (), tuple(sorted(phrases)))


def tokenize(text: str) -> list[Token]:
    return [
        Token(t.text, t.startchar, t.endchar)
        for t in ANALYZER(text, positions=True, chars=True, mode="index")
    ]


def match_units(
    tokens: Sequence[Token], wanted: QueryTerms
) -> list[tuple[int, int, str | tuple[str, ...]]]:
    """(first token, last token, unit) of every match in a token list."""
    found: list[tuple[int, int, str | tuple[str, ...]]] = []
    for index, token in enumerate(tokens):
        if token.text in wanted.terms:
            found.append((index, index, token.text))
        for prefix in wanted.prefixes:
            if token.text.startswith(prefix):
                found.append((index, index, prefix + "*"))
        for phrase in wanted.phrases:
            if token.text == phrase[0] and _phrase_at(tokens, index, phrase):
                found.append((index, index + len(phrase) - 1, phrase))
    return found


def _phrase_at(tokens: Sequence[Token], index: int, phrase: tuple[str, ...]) -> bool:
    window = tokens[index : index + len(phrase)]
    return len(window) == len(phrase) and all(
        t.text == w for t, w in zip(window, phrase, strict=True)
    )


def spans_of(
    tokens: Sequence[Token], matches: Iterable[tuple[int, int, object]]
) -> tuple[Span, ...]:
    """Merged character spans covering the matched tokens, in order."""
    ranges = sorted((tokens[first].start, tokens[last].end) for first, last, _ in matches)
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple(Span(start, end) for start, end in merged)


def highlight(text: str, wanted: QueryTerms) -> tuple[Span, ...]:
    """Spans of text that the query matched."""
    if not wanted or not text:
        return ()
    tokens = tokenize(text)
    return spans_of(tokens, match_units(tokens, wanted))
