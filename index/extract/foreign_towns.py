"""A small town of a country the article shows nothing else of is no place value.

A small town (under :data:`index.extract.places.SMALL_TOWN` inhabitants) needs its
country named to count, unless a cue ("in Okere", "people of Okere") vouches that the
name is a place; a name the gazetteer lacks may be linked to a place whose name has the
same key. The cue says a place is meant, not which: a town of one country that the
gazetteer lacks takes the name of another's ("Okere", an area of Ghana, linked to Okara
of Pakistan; "Walewale" of Ghana to Walla Walla of the United States).

- A small town, or a town linked by its name's key alone (no name of it written so),
  whose country the article names by no other place, in an article that names another
  country itself or by two places, is no place value: its link is a namesake's guess
  against the article's own countries. Every mention of it goes.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

from functools import lru_cache

from index.extract.gazetteer import CITY, Place, load_gazetteer
from index.extract.places import SMALL_TOWN
from index.names import fold_text
from index.records import PLACE, Mention, entity_id_key


def place_ids_by_country(mentions: list[Mention]) -> dict[str, set[str]]:
    """The ids of the article's places, by their country (places with none left out)."""
    ids: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == PLACE and m.country:
            ids.setdefault(m.country, set()).add(m.entity_id)
    return ids


def without_foreign_towns(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less small towns of a country the article shows nothing else of."""
    support = place_ids_by_country(mentions)
    if len(support) < 2:
        return mentions  # one country or none: nothing to set a town against
    country_ids = load_gazetteer().country_ids
    shown = {cc for cc, ids in support.items() if len(ids) > 1 or not ids.isdisjoint(country_ids)}
    if not shown:
        return mentions
    lone = {
        m.entity_id
        for m in mentions
        if m.type == PLACE
        and m.country
        and m.country not in shown
        and _weak(m.text, m.name, m.entity_id)
    }
    if not lone:
        return mentions
    return [m for m in mentions if not (m.type == PLACE and m.entity_id in lone)]


@lru_cache(maxsize=4096)
def _weak(surface: str, name: str, entity_id: str) -> bool:
    """Whether ``surface`` was linked to ``entity_id`` (named ``name``) on little: a small
    town, or a town no name of which is written so (a namesake by its key, "Okere" as
    Okara); a region or a province is linked on more ("Colo" for Colorado, "Quebec" for
    the province)."""
    gaz = load_gazetteer()
    cc = entity_id.partition("@")[2]
    key = entity_id_key(entity_id)
    if any(p.kind != CITY and _same(p, key, cc) for p in gaz.places_for_key(name)):
        return False
    written = [c.place for c in gaz.candidates(fold_text(surface)) if _same(c.place, key, cc)]
    return not written or all(p.kind == CITY and p.population < SMALL_TOWN for p in written)


def _same(place: Place, key: str, cc: str) -> bool:
    return place.cc == cc and entity_id_key(place.entity_id) == key
