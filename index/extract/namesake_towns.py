"""Towns of one country that share a name are told apart by the state written after them.

The United States have eleven Portlands and a dozen Springfields; an id made of the
name and the country gave them all one facet value, so "PORTLAND, Maine" datelines
counted as Portland, Oregon, the largest. Where a US or Canadian town is followed by its
state or province ("Portland, Maine", "Springfield, Mass.", "Windsor, Ont.") and that is
not the state of the town the name means first in the country, the mention is the
namesake there: the town of that name in that state (``index/data/town_regions.tsv``,
built by ``scripts/build_town_regions.py`` from GeoNames), with an id of its own
(``purtland~me@US``) and a display name that says which ("Portland (Maine)"). The
other mentions of the name in the article, which the writer leaves bare once the state
is said, are that town too, when the article names the town with one state only.
"Portland, Oregon" is the first Portland: its id and name stay as they were.
"""

from __future__ import annotations

from functools import lru_cache

from index.aliases import separate_id
from index.extract.gazetteer import CITY, Gazetteer, Place, data_rows
from index.extract.linking import Draft
from index.extract.places import PlaceMatch, written_after
from index.extract.regions import region_names
from index.extract.rules import place_draft
from index.names import fold_text
from index.records import PLACE


def read_namesake_towns(text: str, drafts: list[Draft], gaz: Gazetteer) -> None:
    """Towns followed by a state or province that holds a namesake of the town the
    name means first become that namesake, and so do their bare mentions, in place."""
    read: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for k, draft in enumerate(drafts):
        if draft.type != PLACE or draft.kind != CITY or draft.country not in ("US", "CA"):
            continue
        if text[draft.end : draft.end + 1] != ",":
            continue
        written = written_after(text, draft.end)
        code = region_code(written) if written else None
        town = _namesake(draft.text, draft.country, code, gaz) if code else None
        if town is None or code is None:
            continue
        first = draft.entity_id
        drafts[k] = _as_namesake(text, draft, town, code)
        named = (fold_text(draft.text), first)
        read.setdefault(named, set()).add((drafts[k].entity_id, drafts[k].name))
    if not read:
        return  # no namesake read: no bare mention to make one (most articles)
    for draft in drafts:
        towns = read.get((fold_text(draft.text), draft.entity_id), set())
        if draft.type == PLACE and len(towns) == 1:
            draft.entity_id, draft.name = next(iter(towns))


def _as_namesake(text: str, draft: Draft, town: Place, code: str) -> Draft:
    read = place_draft(text, PlaceMatch(draft.start, draft.end, town))
    read.entity_id = separate_id(town.entity_id, code.lower())
    read.name = f"{town.name} ({_region_names()[code]})"
    return read


def _namesake(surface: str, cc: str, code: str, gaz: Gazetteer) -> Place | None:
    """The town ``surface`` names in the region ``code``, when it is not the one the
    name means first in the country."""
    towns = [
        c.place
        for c in gaz.candidates(fold_text(surface))
        if c.primary and c.place.cc == cc and c.place.kind == CITY
    ]
    regions = town_regions()
    there = [t for t in towns if regions.get((t.cc, t.name, t.population)) == code]
    return there[0] if there and towns[0] is not there[0] else None


@lru_cache(maxsize=1024)
def region_code(written: str) -> str | None:
    """The postal code of the state or province written after a town: "Maine", "Me",
    "ME", "Mass", "Ontario" (the words after it, as in "Mass. The", are tried off)."""
    words = written.split(" ")
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip(".")
        bare = name.replace(".", "")
        full = region_names().get(bare) or region_names().get(bare.lower()) or name
        code = _postal_codes().get(full)
        if code is not None:
            return code
    return None


@lru_cache(maxsize=1)
def _postal_codes() -> dict[str, str]:
    """A state's or province's name -> its postal code ("Maine" -> "ME")."""
    return {name: code for code, name in region_names().items() if len(code) == 2}


@lru_cache(maxsize=1)
def _region_names() -> dict[str, str]:
    return {code: name for name, code in _postal_codes().items()}


@lru_cache(maxsize=1)
def town_regions() -> dict[tuple[str, str, int], str]:
    """(country, town name, population) -> the postal code of its state or province."""
    rows = data_rows("town_regions.tsv")
    return {(row[0], row[1], int(row[2])): row[3] for row in rows if len(row) == 4}
