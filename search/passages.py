"""Choosing the passages of an article that best answer a query.

An article body is cut into passages (paragraphs, or windows of sentences of a
long paragraph: ``index.passages``). Each passage is scored on its own words:

- coverage: the share of the query's terms and phrases it contains, weighted by
  their rarity in the archive (idf), so a passage with every word beats one that
  repeats a single word;
- proximity: how close together the different matched terms stand;
- density: how many matches it holds, with diminishing returns;
- a small bonus for early passages (news puts the essentials first).

The best passages are returned in score order, with their highlight spans.
Only passages that can hold a match are tokenised: a quick scan for the
beginnings of the query's words (``_screen``) passes the others over, so the
work per hit does not grow with the whole body.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence

from index.analysis import Token, tokens
from index.frozen import record
from index.passages import passage_spans
from search.highlight import Match, QueryTerms, match_units, spans_of
from search.models import Passage, Span

Unit = str | tuple[str, ...]
COVERAGE_WEIGHT = 3.0
PROXIMITY_WEIGHT = 1.0
DENSITY_WEIGHT = 0.5
EARLY_WEIGHT = 0.2
CJK_START = 0x3040  # CJK text is indexed as bigrams: no screening for it


@record
class _Candidate:
    """A passage that could be shown, with its tokens and query matches."""

    start: int
    end: int
    tokens: Sequence[Token]  # of the passage, offsets into the body (none if screened out)
    matches: list[Match]


def rank_passages(
    body: str, wanted: QueryTerms, idf: Callable[[Unit], float], count: int
) -> tuple[Passage, ...]:
    """The count best passages of body for the query, best first."""
    if count <= 0 or not body:
        return ()
    candidates = _candidates(body, wanted)
    if not wanted or not any(c.matches for c in candidates):
        return tuple(_passage(body, c, 0.0) for c in candidates[:count])
    weights = {unit: max(idf(unit), 0.01) for unit in wanted.units()}
    scored = [
        (_score(c, weights, position, len(candidates)), position, c)
        for position, c in enumerate(candidates)
        if c.matches
    ]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return tuple(_passage(body, c, score) for score, _, c in scored[:count])


def _candidates(body: str, wanted: QueryTerms) -> list[_Candidate]:
    screen = _screen(wanted) if wanted else None
    candidates = []
    for start, end in passage_spans(body):
        text = body[start:end]
        if not wanted or (screen is not None and not screen.search(_folded(text))):
            candidates.append(_Candidate(start, end, (), []))
            continue
        found = [Token(t.text, t.position, t.start + start, t.end + start) for t in tokens(text)]
        candidates.append(_Candidate(start, end, found, match_units(found, wanted)))
    return candidates


def _screen(wanted: QueryTerms) -> re.Pattern[str] | None:
    """A pattern a passage must match to hold any of the wanted units: the start of
    each unit's first word (a stem is a prefix of its words, but for a last letter
    changed, "citi" of "city", or "ie" of "lying"). None when no such pattern can
    be made (word~N matches other letters; CJK bigrams)."""
    if wanted.fuzzy:
        return None
    firsts = {*wanted.terms, *(p[0] for p in wanted.phrases), *(p[0] for p, _ in wanted.slops)}
    firsts |= {word for phrase, _ in wanted.slops for word in phrase}  # either order
    starts = {_start_of(term) for term in firsts} | set(wanted.prefixes)
    if any(not s or any(ord(c) >= CJK_START for c in s) for s in starts):
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(starts))) + ")")


def _start_of(term: str) -> str:
    cut = 2 if term.endswith("ie") else 1
    return term[: max(len(term) - cut, 1)]


def _folded(text: str) -> str:
    """Text in the case and accents the index's terms are in (offsets not kept)."""
    text = text.lower().replace("’", "'")
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _score(
    candidate: _Candidate,
    weights: dict[Unit, float],
    position: int,
    total: int,
) -> float:
    present = {unit for _, _, unit in candidate.matches}
    coverage = sum(weights.get(u, 0.0) for u in present) / sum(weights.values())
    proximity = _proximity(candidate.matches, len(present))
    density = math.log1p(len(candidate.matches)) / math.log1p(8)
    early = 1.0 - position / max(total, 1)
    return (
        COVERAGE_WEIGHT * coverage
        + PROXIMITY_WEIGHT * proximity
        + DENSITY_WEIGHT * min(density, 1.0)
        + EARLY_WEIGHT * early
    )


def _proximity(matches: list[Match], distinct: int) -> float:
    """1.0 when the distinct matched units stand side by side, falling as the
    smallest window holding one of each widens; 0 for a single unit."""
    if distinct < 2:
        return 0.0
    ordered = sorted(matches)
    best = math.inf
    need = distinct
    counts: dict[Unit, int] = {}
    left = 0
    for _, last, unit in ordered:
        counts[unit] = counts.get(unit, 0) + 1
        while len(counts) == need:
            best = min(best, last - ordered[left][0] + 1)
            left_unit = ordered[left][2]
            counts[left_unit] -= 1
            if not counts[left_unit]:
                del counts[left_unit]
            left += 1
    return min(1.0, need / best) if best != math.inf else 0.0


def _passage(body: str, candidate: _Candidate, score: float) -> Passage:
    spans = spans_of(candidate.tokens, candidate.matches)
    return Passage(
        start=candidate.start,
        end=candidate.end,
        text=body[candidate.start : candidate.end],
        highlights=tuple(Span(s.start - candidate.start, s.end - candidate.start) for s in spans),
        score=round(score, 4),
    )
