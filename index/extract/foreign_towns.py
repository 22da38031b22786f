"""A small town of a country the article shows nothing else of is no place value.

A small town (under :data:`index.extract.places.SMALL_TOWN` inhabitants) needs its
country named to count, unless a cue ("in Okere", "people of Okere") vouches that the
name is a place; a name the gazetteer lacks may be linked to a place whose name has the
same key. The cue says a place is meant, not which: a town of one country that the
gazetteer lacks takes the name of another's ("Okere", an area of Ghana, linked to Okara
of Pakistan; "Walewale" of Ghana to Walla Walla of the United States).

- A small town, or a place linked by its name's key alone (no name of it written so),
  whose country the article names by no other place, in an article that names another
  country itself or by two places, is no place value: its link is a namesake's guess
  against the article's own countries. Every mention of it goes.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

from functools import lru_cache

from index.extract.gazetteer import CITY, COUNTRY, Place, load_gazetteer
from index.extract.places import SMALL_TOWN
from index.names import fold_text
from index.records import PLACE, Mention, entity_id_key


def without_foreign_towns(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less small towns of a country the article shows nothing else of."""
    support: dict[str, set[str]] = {}
    shown: set[str] = set()  # countries named themselves or by two places or more
    for m in mentions:
        if m.type == PLACE and m.country:
            ids = support.setdefault(m.country, set())
            ids.add(m.entity_id)
            if len(ids) > 1 or _link(m.text, m.name, m.entity_id) == _COUNTRY:
                shown.add(m.country)
    if not shown:
        return mentions
    lone = {
        m.entity_id
        for m in mentions
        if m.type == PLACE
        and m.country
        and len(support[m.country]) == 1
        and m.country not in shown
        and _link(m.text, m.name, m.entity_id) == _WEAK
    }
    if not lone:
        return mentions
    return [m for m in mentions if not (m.type == PLACE and m.entity_id in lone)]


#: How a place was linked: to a country, on little (:func:`_link`), or otherwise.
_COUNTRY, _WEAK, _OTHER = "country", "weak", "other"


@lru_cache(maxsize=4096)
def _link(surface: str, name: str, entity_id: str) -> str:
    """How ``surface`` was linked to ``entity_id`` (named ``name``): to a country (by its
    name, "S Africa" too), or on little (a small town, or a town no name of which is
    written so: a namesake by its key, "Okere" as Okara), or otherwise (a region or a
    province, "Colo" for Colorado, "Quebec" for the province)."""
    gaz = load_gazetteer()
    cc = entity_id.partition("@")[2]
    key = entity_id_key(entity_id)
    by_name = gaz.candidates(fold_text(name))
    if any(c.place.kind == COUNTRY for c in by_name):
        return _COUNTRY
    if any(c.place.kind != CITY and _same(c.place, key, cc) for c in by_name):
        return _OTHER
    written = [c.place for c in gaz.candidates(fold_text(surface)) if _same(c.place, key, cc)]
    if not written or all(p.kind == CITY and p.population < SMALL_TOWN for p in written):
        return _WEAK
    return _OTHER


def _same(place: Place, key: str, cc: str) -> bool:
    return place.cc == cc and entity_id_key(place.entity_id) == key
