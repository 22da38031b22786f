"""A big city's name after "in", read as a person's, is the city.

The tagger now and then reads a big city's bare name as a surname ("a meeting in
Denver", "doctors in Denver"), and the article's other mentions of the name follow it.
A one-word person whose name is a big city's, written at least once right after "in",
is that city throughout the article, unless the article names a person in full with
that surname ("the singer John Denver").

A big city's bare name read as a body (a club named by its town, "Tarnbury"), written
right after "in" or after "north of" and the like ("quarantine in Denver", "a town west
of Denver"), is the city at that mention: a club plays in a city, no one lives in a club.
Only that mention moves; the body stays where the article writes it so ("Denver beat the
Rovers"), and "in Denver's win" is the club's.
"""

from __future__ import annotations

import re

from index.extract.gazetteer import CITY, load_gazetteer
from index.extract.places import choose
from index.extract.words_before import reach_back
from index.names import fold_text
from index.records import ORG, PERSON, PLACE, Mention

#: A city this big is known by its bare name; smaller namesakes of surnames stay people.
_BIG_CITY = 300_000
_IN_BEFORE = re.compile(r"(?<![\w-])in\s+$")
_PLACE_BEFORE = re.compile(r"(?:(?<![\w-])in|\b(?:north|south|east|west)(?:-?\w+)? of)\s+$")


def with_cities_not_people(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with the big cities read as people (module docstring) as places."""
    cued = {
        m.text
        for m in mentions
        if m.type == PERSON
        and " " not in m.text
        and text.endswith("in ", reach_back(m.start, 3), m.start)
        and _IN_BEFORE.search(text, reach_back(m.start, 4), m.start)
    }
    if not cued:
        return mentions
    surnames = {m.text.rsplit(" ", 1)[-1] for m in mentions if m.type == PERSON and " " in m.text}
    cities = {name: city for name in cued - surnames if (city := _big_city(name)) is not None}
    if not cities:
        return mentions
    return [_as_city(m, cities) for m in mentions]


def _as_city(m: Mention, cities: dict[str, tuple[str, str, str]], read: str = PERSON) -> Mention:
    if m.type != read or m.text not in cities:
        return m
    entity_id, name, cc = cities[m.text]
    return Mention(m.start, m.end, PLACE, m.text, entity_id, name, cc)


def _big_city(name: str, countries: frozenset[str] = frozenset()) -> tuple[str, str, str] | None:
    """The id, name and country of the big city ``name`` is the primary name of (one of
    the article's ``countries`` first)."""
    place = choose(load_gazetteer().candidates(fold_text(name)), name, countries)
    if place is None or place.kind != CITY or place.population < _BIG_CITY:
        return None
    return place.entity_id, place.name, place.cc


def with_cities_not_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with big cities read as bodies, after "in" (module docstring), as
    places."""
    out = mentions
    countries: frozenset[str] | None = None
    for k, m in enumerate(mentions):
        if m.type != ORG or not _bare(m) or text.startswith(("'s", "’s"), m.end):
            continue
        if not _PLACE_BEFORE.search(text, reach_back(m.start, 16), m.start):
            continue
        if countries is None:
            countries = frozenset(p.country for p in mentions if p.type == PLACE and p.country)
        city = _big_city(m.text, countries)
        if city is not None:
            out = out if out is not mentions else list(mentions)
            out[k] = _as_city(m, {m.text: city}, ORG)
    return out


def _bare(m: Mention) -> bool:
    """A body's name as written, or with a sport after it ("Tarnbury (rugby)")."""
    return m.name == m.text or m.name.startswith(m.text + " (")
