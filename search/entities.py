"""Resolving what a user types for --place/--person/--org to entity ids.

The value goes through the same name key the indexer used (``index.names``)
and is looked up in the key table stored with the index, so any spelling
variant or case finds the entity; a surname alone finds the people who bear
it. A value that matches nothing raises FilterValueError with the nearest
known names.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass

from index.entity_table import Entity
from index.names import name_key
from search.errors import FilterValueError

FLAG = {"PLACE": "--place", "PERSON": "--person", "ORG": "--org"}
NOUN = {"PLACE": "place", "PERSON": "person", "ORG": "organisation"}


@dataclass(frozen=True)
class EntityIndex:
    """The entities of one type, with their name-key lookups."""

    kind: str
    entities: Mapping[str, Entity]
    by_key: Mapping[str, list[str]]
    by_surname: Mapping[str, list[str]]


def resolve(index: EntityIndex, value: str) -> list[str]:
    """Entity ids that value names, most mentioned first."""
    key = name_key(value)
    if not key:
        raise FilterValueError(f"{FLAG[index.kind]} {value!r} holds no letters to match a name")
    ids = index.by_key.get(key) or index.by_surname.get(key) or []
    known = [i for i in ids if i in index.entities]
    if not known:
        raise FilterValueError(_no_match_message(index, value))
    return sorted(known, key=lambda i: (-index.entities[i].articles, i))


def _no_match_message(index: EntityIndex, value: str) -> str:
    names = {e.name for e in index.entities.values()}
    close = difflib.get_close_matches(value, names, n=3, cutoff=0.6)
    if not close:
        by_lower = {n.lower(): n for n in names}
        close = [by_lower[n] for n in difflib.get_close_matches(value.lower(), by_lower, n=3)]
    hint = f"; did you mean {', '.join(repr(n) for n in close)}?" if close else ""
    return (
        f"no {NOUN[index.kind]} in the index matches {FLAG[index.kind]} {value!r}{hint} "
        f"(run `search --facets` to see the most frequent ones)"
    )
