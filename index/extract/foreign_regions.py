"""A region abroad that shares its name with a big city of the article's country is
that city: "Charlotte police" in an article on North Carolina.

The gazetteer ranks a first-level region above any city of under a million people
(a region's population is not known), so a name that is a small country's parish or
province and a big city elsewhere ("Charlotte": a parish of Saint Vincent and a city of
North Carolina; "San Jose": a province of Costa Rica and a city of California; "Durham":
an English county and a city of North Carolina) is read as the region wherever nothing
else decides. The towns of an article lean towards its countries
(:func:`index.extract.place_context.rechoose_cities`), but a region does not. Here a
place mention resolved to a region is read as the city of that name instead where:

- the gazetteer has a city of that name of at least :data:`BIG_NAME` people;
- no town and comma stand before it, unless a list of towns goes on after it
  ("Bramalea, Ontario" is the province; "Atlanta, Charlotte, Miami" a list);
- the article names another place inside the city's country, a region or a town
  (not only the country, which news from anywhere names: "talks with the United
  States");
- the article names no other place of the region's country, nor the country itself
  (the region is then its usual self: "Durham" in an article on the north of England,
  "Ontario, Canada");
- the city bears the name as its own (not an old name: "Manchester" for Richmond,
  Virginia), and no bigger city of the region's country bears it ("Manchester": the
  county's city is read elsewhere).

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.extract.gazetteer import BIG_NAME, CITY, REGION, Place, load_gazetteer
from index.names import fold_text, name_key
from index.records import PLACE, Mention

#: A town and its comma before the region: "Bramalea, Ontario" is the province.
_TOWN_BEFORE = re.compile(r"[A-Z][\w.'’-]*,[ \t]*$")
#: A list of towns going on ("Atlanta, Charlotte, Miami"; "Atlanta, Charlotte and Miami").
_LIST_AFTER = re.compile(r",?[ \t]+(?:and|or)[ \t]+[A-Z]|,[ \t]*[A-Z]")


def with_home_cities(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with each region abroad read as the big city of the article's
    country that shares its name (see the module)."""
    local = _local_places(mentions)
    if len(local) < 2:
        return mentions  # a region abroad needs a place of another country
    regions = {
        m.entity_id: cities
        for m in mentions
        if m.type == PLACE
        and len(local.get(m.country or "", ())) == 1  # alone in its country
        and (cities := _cities_beside_region(m.text, m.entity_id))
        and not _after_town(m, text)
    }
    if not regions:
        return mentions
    named = {m.entity_id for m in mentions if m.type == PLACE}
    chosen: dict[str, Place] = {}
    for entity_id, cities in regions.items():
        here = {cc for cc, ids in local.items() if ids - {entity_id}}
        city = next((c for c in cities if c.cc in here), None)
        own = entity_id.rpartition("@")[2]
        if city is not None and own not in here and not _country_named(own, named):
            chosen[entity_id] = city
    return [_as_city(m, chosen[m.entity_id]) if m.entity_id in chosen else m for m in mentions]


def _country_named(cc: str, named: set[str]) -> bool:
    """The article names the country ``cc`` itself ("Ontario, Canada")."""
    country = load_gazetteer().countries.get(cc)
    return country is not None and country.entity_id in named


def _after_town(m: Mention, text: str) -> bool:
    """A town and its comma stand before ``m``, and no list goes on after it."""
    return (
        _TOWN_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
        and _LIST_AFTER.match(text, m.end) is None
    )


def _local_places(mentions: list[Mention]) -> dict[str, set[str]]:
    """The ids of the article's places other than countries, by country."""
    countries = load_gazetteer().country_ids
    local: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == PLACE and m.country and m.entity_id not in countries:
            local.setdefault(m.country, set()).add(m.entity_id)
    return local


def _as_city(m: Mention, city: Place) -> Mention:
    return Mention(m.start, m.end, PLACE, m.text, city.entity_id, city.name, city.cc)


@lru_cache(maxsize=1 << 12)
def _cities_beside_region(surface: str, entity_id: str) -> tuple[Place, ...]:
    """The cities of at least :data:`BIG_NAME` people named ``surface``, biggest first,
    where ``entity_id`` is a region of that name in another country; else none."""
    candidates = load_gazetteer().candidates(fold_text(surface))
    region = next((c.place for c in candidates if c.place.entity_id == entity_id), None)
    if region is None or region.kind != REGION:
        return ()
    key = name_key(region.name)
    cities = [
        c.place
        for c in candidates
        if c.place.kind == CITY
        and c.place.population >= BIG_NAME
        and name_key(c.place.name) == key  # its own name, not an old one ("Manchester")
    ]
    cities.sort(key=lambda p: -p.population)
    if not cities or cities[0].cc == region.cc:
        return ()  # the biggest is the region's own: the name is its country's
    return tuple(city for city in cities if city.cc != region.cc)
