"""A name that is both a state or province and a big city in it: which one is meant.

"New York", "Washington" and "Quebec" each name a first-level region and a city of
100,000 people or more in it. This is read only in countries whose first-level
divisions are states, provinces or prefectures (``index/data/division_words.tsv``);
Britain's are counties and towns that are their own authority, where "Leicester" is the
city either way. The gazetteer ranks the region first, so every mention used to be the
region, and where the two share an id ("Washington" the state and the capital,
"Quebec" the province and its capital) one facet value held both. Now each such
mention is read as one or the other:

- **the region** when it is written as its abbreviation ("Olympia, Wash."), or when its
  words say so: a town of the country (or one the gazetteer lacks, not a building:
  "Plaza Hotel, New York" is the city) just before it with its comma, the two not in a
  longer list of towns ("Seattle, Washington", "Lake Placid, New York"); "state" or
  "province" after it; "the state of" or "upstate" before it; an office or body of the
  region after it ("Washington Gov.", "Quebec's premier", "New York's 11th District",
  "New York Supreme Court", "New York Rep. Yvette Clarke"); an office of it before it
  ("Senator Chuck Schumer of New York", "a senator from New York", "the Senate
  Democratic leader, Chuck Schumer of New York") or a verb of representing it ("she
  represented New York in the Senate"); a dateline's town in capitals before
  it ("MURDOCHVILLE, Quebec"); or a list with another region of the country that no big
  city shares its name with ("California, Illinois and New York");
- **the city** when its words say so: a dateline in capitals ("NEW YORK, March 3"),
  "D.C." after it, or a list with another city ("the mayors of New York, Paris and
  London", "Los Angeles, New York or Chicago") and with no town before it;
- a race or seat of it ("the Senate seat in New York", "the New York primary"), a
  member or candidate of it ("the New York Democrat", "a New York gubernatorial
  candidate") or its kind ("states like Washington") makes that mention the region, but
  is no cue for the article's other mentions;
- otherwise as the article reads the name: the region when only the region was cued in
  it, else the city, the name's usual sense in news copy.

A region kept so is shown by a name that tells it from the city in the facets ("New York
(state)", "Washington (state)", "Quebec (province)": the word for the country's
divisions), and where its id would be the city's it gets an id of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter

from index.aliases import separate_id
from index.extract.gazetteer import (
    CITY,
    COUNTRY,
    FAMOUS_CITY,
    REGION,
    Gazetteer,
    Place,
    data_rows,
    load_gazetteer,
)
from index.extract.linking import Draft
from index.extract.places import PlaceMatch
from index.extract.regions import region_country
from index.extract.rules import place_draft
from index.names import fold_text, name_key
from index.records import PLACE

#: A city this big is what its name means in news copy, unless the region is cued (a
#: city known by the name as one of its other names: FAMOUS_CITY).
BIG_CITY = 100_000

_REGION_BEFORE = re.compile(
    r"(?:\b(?:[Ss]tate|[Pp]rovince) of(?: the)?|\b[Uu]pstate|\b[Dd]ownstate|"
    r"\b(?:Gov\.|[Gg]overnor|Sen\.|[Ss]enator|Rep\.|[Rr]epresentative|[Cc]ongress(?:wo)?man|"
    r"[Aa]ssembly(?:wo)?man|[Ll]awmaker|Premier|Attorney General|Democrat|Republican|"
    r"(?:Majority|Minority) (?:Leader|Whip)|Speaker|(?:Democratic|Republican) [Ll]eader)"
    r",?(?:\s+[A-Z][\w.'-]*){0,3},?\s+(?:of|from)|"
    r"\b(?:Eastern|Western|Northern|Southern|Middle) District of|\b[Rr]epresent(?:s|ed|ing)?|"
    r"(?:^|\n)[^\S\n]*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*,)\s+$"
)
_REGION_AFTER = re.compile(
    r"(?:'s?)?\s+(?:[Ss]tate\b|[Pp]rovinc(?:e|ial)\b|Gov\.|[Gg]overnor|[Pp]remier|"
    r"[Ll]egislature|General Assembly|[Aa]ttorney[ -][Gg]eneral|Supreme Court|"
    r"[Ss]enators?\b|Sen\.|[Cc]ongressional|[Dd]emocrats\b|[Rr]epublicans\b|Rep\.|"
    r"Representatives?\b|[Cc]ongress(?:wo)?man\b|[Aa]ssembly(?:wo)?man\b|"
    r"(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+) (?:[Cc]ongressional )?[Dd]istrict)"
)
#: A race or seat of the region, or an example of its kind, which says that mention is
#: the region but not how the article reads its other bare mentions ("the Senate seat in
#: New York", "the New York primary", "the New York Democrat", "a New York gubernatorial
#: candidate", "states like Washington" beside "a ceremony in New York").
_RACE_BEFORE = re.compile(
    r"(?:\b(?:Senate|House|[Cc]ongressional) (?:seat|race) (?:in|from|of)|"
    r"\b(?:[Ss]tates|[Pp]rovinces),? (?:like|such as|including)(?: [A-Z][\w.'-]*,)*)\s+$"
)
_RACE_AFTER = re.compile(
    r"(?:'s?)?\s+(?:(?:(?:[Pp]residential|[Dd]emocratic|[Rr]epublican) )?"
    r"(?:[Pp]rimary|[Pp]rimaries|[Cc]aucus(?:es)?|[Cc]ongressional [Dd]elegation)|"
    r"[Gg]ubernatorial|(?:Democrat|Republican)(?! [Pp]arty))\b"
)
_CITY_AFTER = re.compile(r",?\s+D\.?\s?C\b")
_LIST_JOINS = frozenset((", ", " and ", ", and ", " or ", ", or "))
_LIST_REACH = 12  # places looked at each way in a list (a bound on the work of long ones)
_DATELINE_REACH = 40  # a name in capitals this near the start is the dateline's


def read_cities_and_regions(text: str, drafts: list[Draft], gaz: Gazetteer) -> None:
    """Each mention of a name both a region and a big city of it becomes the one its
    words or its article mean (see the module docstring), in place."""
    if not any(d.kind == REGION and d.type == PLACE for d in drafts):
        return
    _abbreviations_as_regions(drafts, gaz)
    ordered = sorted(drafts, key=attrgetter("start"))
    found = [(k, city) for k, d in enumerate(ordered) if (city := _big_city(d, gaz))]
    if not found:
        return
    senses = {k: _cue(text, ordered, k) for k, _city in found}
    cued: dict[str, set[str]] = {}
    for k, sense in senses.items():
        if sense is not None:
            cued.setdefault(ordered[k].entity_id, set()).add(sense)
        elif _race(text, ordered[k]):
            senses[k] = "region"  # this mention only: not a cue for the article's others
    at = {id(d): i for i, d in enumerate(drafts)}
    for k, city in found:
        draft = ordered[k]
        sense = senses[k] or ("region" if cued.get(draft.entity_id) == {"region"} else "city")
        if sense == "city":
            read = place_draft(draft.text, PlaceMatch(0, len(draft.text), city))
            read.start, read.end = draft.start, draft.end
            drafts[at[id(draft)]] = read
        else:
            shared = _shares_id(draft.name, draft.country or "")
            entity_id, draft.name = region_id(draft.entity_id, draft.name, draft.country)
            draft.entity_id = entity_id if shared else draft.entity_id


def _abbreviations_as_regions(drafts: list[Draft], gaz: Gazetteer) -> None:
    """A region written as its abbreviation ("Olympia, Wash.") is the region: where a
    big city of its name shares the region's id, the region's own id and name
    ("Washington (state)"), never the capital's value."""
    for draft in drafts:
        if (
            draft.type == PLACE
            and draft.kind == REGION
            and draft.text.lower() != draft.name.lower()
            and region_country(draft.text, gaz) is not None
            and draft.country in division_words()
            and draft.entity_id == name_key(draft.name) + f"@{draft.country}"
            and city_named(draft.name, draft.country or "", gaz) is not None
            and _shares_id(draft.name, draft.country or "")
        ):
            draft.entity_id, draft.name = region_id(draft.entity_id, draft.name, draft.country)


