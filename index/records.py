"""Typed records that cross package lines: what extraction finds and what the
index stores, shared by the indexer and the query side.

Entity ids (the facet terms): ``name_key(full name)`` for PERSON and ORG;
``name_key(primary gazetteer name) + "@" + CC`` for a PLACE found in the gazetteer or the
country table, else ``name_key(surface)``. :func:`entity_id_key` returns the part a
user's query is compared with: ``name_key(query) == entity_id_key(entity_id)``.
"""

from __future__ import annotations

from dataclasses import dataclass

PLACE = "PLACE"
PERSON = "PERSON"
ORG = "ORG"
ENTITY_TYPES = (PLACE, PERSON, ORG)


@dataclass(frozen=True)
class Mention:
    start: int  # character offsets into the text given to extract_entities
    end: int
    type: str  # "PLACE" | "PERSON" | "ORG"
    text: str  # surface form exactly as in text[start:end]
    entity_id: str  # canonical id used as facet term; equal for variant spellings
    name: str  # display name: gazetteer/country name for places, full name otherwise
    country: str | None = None  # ISO 3166 alpha-2 for places when known


def entity_id_key(entity_id: str) -> str:
    """The name-key part of an entity id: everything before "@" (the whole id if none),
    and before "~" (the suffix of a name the alias file keeps apart)."""
    return entity_id.partition("@")[0].partition("~")[0]
