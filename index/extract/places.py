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
from functools import lru_cache

from index.extract.chunks import Segment
from index.extract.gazetteer import (
    CITY,
    COUNTRY,
    FAMOUS_CITY,
    REGION,
    WORLD,
    Candidate,
    Gazetteer,
    Place,
    load_gazetteer,
)
from index.extract.regions import region_country
from index.names import fold_name, fold_text, name_key

SMALL_TOWN = 50_000
BIG_PLACE = 100_000

_STRONG_BEFORE = re.compile(
    r"\b(?:town|city|village|province|region|district|capital|port|suburb|governorate|area|"
    r"county|state|outskirts|countryside|island|neighbou?rhood|municipality)s?\s+of\s+"
    r"(?:the\s+)?$"
)
_WEAK_BEFORE = re.compile(
    r"\b(?:in|near|outside|from|at|to|into|around|across|towards?|via)\s+$", re.IGNORECASE
)
_STRONG_BEFORE_LAST = ("of", "the")  # the words _STRONG_BEFORE can end with
_WEAK_WORDS = tuple("in near outside from at to into around across toward towards via".split())
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


_REGION_AFTER = re.compile(r",[ \t]*([A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,2})")


@dataclass
class PlaceMatch:
    start: int
    end: int
    place: Place | None  # None: a cued name the gazetteer does not know
    pending: bool = False  # a small town waiting for its country to be named


@lru_cache(maxsize=1024)
def cue_strength(text: str, start: int, end: int) -> int:
    """How strongly the words around ``text[start:end]`` say it is a place.

    Cached: the rules ask it up to three times of one span in an article (the text
    is the same object throughout, so its hash is computed once)."""
    if _STRONG_AFTER.match(text, end) or _strong_before(text, start):
        return STRONG
    return WEAK if _weak_before(text, start) else NONE


def _strong_before(text: str, start: int) -> bool:
    """``_STRONG_BEFORE`` ends at ``start``; a string test first spares most searches."""
    lo = start - 40 if start > 40 else 0  # (reach_back, written out: asked of most names)
    window = text[lo:start]
    head = window.rstrip()
    if len(head) == len(window) or not head.endswith(_STRONG_BEFORE_LAST):
        return False
    if head.endswith("the"):  # "of the" then; most names after "the" have no "of" before it
        before = head[:-3]
        of = before.rstrip()
        if len(of) == len(before) or not of.endswith("of"):
            return False
    return bool(_STRONG_BEFORE.search(text, lo, start))


def _weak_before(text: str, start: int) -> bool:
    """``_WEAK_BEFORE`` ends at ``start``. When the last word is ASCII, a string test
    decides first (the case-blind regex may also match non-ASCII look-alikes)."""
    lo = start - 16 if start > 16 else 0  # (reach_back, written out: asked of most names)
    window = text[lo:start]
    head = window.rstrip()
    if len(head) == len(window):
        return False
    tail = head[-8:]
    if tail.isascii() and not tail.lower().endswith(_WEAK_WORDS):
        return False
    return bool(_WEAK_BEFORE.search(text, lo, start))


def find_places(text: str, folded: str, segment: Segment, gaz: Gazetteer) -> list[PlaceMatch]:
    """Accepted gazetteer matches inside ``segment``, longest first at each position."""
    found: list[PlaceMatch] = []
    base = segment.start
    for first, last in _name_spans(folded[base : segment.end]):
        start, end = base + first, base + last
        whole = start == segment.start and end == segment.end
        match = _accept(text, start, end, gaz, whole)
        if match is not None:
            found.append(match)
    return found


def whole_place(text: str, segment: Segment, gaz: Gazetteer) -> PlaceMatch | None:
    """The place the whole of ``segment`` names, if accepted."""
    return _accept(text, segment.start, segment.end, gaz, True)


def cued_place(
    text: str, segment: Segment, gaz: Gazetteer, countries: frozenset[str]
) -> PlaceMatch | None:
    """A place the gazetteer misses under its exact spelling but the context vouches for."""
    if len(segment.tokens) > 4 or not _cue_can_tell(segment.text):
        return None
    cue = cue_strength(text, segment.start, segment.end)  # last: the words may rule it out
    if cue == NONE:
        return None
    place = gaz.resolve_key(segment.text, countries)
    if place is not None and (cue == STRONG or place.cc in countries):
        return PlaceMatch(segment.start, segment.end, place)
    if cue == STRONG and not common_words_only(segment.text, gaz):
        return PlaceMatch(segment.start, segment.end, None)
    return None


@lru_cache(maxsize=1 << 16)
def _cue_can_tell(surface: str) -> bool:
    """Whether a cue could make a place of ``surface`` (see :func:`cued_place`): not
    for capitals, a calendar word or a demonym, nor for common words ("It", "Net")
    whose name key no place has. Decided by the words alone, so memoised."""
    gaz = load_gazetteer()
    if surface.isupper() or surface in NEVER_PLACES or fold_name(surface) in gaz.demonyms:
        return False
    return not common_words_only(surface, gaz) or gaz.resolve_key(surface) is not None