def _big_city(draft: Draft, gaz: Gazetteer) -> Place | None:
    """The big city of the region ``draft`` resolved to that bears its name, if any, in
    a country whose first-level divisions are states, provinces or prefectures (not
    counties or towns that are their own authority, as in Britain)."""
    if draft.type != PLACE or draft.kind != REGION or draft.country not in division_words():
        return None
    return city_named(draft.text, draft.country, gaz)


@lru_cache(maxsize=4096)
def city_named(surface: str, cc: str, gaz: Gazetteer) -> Place | None:
    """A city of 100,000 or more that bears the name as its own, or a city of a million
    or more whose own name opens with it ("New York" for New York City; not "Bahia"
    for Salvador, nor "Oklahoma" for Oklahoma City)."""
    key = name_key(surface)
    return next(
        (
            c.place
            for c in gaz.candidates(fold_text(surface))
            if c.place.kind == CITY
            and c.place.cc == cc
            and (
                c.place.population >= BIG_CITY
                if c.primary
                else c.place.population >= FAMOUS_CITY and name_key(c.place.name).startswith(key)
            )
        ),
        None,
    )


def _cue(text: str, drafts: list[Draft], k: int) -> str | None:
    """ "region" or "city" when the mention's own words say which, else None."""
    draft = drafts[k]
    if draft.text.isupper() and draft.start < _DATELINE_REACH:
        return "city"
    if _CITY_AFTER.match(text, draft.end):
        return "city"
    before = text[max(0, draft.start - 80) : draft.start]
    if _REGION_BEFORE.search(before) or _REGION_AFTER.match(text, draft.end):
        return "region"
    first, last = _list_around(text, drafts, k)
    if _after_its_town(text, drafts, k, first, last):
        return "region"  # "Seattle, Washington", "Dorval, Quebec, Canada"
    if last > first and any(_plain_region(drafts[j], draft) for j in range(first, last + 1)):
        return "region"  # "California, Illinois and New York"
    if last > first and any(_other_city(text, drafts[j], draft) for j in range(first, last + 1)):
        return "city"  # "New York, Paris and London", "Los Angeles, New York or Chicago"
    return None


