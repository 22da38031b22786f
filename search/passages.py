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
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from index.passages import passage_spans
from search.highlight import QueryTerms, Token, match_units, spans_of, tokenize
from search.models import Passage, Span

Unit = str | tuple[str, ...]
COVERAGE_WEIGHT = 3.0
PROXIMITY_WEIGHT = 1.0
DENSITY_WEIGHT = 0.5
EARLY_WEIGHT = 0.2


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    matches: list[tuple[int, int, Unit]]


def rank_passages(
    body: str, wanted: QueryTerms, idf: Callable[[Unit], float], count: int
) -> tuple[Passage, ...]:
    """The count best passages of body for the query, best first."""
    if count <= 0 or not body:
        return ()
    tokens = tokenize(body) if wanted else []
    candidates = _candidates(body, tokens, wanted)
    if not wanted or not any(c.matches for c in candidates):
        return tuple(_passage(body, c, tokens, 0.0) for c in candidates[:count])
    weights = {unit: max(idf(unit), 0.01) for unit in wanted.units()}
    scored = [
        (_score(c, tokens, weights, position, len(candidates)), position, c)
        for position, c in enumerate(candidates)
        if c.matches
    ]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return tuple(_passage(body, c, tokens, score) for score, _, c in scored[:count])


def _candidates(body: str, tokens: Sequence[Token], wanted: QueryTerms) -> list[_Candidate]:
    matches = match_units(tokens, wanted) if wanted else []
    candidates = []
    for start, end in passage_spans(body):
        inside = [m for m in matches if tokens[m[0]].start >= start and tokens[m[1]].end <= end]
        candidates.append(_Candidate(start, end, inside))
    return candidates


def _score(
    candidate: _Candidate,
    tokens: Sequence[Token],
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


def _proximity(matches: list[tuple[int, int, Unit]], distinct: int) -> float:
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


def _passage(body: str, candidate: _Candidate, tokens: Sequence[Token], score: float) -> Passage:
    spans = spans_of(tokens, candidate.matches)
    return Passage(
        start=candidate.start,
        end=candidate.end,
        text=body[candidate.start : candidate.end],
        highlights=tuple(Span(s.start - candidate.start, s.end - candidate.start) for s in spans),
        score=round(score, 4),
    )