def region_after(text: str, end: int, gaz: Gazetteer) -> str | None:
    """The country of the state, province or country named right after a town
    ("Windsor, Conn.", "London, Ontario", "Hamilton, Bermuda"), if any."""
    name = written_after(text, end)
    if name is None:
        return None
    cc = region_country(name, gaz)
    if cc is not None or name in NEVER_PLACES or common_words_only(name, gaz):
        return cc
    candidates = gaz.candidates(fold_text(name))
    if candidates and candidates[0].place.kind in (COUNTRY, REGION):
        return candidates[0].place.cc
    return None


def written_after(text: str, end: int) -> str | None:
    """The capitalised words after a town's comma ("Conn" of "Windsor, Conn.", "New
    South Wales"), without a closing full stop, if any."""
    match = _REGION_AFTER.match(text, end)
    return match.group(1).rstrip(".") if match else None


def choose(candidates: list[Candidate], surface: str, countries: frozenset[str]) -> Place | None:
    """The best candidate for ``surface``; small places defer to the article's countries."""
    short = len(surface) <= 4
    fitting = (
        c.place
        for c in candidates
        if c.exact == surface or (c.exact is None and (c.primary or not short))
    )
    best = next(fitting, None)
    if best is not None and best.kind == CITY and best.cc not in countries and countries:
        for place in fitting:
            if place.cc in countries and place.rank * 10 >= best.rank:
                return place
    return best


def holds_place_name(folded: str) -> bool:
    """``folded`` (folded text) holds a gazetteer name on word boundaries: unless it
    does, :func:`find_places` finds nothing in a segment of that text."""
    return bool(_name_spans(folded))


@lru_cache(maxsize=1 << 15)  # 1 << 16: ~7 MB more per worker, <0.1% faster (bench/caches.py)
def _name_spans(window: str) -> tuple[tuple[int, int], ...]:
    """Longest gazetteer names in ``window`` (folded text) that sit on word boundaries."""
    gaz = load_gazetteer()
    spans = []
    for last, index in gaz.automaton.iter_long(window):
        first = last - gaz.name_length(index) + 1
        if (first == 0 or not window[first - 1].isalnum()) and (
            last + 1 == len(window) or not window[last + 1].isalnum()
        ):
            spans.append((first, last + 1))
    return tuple(spans)


def _accept(text: str, start: int, end: int, gaz: Gazetteer, whole: bool) -> PlaceMatch | None:
    surface = text[start:end]
    fits = _fitting_place(surface)
    if fits is None:
        return None
    place, common = fits
    if not whole and place.kind == CITY and place.population < BIG_PLACE:
        return None
    famous = place.kind in (COUNTRY, WORLD) or (
        place.kind == CITY and place.population >= FAMOUS_CITY
    )
    # A common word inside a longer name is part of that name ("Western Europe").
    needs_cue = common and not famous
    if needs_cue and not whole:
        return None
    small = place.kind == CITY and place.population < SMALL_TOWN
    if not (needs_cue or small):  # the context cannot change the verdict: spare the cues
        return PlaceMatch(start, end, place)
    cue = cue_strength(text, start, end)
    if needs_cue and cue == NONE:
        return None
    return PlaceMatch(start, end, place, pending=small and cue == NONE)


@lru_cache(maxsize=1 << 16)
def _fitting_place(surface: str) -> tuple[Place, bool] | None:
    """The place ``surface`` would name in any context, and whether it is made of common
    words; None if its spelling rules it out (lower case, calendar word, demonym...)."""
    gaz = load_gazetteer()
    if not surface[:1].isupper() or surface in NEVER_PLACES:
        return None
    if fold_name(surface) in gaz.demonyms:
        return None
    candidates = gaz.candidates(fold_text(surface))
    common = common_words_only(surface, gaz)
    if common:
        candidates = without_nicknames(candidates, surface)
    place = choose(candidates, surface, frozenset())
    if place is None:
        return None
    acronym = any(c.exact == surface for c in candidates)
    if surface.isupper() and not acronym and (len(surface) < 4 or place.rank < BIG_PLACE):
        return None
    if len(surface) <= 3 and not acronym and place.kind not in (COUNTRY, WORLD):
        return None
    return place, common


def without_nicknames(candidates: list[Candidate], surface: str) -> list[Candidate]:
    """The candidates of a name made of common words: an alternate name so made is a
    nickname ("Garden City" for Singapore), unless it is only another spelling of the
    place's own name ("Mecca" for Makkah: one name key)."""
    key = name_key(surface)
    return [c for c in candidates if c.primary or name_key(c.place.name) == key]


def common_words_only(surface: str, gaz: Gazetteer) -> bool:
    """Every word of ``surface`` is a common English word ("City", "New Home")."""
    words = surface.lower().replace("-", " ").split()
    return gaz.common_words.issuperset(words)
