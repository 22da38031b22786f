"""A place the gazetteer lacks takes the country its article puts it in.

Local news names the neighbourhoods, squares, markets, roads, airports and stadiums of
its towns ("Shahbagh", "Karwan Bazar", "Tse Addo", "Hagley Oval"), places the gazetteer
does not hold. They were read as places linked to no country: a value an editor cannot
place, and one no country filter finds, though the article says where it lies.

- A place linked to no country (not a continent or a world region) takes the country of
  the place its words put it in: the place right after it with a comma ("Agargaon,
  Dhaka"), "in", "of", "near", "at" or "outside" ("Shahbagh in Dhaka"), an area's word
  and "of" or "in" ("the Hasnabad area of Keraniganj"), or in brackets ("Gushegu
  (Ghana)"), and the place whose possessive comes right before it ("Dhaka's
  Shahbagh"); a place so put in another such place takes the country that one takes.
- Else, where every place of the article linked to a country is of one country, shown by
  two places at least, one of them a town or a region of it, a place the article puts
  somewhere once ("in Purbachal", "at the Shahbagh crossing", "(Gushegu)"; not "access to
  Freedom Outpost updates", a website) lies there too
  (not where the country's name alone shows it: "wheat for North Yemen, the U.S. said"),
  unless it is a sea or an ocean ("North Atlantic routes") or ends as a country's name
  does ("Korea", "North Yemen": a state, not a place inside the article's country).
- Every mention of the place in the article takes that country (one country, or none
  where its words put it in two); its id is its own with the country's code.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from index.extract.gazetteer import WORLD, load_gazetteer
from index.names import fold_text
from index.records import PLACE, Mention

#: What lies between a place and the place it is put in: "Agargaon, Dhaka", "Shahbagh
#: in Dhaka", "the Hasnabad area of Keraniganj", "Gushegu (Ghana)".
_IN = re.compile(
    r"\A(?:,[ \t]*|[ \t]+(?:(?:area|areas|neighbourhood|neighborhood|suburb|intersection|"
    r"crossing|square|market|road|street|village|union|ward)[ \t]+)?(?:in|of|near|at|"
    r"outside)[ \t]+(?:the[ \t]+)?|[ \t]*\()\Z"
)
#: A place's possessive right before the place it holds: "Dhaka's Shahbagh".
_HOLDS = re.compile(r"['’]s?[ \t]+\Z")
#: A word that puts what follows somewhere: "in Purbachal", "at the Shahbagh crossing",
#: "(Gushegu)"; not "access to Freedom Outpost updates".
_SITE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|outside|inside|around|across|into|through|via|towards?)[ \t]+"
    r"(?:the[ \t]+)?|\()\Z"
)
#: Last words of countries' names that end many other places' names too.
_COMMON_LAST_WORDS = frozenset(
    "island islands coast kingdom republic states union territory territories man martin "
    "helena jersey georgia salvador sahara".split()
)
#: Seas and oceans, which lie between countries: "North Atlantic routes".
_OPEN_WATER = re.compile(
    r"\b(?:Atlantic|Pacific|Arctic|Antarctic|Mediterranean|Caribbean|Ocean|Sea|Gulf|"
    r"Straits?|Channel)\b"
)
_GAP = 40  # the most characters between two places one of which is put in the other


def with_local_countries(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with places linked to no country linked to the country their article
    puts them in (module docstring)."""
    places = [m for m in mentions if m.type == PLACE]
    if not any(m.country is None for m in places):
        return mentions
    local = [m for m in places if m.country is None and not _world(m.entity_id, m.name)]
    if not local:
        return mentions
    countries = _put_in(places, text)
    home = _home(places)
    if home is not None:
        sited = {
            m.entity_id for m in local if _SITE_BEFORE.search(text, max(0, m.start - 12), m.start)
        }
        for m in local:
            if m.entity_id in sited and not _OPEN_WATER.search(m.text) and not _countryish(m.text):
                countries.setdefault(m.entity_id, {home})
    found = {key: ccs.pop() for key, ccs in countries.items() if len(ccs) == 1}
    if not found:
        return mentions
    return [
        replace(m, entity_id=f"{m.entity_id}@{found[m.entity_id]}", country=found[m.entity_id])
        if m.type == PLACE and m.country is None and m.entity_id in found
        else m
        for m in mentions
    ]


def _put_in(places: list[Mention], text: str) -> dict[str, set[str]]:
    """The countries of the places each place with no country is put in by its words
    (module docstring), by its id; read right to left, so that a place put in another
    such place takes the country that one takes."""
    countries: dict[str, set[str]] = {}
    for k in range(len(places) - 1, -1, -1):
        m = places[k]
        if m.country is not None or _world(m.entity_id, m.name):
            continue
        cc = None
        if k + 1 < len(places):
            after = places[k + 1]
            gap = text[m.end : after.start]
            if len(gap) <= _GAP and _IN.match(gap):
                cc = after.country or _one(countries.get(after.entity_id))
        if cc is None and k:
            before = places[k - 1]
            if before.country and _HOLDS.match(text[before.end : m.start]):
                cc = before.country
        if cc and not _countryish(m.text):  # "Taiwan, South Korea, West Germany": a list
            countries.setdefault(m.entity_id, set()).add(cc)
    return countries


def _home(places: list[Mention]) -> str | None:
    """The one country of all the article's places linked to one, where it shows that
    country by two places at least, one of them a town or a region of it (not the
    country's name alone: "wheat for North Yemen, the U.S. said" is not set in the US)."""
    linked = {m.entity_id: m.country for m in places if m.country}
    if len(linked) < 2 or len(set(linked.values())) != 1:
        return None
    if set(linked) <= load_gazetteer().country_ids:
        return None
    return next(iter(linked.values()))


def _countryish(name: str) -> bool:
    """Whether ``name`` ends as a country's name does ("Korea" of North and South Korea,
    "North Yemen"): a state of its own, or one the name leaves open, not a place inside
    the article's country."""
    return name.rsplit(None, 1)[-1].lower() in _country_words()


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """The last words of the countries' names, less common nouns and names that end many
    places' ("Island", "Coast", "Georgia")."""
    words = {p.name.rsplit(None, 1)[-1].lower() for p in load_gazetteer().countries.values()}
    return frozenset(words - _COMMON_LAST_WORDS)


def _one(ccs: set[str] | None) -> str | None:
    return next(iter(ccs)) if ccs and len(ccs) == 1 else None


@lru_cache(maxsize=4096)
def _world(entity_id: str, name: str) -> bool:
    """Whether ``entity_id`` is a continent's or a world region's ("Africa", "Middle
    East"), which lies in no country."""
    return any(
        c.place.kind == WORLD and c.place.entity_id == entity_id
        for c in load_gazetteer().candidates(fold_text(name))
    )
