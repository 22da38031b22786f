"""A big city's short form in capitals ("LA", "L.A.", "NYC") is that city.

News copy, entertainment news most of all, writes Los Angeles "LA" or "L.A." and New York
City "NYC" ("stepped out in LA", "a NYC pet store", "the Emmy Awards in L.A."). Alone,
the tagger reads "LA" and "NYC" as an organisation's initials, and "L.A." matches the
AP abbreviation of Louisiana ("La."); the short form is the city, and takes the city's
name and id from the gazetteer.

Left as they are: the short form right after a place and a comma, where it is a state's
postal code ("New Orleans, LA 70112"), and one set in quotes (a nickname: Antonio "LA"
Reid).
"""

from __future__ import annotations

from functools import cache

from index.extract.gazetteer import CITY, Place, load_gazetteer
from index.names import fold_text
from index.records import PLACE, Mention

#: Short form as written -> (the city's name, its country).
_SHORT_FORMS = {
    "LA": ("Los Angeles", "US"),
    "L.A.": ("Los Angeles", "US"),
    "L.A": ("Los Angeles", "US"),
    "NYC": ("New York City", "US"),
}
_QUOTES = frozenset("\"'‘’“”")


def with_city_short_forms(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with each city's short form (see the module docstring) as the city."""
    if not any(m.text in _SHORT_FORMS for m in mentions):
        return mentions
    places_end = {m.end for m in mentions if m.type == PLACE}
    return [_as_city(m, text, places_end) for m in mentions]


def _as_city(mention: Mention, text: str, places_end: set[int]) -> Mention:
    form = _SHORT_FORMS.get(mention.text)
    if form is None or _after_place(mention, text, places_end) or _quoted(mention, text):
        return mention
    city = _city(*form)
    if city is None:
        return mention
    start, end, surface = mention.start, mention.end, mention.text
    return Mention(start, end, PLACE, surface, city.entity_id, city.name, city.cc)


def _after_place(mention: Mention, text: str, places_end: set[int]) -> bool:
    """Right after a place and a comma ("Baton Rouge, LA"): a state's postal code."""
    base = max(0, mention.start - 3)
    before = text[base : mention.start].rstrip(" \t")
    return before.endswith(",") and base + len(before) - 1 in places_end


def _quoted(mention: Mention, text: str) -> bool:
    start, end = mention.start, mention.end
    return start > 0 and text[start - 1] in _QUOTES and end < len(text) and text[end] in _QUOTES


@cache
def _city(name: str, cc: str) -> Place | None:
    """The biggest city of ``cc`` the gazetteer knows by ``name``."""
    cities = [
        c.place
        for c in load_gazetteer().candidates(fold_text(name))
        if c.place.kind == CITY and c.place.cc == cc
    ]
    return max(cities, key=lambda p: p.population, default=None)
