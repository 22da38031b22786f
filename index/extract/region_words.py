"""A country's region named with its word ("the Ashanti Region") is that region.

Many countries' press name a first-level division with the word for it: "the Ashanti
Region", "Eastern Region" (Ghana), "Rivers State" (Nigeria), "Western Province" (Sri
Lanka, Zambia). The gazetteer has the division under its bare name ("Ashanti"), so the
whole was read as a place of its own with no country, one value for every country's
"Eastern Region", none of them linked.

- A place with no country whose name is a gazetteer region's and the word "Region",
  "Province", "State" or "District" is that region, with its country: the one country
  that has a region of that name, or among several the one the article names.
- Else it is no place value: a place that lies in some country but is linked to none is
  no right value.
- "State" names a region only in a country whose divisions are states
  (``index/data/division_words.tsv``), and not in the US, where a state's name and
  "State" is mostly a university's ("Ohio State", "Kent State"): else no place value.
- A person named as a region's adjective ("Ashanti Regional" of "the Ashanti Regional
  chairman") is no one.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.extract.city_or_region import division_words
from index.extract.gazetteer import REGION, Place, load_gazetteer
from index.names import fold_text
from index.records import PERSON, PLACE, Mention

#: A division's name and its word.
_WITH_WORD = re.compile(
    r"\A(?:[Tt]he\s+)?(?P<name>.+?)\s+(?P<word>Region|Province|State|District)\Z"
)
#: How a division's name with its word ends.
_WORDS = (" Region", " Province", " State", " District")
#: A region's adjective.
_REGIONAL = re.compile(r"\A(?P<name>.+?)\s+Regional\Z")


def with_region_words(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with regions named with their word linked or dropped (module docstring)."""
    if (
        "Region" not in text
        and "Province" not in text
        and " State" not in text
        and "District" not in text
    ) or not any(_needs_look(m) for m in mentions):
        return mentions
    countries = frozenset(m.country for m in mentions if m.type == PLACE and m.country)
    out: list[Mention] = []
    for m in mentions:
        if not _needs_look(m):
            out.append(m)
        elif m.type == PERSON:
            found = _REGIONAL.match(m.text)
            if found is None or not _regions(found["name"]):
                out.append(m)
        else:
            found = _WITH_WORD.match(m.text)
            region = _region(found["name"], countries) if found else None
            if region is not None and found and (found["word"] != "State" or _states(region.cc)):
                out.append(
                    Mention(m.start, m.end, PLACE, m.text, region.entity_id, region.name, region.cc)
                )
    return out


def _needs_look(m: Mention) -> bool:
    if m.type == PLACE:
        return (
            m.country is None and m.text.endswith(_WORDS) and _WITH_WORD.match(m.text) is not None
        )
    return m.type == PERSON and m.text.endswith(" Regional")


def _states(cc: str | None) -> bool:
    """Whether ``cc``'s first-level divisions are called states, the US's aside."""
    return cc != "US" and division_words().get(cc or "") == "state"


def _regions(name: str) -> list[Place]:
    gaz = load_gazetteer()
    return [
        c.place for c in gaz.candidates(fold_text(" ".join(name.split()))) if c.place.kind == REGION
    ]


def _region(name: str, countries: frozenset[str]) -> Place | None:
    """The region named ``name``: the only one, or the only one of the article's countries."""
    regions = _regions(name)
    if len({r.cc for r in regions}) == 1:
        return regions[0]
    named = [r for r in regions if r.cc in countries]
    return named[0] if len({r.cc for r in named}) == 1 else None
