"""A town's name naming the district, division or constituency called after it.

Many countries name their districts, divisions, counties and constituencies after their
chief towns, and their press names the unit by the town's name and the unit's word:
"Sylhet district", "the Khulna Divisional Commissioner", "the Kherson region", "Cork
county", "the Dhaka-17 constituency", "Gaffargaon upazila in Mymensingh". The gazetteer
matched the town's name alone, so the town's value held every such mention: the town's
articles and the unit's were one value an editor cannot trust ("Dhaka" holding the
constituencies, the division and the district beside the capital).

- A town's mention (the gazetteer's city, or a region that shares the city's id) right
  before a unit's word ("district" or "electoral district", "division", "divisional",
  "province", "provincial", "county", "region", "municipality", "constituency",
  "upazila", "Sadar", "oblast", "governorate", "prefecture") is that unit: a place of its
  own in the town's country, shown by the town's name and the unit's word ("Sylhet
  (district)"), not the town; a first-level division by whichever word ("Herat province",
  "the Herat region") is one unit, shown with its country's word for its divisions as a
  region that shares its name with a big city is ("Kherson (region)", "Quebec
  (province)"). Not before the word of a court or an office of a district
  ("the Dhaka District Court", "district attorney"), which leaves the mention as it was.
- A town's name after a unit's word and "of" ("the province of Herat", "the district of
  Jaffna") is that unit too, and after a subdistrict's word and "in" or "of" ("Bagmara
  upazila of Rajshahi", "a tehsil of Multan") the district that holds it.
- A town's name joined by a dash to a number ("Dhaka-17", "Cumilla–4", "Dhaka – 9") names
  a numbered constituency (or a numbered thing that is no town: "Karbala-5", an
  operation): no place value.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.aliases import separate_id
from index.extract.city_or_region import BIG_CITY, region_id
from index.extract.gazetteer import CITY, load_gazetteer
from index.names import fold_text
from index.records import PLACE, Mention

#: A unit's word right after a town's name, and the unit it names.
_UNIT_AFTER = re.compile(
    r"[ \t]+(?:[Ee]lectoral[ \t]+)?(?P<word>[Dd]istricts?|[Dd]ivision(?:al)?|"
    r"[Pp]rovinc(?:e|ial)|[Cc]ounty|[Rr]egion|[Mm]unicipality|[Cc]onstituency|[Uu]pazila|Sadar|[Oo]blast|"
    r"[Gg]overnorate|[Pp]refecture)\b"
    r"(?![ \t]+(?:[Cc]ourts?|[Aa]ttorney|[Jj]udges?|[Jj]udicial)\b)"
)
#: The words of a country's first-level division, one unit whichever is written ("Herat
#: province", "the Herat region"): shown with the country's word for them, as
#: :func:`index.extract.city_or_region.region_id` shows a region ("Quebec (province)").
_FIRST_LEVEL = "first level"
_UNITS = {
    "district": "district",
    "districts": "district",
    "division": "division",
    "divisional": "division",
    "province": _FIRST_LEVEL,
    "provincial": _FIRST_LEVEL,
    "county": "county",
    "region": _FIRST_LEVEL,
    "municipality": "municipality",
    "constituency": "constituency",
    "upazila": "upazila",
    "sadar": "upazila",
    "oblast": _FIRST_LEVEL,
    "governorate": _FIRST_LEVEL,
    "prefecture": _FIRST_LEVEL,
}
#: A subdistrict's word before "in" or "of" and the district's name: "Bagmara upazila of
#: Rajshahi", "a tehsil of Multan".
_SUBDISTRICTS = frozenset("upazila tehsil taluk taluka subdistrict sub-district thana".split())
#: A unit's word before "of" and the town's name: "the province of Herat", "the district of
#: Jaffna".
_UNITS_OF = frozenset(
    "district province county division municipality governorate oblast prefecture".split()
)
_REACH = 24  # characters looked at before a town's name
#: A dash and a number right after a town's name: "Dhaka-17", "Dhaka – 9".
_NUMBERED = re.compile(r"(?:[-–‑]|[ \t]–[ \t])\d{1,3}(?![\d])(?![.,]\d)")
#: The pre-checks, on the two characters after a town's name: a blank and the first
#: letter of a unit's word (or "electoral"), or a dash.
_NEXT = frozenset(" \t")
_UNIT_INITIALS = frozenset("DdPpCcRrMmUuSOoGgEe")
_DASHES = frozenset("-–‑")


def without_town_units(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with towns' names for the units called after them read as those
    units, and towns' names with a number dropped (module docstring)."""
    units: dict[int, str] = {}
    for m in mentions:
        if m.type == PLACE and m.country and "~" not in m.entity_id:
            unit = _unit(m, text)
            if unit is not None and _town(m.name, m.entity_id):
                units[id(m)] = unit
    if not units:
        return mentions
    return [
        _as_unit(m, units[id(m)]) if id(m) in units else m
        for m in mentions
        if units.get(id(m)) != ""
    ]


def _as_unit(m: Mention, unit: str) -> Mention:
    """The unit named after the town ``m`` names ("Sylhet (district)", "Kherson
    (region)")."""
    if unit == _FIRST_LEVEL:
        entity_id, name = region_id(m.entity_id, m.name, m.country)
    else:
        entity_id, name = separate_id(m.entity_id, unit), f"{m.name} ({unit})"
    return Mention(m.start, m.end, PLACE, m.text, entity_id, name, m.country)


def _unit(m: Mention, text: str) -> str | None:
    """The unit's word ``m`` names ("district"), "" for a numbered constituency, or None
    where ``m`` is no unit's name."""
    after = text[m.end : m.end + 2]
    if after[:1] in _NEXT and after[1:] in _UNIT_INITIALS:
        found = _UNIT_AFTER.match(text, m.end)
        if found:
            return _UNITS[found["word"].lower()]
    if after[:1] in _DASHES or after[1:] == "–":
        if _NUMBERED.match(text, m.end):
            return ""
    return _unit_before(m, text)


def _unit_before(m: Mention, text: str) -> str | None:
    """The unit a word before "of" or "in" makes ``m``: "the province of Herat", "Bagmara
    upazila of Rajshahi" (its district); word tests, no pattern sought."""
    joined = text[max(0, m.start - 4) : m.start]
    if joined != " of " and joined != " in ":
        return None
    head = text[max(0, m.start - _REACH) : m.start]
    words = head[:-4].rsplit(None, 1)
    word = words[-1].lower() if words else ""
    if word in _SUBDISTRICTS:
        return "district"
    return _UNITS[word] if joined == " of " and word in _UNITS_OF else None


@lru_cache(maxsize=4096)
def _town(name: str, entity_id: str) -> bool:
    """Whether the place ``entity_id`` (named ``name``) is a town of the gazetteer: the
    first place of its name, or a big city (100,000 people or more) whose id a region
    shares ("Sylhet", the division and its town); not a state that a village shares its
    name with ("the Northern District of California")."""
    candidates = load_gazetteer().candidates(fold_text(name))
    return any(
        c.place.kind == CITY
        and c.place.entity_id == entity_id
        and (k == 0 or c.place.population >= BIG_CITY)
        for k, c in enumerate(candidates)
    )
