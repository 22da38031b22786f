"""Place rules: gazetteer matches inside a segment, and the cues that vouch for them.

A gazetteer match counts when its surface starts with a capital letter and sits on word
boundaries; the longest match wins. Names that are also common English words ("March",
"Reading") need a cue ("in Reading", "the town of X", "X province", "X-based"), and so do
small towns (under ``SMALL_TOWN`` inhabitants) unless their country is named in the same
article. Without any exact match, a strong cue lets :meth:`Gazetteer.resolve_key` try the
looser name key ("the town of Dayr al-Zour").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.chunks import Segment
from index.gazetteer import CITY, COUNTRY, Candidate, Gazetteer, Place
from index.names import fold_name

SMALL_TOWN = 50_000
BIG_PLACE = 100_000

_STRONG_BEFORE = re.compile(
    r"\b(?:town|city|village|province|region|district|capital|port|suburb|governorate|"
    r"county|state|outskirts|countryside|island|neighbou?rhood|municipality)s?\s+of\s+"
    r"(?:the\s+)?$"
)
_WEAK_BEFORE = re.compile(
    r"\b(?:in|near|outside|from|at|to|into|around|across|towards?|via)\s+$", re.IGNORECASE
)
_STRONG_AFTER = re.compile(
    r"(?:\s+(?:province|city|town|village|region|district|governorate|countryside|"
    r"county|state|airport|port)\b|-(?:based|headquartered)\b|"
    r",\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|capital|port|province)\b)"
)
STRONG, WEAK, NONE = 2, 1, 0
#: Calendar words are never places, whatever the gazetteer or the context says.
NEVER_PLACES = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday".split()
)


@dataclass
class PlaceMatch:
    start: int
    end: int
    place: Place | None  # None: a cued name the gazetteer does not know
    cue: int
    pending: bool = False  # a small town waiting for its country to be named


def cue_strength(text: str, start: int, end: int) -> int:
    """How strongly the words around ``text[start:end]`` say it is a place."""
    if _STRONG_AFTER.match(text, end) or _STRONG_BEFORE.search(text, max(0, start - 40), start):
        return STRONG
    return WEAK if _WEAK_BEFORE.search(text, max(0, start - 16), start) else NONE


def find_places(
    text: str, folded: str, segment: Segment, gaz: Gazetteer, whole_only: bool = False
) -> list[PlaceMatch]:
    """Accepted gazetteer matches inside ``segment`` (only a whole-segment one if asked)."""
    found: list[PlaceMatch] = []
    if whole_only:
        exact = gaz.candidates(folded[segment.start : segment.end])
        spans = [(segment.start, segment.end, exact)] if exact else []
    else:
        spans = _longest_matches(folded, segment.start, segment.end, gaz)
    for start, end, candidates in spans:
        whole = start == segment.start and end == segment.end
        if whole_only and not whole:
            continue
        match = _accept(text, start, end, candidates, gaz, whole)
        if match is not None:
            found.append(match)
    return found


def cued_place(
    text: str, segment: Segment, gaz: Gazetteer, countries: frozenset[str]
) -> PlaceMatch | None:
    """A place the gazetteer misses under its exact spelling but the context vouches for."""
    cue = cue_strength(text, segment.start, segment.end)
    if cue == NONE or len(segment.tokens) > 4 or segment.text.isupper():
        return None
    if segment.text in NEVER_PLACES or fold_name(segment.text) in gaz.demonyms:
        return None
    place = gaz.resolve_key(segment.text, countries)
    if place is not None and (cue == STRONG or place.cc in countries):
        return PlaceMatch(segment.start, segment.end, place, cue)
    if cue == STRONG and not _is_common(segment.text, gaz):
        return PlaceMatch(segment.start, segment.end, None, cue)
    return None


def choose(candidates: list[Candidate], surface: str, countries: frozenset[str]) -> Place | None:
    """The best candidate for ``surface``; small places defer to the article's countries."""
    short = len(surface) <= 4
    fitting = [
        c.place
        for c in candidates
        if c.exact == surface or (c.exact is None and (c.primary or not short))
    ]
    if not fitting:
        return None
    best = fitting[0]
    if best.kind == CITY and best.cc not in countries:
        for place in fitting:
            if place.cc in countries and place.rank * 10 >= best.rank:
                return place
    return best


def _longest_matches(
    folded: str, start: int, end: int, gaz: Gazetteer
) -> list[tuple[int, int, list[Candidate]]]:
    window = folded[start:end]
    spans = []
    for last, index in gaz.automaton.iter_long(window):
        entry, length = gaz.entry(index)
        first = last - length + 1
        if (first == 0 or not window[first - 1].isalnum()) and (
            last + 1 == len(window) or not window[last + 1].isalnum()
        ):
            spans.append((first + start, last + 1 + start, entry))
    return spans


def _accept(
    text: str, start: int, end: int, candidates: list[Candidate], gaz: Gazetteer, whole: bool
) -> PlaceMatch | None:
    surface = text[start:end]
    if not surface[:1].isupper() or surface in NEVER_PLACES:
        return None
    if fold_name(surface) in gaz.demonyms:
        return None
    place = choose(candidates, surface, frozenset())
    if place is None:
        return None
    acronym = any(c.exact == surface for c in candidates)
    if surface.isupper() and not acronym and (len(surface) < 4 or place.rank < BIG_PLACE):
        return None
    if len(surface) <= 3 and not acronym and place.kind != COUNTRY:
        return None
    cue = cue_strength(text, start, end)
    famous = place.kind == COUNTRY or (place.kind == CITY and place.population >= 1_000_000)
    if not famous and cue == NONE and _is_common(surface, gaz):
        return None
    if not whole and place.kind == CITY and place.population < BIG_PLACE:
        return None
    small = place.kind == CITY and place.population < SMALL_TOWN
    return PlaceMatch(start, end, place, cue, pending=small and cue == NONE)


def _is_common(surface: str, gaz: Gazetteer) -> bool:
    words = surface.lower().replace("-", " ").split()
    return all(w in gaz.common_words for w in words)