def _race(text: str, draft: Draft) -> bool:
    """A race or seat of the region names it: "the Senate seat in New York", "the New
    York primary"."""
    before = text[max(0, draft.start - 40) : draft.start]
    return bool(_RACE_BEFORE.search(before) or _RACE_AFTER.match(text, draft.end))


def _after_its_town(text: str, drafts: list[Draft], k: int, first: int, last: int) -> bool:
    """Draft ``k`` follows a town of its country and a comma, the two open the list they
    are in, and only a country or region may follow ("Dorval, Quebec, Canada";
    "Philadelphia, Washington, Miami" is a list of cities)."""
    draft = drafts[k]
    if k - 1 != first or text[drafts[first].end : draft.start] != ", ":
        return False
    town = drafts[first]
    return (
        (town.kind == CITY and town.country == draft.country)
        or (town.type == PLACE and not town.country and not _facility(town.text))
    ) and (last == k or drafts[k + 1].kind in (COUNTRY, REGION))


#: Words of a building's or a site's name: "the Plaza Hotel, New York" is in the city.
_FACILITY_WORDS = frozenset(
    "hotel museum gallery center centre hall theater theatre stadium arena park square "
    "building tower library hospital university college school church cathedral airport "
    "station plaza palace garden gardens zoo".split()
)


def _facility(name: str) -> bool:
    """A place the gazetteer lacks named as a building or site is ("Plaza Hotel")."""
    return any(word.lower() in _FACILITY_WORDS for word in name.split())


def _list_around(text: str, drafts: list[Draft], k: int) -> tuple[int, int]:
    """The first and last of the places listed with draft ``k`` ("Oregon, Washington
    and Utah"), or ``(k, k)``; a place and the one after it joined by a comma alone
    ("Seattle, Washington") are listed too."""
    first = last = k
    while first > max(0, k - _LIST_REACH) and _joined(text, drafts[first - 1], drafts[first]):
        first -= 1
    end = min(len(drafts) - 1, k + _LIST_REACH)
    while last < end and _joined(text, drafts[last], drafts[last + 1]):
        last += 1
    return first, last


def _joined(text: str, left: Draft, right: Draft) -> bool:
    """Two names one after the other in a list (a name not yet read as a place counts:
    "Miami" may be read so only later)."""
    return PLACE in (left.type, right.type) and text[left.end : right.start] in _LIST_JOINS


def _other_city(text: str, other: Draft, draft: Draft) -> bool:
    """``other`` is a city listed with ``draft``: not its town before a comma alone
    ("Matane, Quebec"), and no region's name too ("Cordoba and Santa Fe", provinces)."""
    if other is draft or other.type != PLACE or other.kind != CITY:
        return False
    if other.end < draft.start and text[other.end : draft.start] == ", ":
        return False
    gaz = load_gazetteer()
    return not any(c.place.kind == REGION for c in gaz.candidates(fold_text(other.text)))


def _plain_region(other: Draft, draft: Draft) -> bool:
    """``other`` is another region of ``draft``'s country that no big city shares its
    name with."""
    return (
        other is not draft
        and other.kind == REGION
        and other.country == draft.country
        and other.entity_id != draft.entity_id
        and _big_city(other, load_gazetteer()) is None
    )


@lru_cache(maxsize=1024)
def _shares_id(name: str, cc: str) -> bool:
    """Whether a city of the region's country has the region's id (same name key)."""
    gaz = load_gazetteer()
    places = gaz.places_for_key(name)
    region = next((p for p in places if p.kind == REGION and p.cc == cc), None)
    return region is not None and any(
        p.kind == CITY and p.cc == cc and p.entity_id == region.entity_id for p in places
    )


def region_id(entity_id: str, name: str, cc: str | None) -> tuple[str, str]:
    """The id and display name of a region whose id a city of its country shares:
    "washingtun@US", "Washington" -> "washingtun~state@US", "Washington (state)"."""
    word = division_words().get(cc or "", "region")
    return separate_id(entity_id, word), f"{name} ({word})"


@lru_cache(maxsize=1)
def division_words() -> dict[str, str]:
    """Country code -> what its first-level divisions are called ("US" -> "state")."""
    return {row[0]: row[1] for row in data_rows("division_words.tsv") if len(row) == 2}
