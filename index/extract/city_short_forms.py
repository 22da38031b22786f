"""A big city's short form in capitals ("LA", "L.A.", "NYC") is that city.

News copy, entertainment news most of all, writes Los Angeles "LA" or "L.A." and New York
City "NYC" ("stepped out in LA", "a NYC pet store", "the Emmy Awards in L.A."). Alone,
the tagger reads "LA" and "NYC" as an organisation's initials, and "L.A." matches the
AP abbreviation of Louisiana ("La."); the short form is the city, and takes the city's
name and id from the gazetteer.

Left as they are: the short form right after a place and a comma, where it is a state's
postal code ("New Orleans, LA 70112"), and one set in quotes (a nickname: Antonio "LA"
Reid).

**A place's initials** (:func:`with_place_initials`) are that place too: news from
Africa, Asia and the Pacific writes a country or a province of several words by its
initials once it has named it ("Papua New Guinea ... PNG's population", "Khyber
Pakhtunkhwa ... KP's districts", "Jammu and Kashmir ... J&K"), or writes a country's
so often that it needs no naming ("In DRC", "citizens of the DRC"). The rules read such
capitals as a body's initials, or a person's. A mention read as an organisation or a
person, in capitals (an ampersand allowed), linked to no fuller name of the article,
and not a shipped organisation's, is the place of the article whose words' initials it
spells (words such as "and", "of", "the" skipped; a place of two words or more, one
such place only), or
else a country whose name's initials of three letters or more it spells and that is no
English word ("CAR" of the Central African Republic is left). Initials the article ties
to a body ("Kestrel Ports (KP)") are linked to that body and stay, and so do initials the
article uses as a body's, before a verb of saying ("TCI said": a fund, not the Turks
and Caicos Islands; not after one: "says PNG, Vanuatu and Fiji will push").
"""

from __future__ import annotations

import re
from functools import cache

from index.extract.gazetteer import CITY, Place, load_gazetteer
from index.extract.people import known_org
from index.names import fold_text, name_key
from index.records import ORG, PERSON, PLACE, Mention

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


#: Capitals that may be a place's initials: "PNG", "J&K", "DRC".
_INITIALS = re.compile(r"[A-Z](?:&?[A-Z]){1,4}")
#: A verb of saying after a name: the name is a body's.
_SAYS_AFTER = r"(?:[ \t]+(?:said|says|announced|told|argued|claimed|claims)\b)"
#: Words a place's initials skip ("Jammu and Kashmir": "J&K").
_SKIPPED = frozenset("and of the de da del la y".split())


def with_place_initials(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with a place's initials read as an organisation's made that place
    (see the module docstring)."""
    asked = {m.text for m in mentions if _wanted(m)}
    if not asked:
        return mentions
    named: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == PLACE and m.country is not None and " " in m.text:
            named.setdefault(initials(m.text), []).append(m)
    places: dict[str, Mention | Place] = {}
    for text_ in asked:
        letters = text_.replace("&", "")
        ids = {m.entity_id for m in named.get(letters, ())}
        if len(ids) == 1:
            places[text_] = named[letters][0]
        elif not ids and (country := _countries().get(letters)) is not None:
            places[text_] = country
    gaz = load_gazetteer() if places else None
    places = {
        t: p
        for t, p in places.items()
        if gaz is not None and known_org(t, gaz) is None and not _says(t, text)
    }
    if not places:
        return mentions
    return [
        _as_place(m, places[m.text]) if m.text in places and _wanted(m) else m for m in mentions
    ]


def _says(initials: str, text: str) -> bool:
    """The article uses ``initials`` as a body's: "TCI said"."""
    return re.search(rf"\b{re.escape(initials)}{_SAYS_AFTER}", text) is not None


def _wanted(m: Mention) -> bool:
    """``m`` is an organisation's or a person's capitals that no fuller name of the
    article gave its id."""
    return (
        m.type in (ORG, PERSON)
        and _INITIALS.fullmatch(m.text) is not None
        and m.entity_id == name_key(m.text)
    )


def _as_place(m: Mention, place: Mention | Place) -> Mention:
    if isinstance(place, Mention):
        return Mention(m.start, m.end, PLACE, m.text, place.entity_id, place.name, place.country)
    return Mention(m.start, m.end, PLACE, m.text, place.entity_id, place.name, place.cc)


def initials(name: str) -> str:
    """The initials of a place's name of two words or more ("PNG" of "Papua New
    Guinea"; "JK" of "Jammu and Kashmir"); "" for one word."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _SKIPPED]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


@cache
def _countries() -> dict[str, Place]:
    """Countries by their names' initials of three letters or more, less initials two
    countries share and those that are English words ("CAR")."""
    gaz = load_gazetteer()
    found: dict[str, list[Place]] = {}
    for place in gaz.countries.values():
        key = initials(place.name)
        if len(key) >= 3 and key.lower() not in gaz.common_words:
            found.setdefault(key, []).append(place)
    return {key: places[0] for key, places in found.items() if len(places) == 1}
