"""Which words of a text a query matched, as character spans.

The text is tokenised with the index's own analysis (``index.analysis``), so a
highlighted span is exactly a word the index matched: "posts" for the query
"post", "Turkey's" for "turkey". A phrase is highlighted only where its words
stand together, as one span ("a b"~N: where a pair of neighbouring words is near
enough, ``index.engines.query.near``); word~N highlights the words within N edits,
as the engines match them; words under NOT are never highlighted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from index.analysis import Token, tokens
from index.engines import query as q
from index.frozen import record
from index.store.schema import BODY, TITLE
from search.models import Span

TEXT_FIELDS = (TITLE, BODY)
Unit = str | tuple[str, ...]
# A match: first token, last token, and the unit of the query it stands for.
Match = tuple[int, int, Unit]


@record
class QueryTerms:
    """The positive parts of a query that can show in text."""

    terms: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()
    slops: tuple[tuple[tuple[str, ...], int], ...] = ()  # phrases with words between allowed
    fuzzy: tuple[tuple[str, int], ...] = ()  # (term, edits)

    def __bool__(self) -> bool:
        return bool(self.terms or self.prefixes or self.phrases or self.slops or self.fuzzy)

    def union(self, other: QueryTerms) -> QueryTerms:
        return QueryTerms(
            self.terms | other.terms,
            tuple(sorted({*self.prefixes, *other.prefixes})),
            tuple(sorted({*self.phrases, *other.phrases})),
            tuple(sorted({*self.slops, *other.slops})),
            tuple(sorted({*self.fuzzy, *other.fuzzy})),
        )

    def units(self) -> list[Unit]:
        """Each thing the query looks for: a term, 'prefix*', a phrase, 'term~N'."""
        return [
            *sorted(self.terms),
            *(p + "*" for p in self.prefixes),
            *self.phrases,
            *(phrase for phrase, _ in self.slops),
            *(f"{term}~{edits}" for term, edits in self.fuzzy),
        ]


def query_terms(node: q.Node) -> QueryTerms:
    terms: set[str] = set()
    prefixes: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    slops: set[tuple[tuple[str, ...], int]] = set()
    fuzzy: set[tuple[str, int]] = set()

    def collect(part: q.Node) -> None:
        if isinstance(part, q.Not):
            return
        field = getattr(part, "field", None)
        if isinstance(part, q.Term) and field in TEXT_FIELDS:
            terms.add(part.text)
        elif isinstance(part, q.Phrase) and field in TEXT_FIELDS:
            if len(part.terms) == 1:
                terms.add(part.terms[0])
            elif part.slop:
                slops.add((part.terms, part.slop))
            else:
                phrases.add(part.terms)
        elif isinstance(part, q.Prefix) and field in TEXT_FIELDS:
            prefixes.add(part.prefix)
        elif isinstance(part, q.Fuzzy) and field in TEXT_FIELDS:
            fuzzy.add((part.text, part.distance))
        for child in q.children(part):
            collect(child)

    collect(node)
    return QueryTerms(
        frozenset(terms),
        tuple(sorted(prefixes)),
        tuple(sorted(phrases)),
        tuple(sorted(slops)),
        tuple(sorted(fuzzy)),
    )


def name_terms(names: Iterable[str]) -> QueryTerms:
    """Names (an entity's spellings) as things to find in text: one word as a
    term, several as a phrase."""
    terms: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for name in names:
        words = tuple(token.text for token in tokens(name))
        if len(words) == 1:
            terms.add(words[0])
        elif words:
            phrases.add(words)
    return QueryTerms(frozenset(terms), (), tuple(sorted(phrases)))


def match_units(found: Sequence[Token], wanted: QueryTerms) -> list[Match]:
    """(first token, last token, unit) of every match in a token list."""
    matches: list[Match] = []
    starts = {phrase[0] for phrase in wanted.phrases}
    if wanted.fuzzy:
        from index.edits import edit_distance  # word~N only
    for index, token in enumerate(found):
        text = token.text
        if text in wanted.terms:
            matches.append((index, index, text))
        for prefix in wanted.prefixes:
            if text.startswith(prefix):
                matches.append((index, index, prefix + "*"))
        if text in starts:
            for phrase in wanted.phrases:
                if text == phrase[0] and _phrase_at(found, index, phrase):
                    matches.append((index, index + len(phrase) - 1, phrase))
        for phrase, slop in wanted.slops:
            matches.extend(_near_pairs(found, index, phrase, slop))
        for term, edits in wanted.fuzzy:
            if abs(len(text) - len(term)) <= edits and edit_distance(text, term) <= edits:
                matches.append((index, index, f"{term}~{edits}"))
    return matches


def _phrase_at(found: Sequence[Token], index: int, phrase: tuple[str, ...]) -> bool:
    window = found[index : index + len(phrase)]
    return len(window) == len(phrase) and all(
        t.text == w for t, w in zip(window, phrase, strict=True)
    )


def _near_pairs(
    found: Sequence[Token], index: int, phrase: tuple[str, ...], slop: int
) -> list[Match]:
    """The pairs of a sloppy phrase that start at token index: each neighbouring
    pair of its words near enough (``query.near``), as one match each."""
    text = found[index].text
    matches: list[Match] = []
    for first, second in zip(phrase, phrase[1:], strict=False):
        if text != first:
            continue
        low, high = max(index - slop + 1, 0), min(index + slop + 2, len(found))
        for other in range(low, high):
            if found[other].text == second and other != index and q.near(index, other, slop):
                matches.append((min(index, other), max(index, other), phrase))
    return matches


def spans_of(found: Sequence[Token], matches: Iterable[Match]) -> tuple[Span, ...]:
    """Merged character spans covering the matched tokens, in order."""
    return merged_spans((found[first].start, found[last].end) for first, last, _ in matches)


def merged_spans(ranges: Iterable[tuple[int, int]]) -> tuple[Span, ...]:
    """(start, end) ranges as spans in order, overlapping or touching ones merged."""
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple(Span(start, end) for start, end in merged)


def highlight(text: str, wanted: QueryTerms) -> tuple[Span, ...]:
    """Spans of text that the query matched."""
    if not wanted or not text:
        return ()
    found = tokens(text)
    return spans_of(found, match_units(found, wanted))
