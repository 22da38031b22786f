"""Resolving what a user types for --place/--person/--org to entity ids.

The value goes through the same name key the indexer used (``index.names``),
so any spelling variant or case finds the entity; a surname alone finds the
people who bear it. A value that matches nothing raises FilterValueError with
the nearest known names.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from index.entities import entity_id_key
from index.entity_table import Entity
from index.names import name_key
from search.errors import FilterValueError

FLAG = {"PLACE": "--place", "PERSON": "--person", "ORG": "--org"}
NOUN = {"PLACE": "place", "PERSON": "person", "ORG": "organisation"}


def resolve(entities: Mapping[str, Entity], kind: str, value: str) -> list[str]:
    """Entity ids of one type that value names, most mentioned first."""
    key = name_key(value)
    if not key:
        raise FilterValueError(f"{FLAG[kind]} {value!r} holds no letters to match a name")
    found = [e for e in entities.values() if _names(e, key)]
    if not found:
        found = [e for e in entities.values() if _last_word_is(e, key)]
    if not found:
        raise FilterValueError(_no_match_message(entities, kind, value))
    return [e.id for e in sorted(found, key=lambda e: -e.articles)]


def _names(entity: Entity, key: str) -> bool:
    if entity_id_key(entity.id) == key or name_key(entity.name) == key:
        return True
    return any(name_key(variant) == key for variant in entity.variants)


def _last_word_is(entity: Entity, key: str) -> bool:
    words = entity.name.replace("-", " ").split()
    return len(words) > 1 and name_key(words[-1]) == key


def _no_match_message(entities: Mapping[str, Entity], kind: str, value: str) -> str:
    names = {e.name for e in entities.values()}
    close = difflib.get_close_matches(value, names, n=3, cutoff=0.6)
    if not close:
        by_lower = {n.lower(): n for n in names}
        close = [by_lower[n] for n in difflib.get_close_matches(value.lower(), by_lower, n=3)]
    hint = f"; did you mean {', '.join(repr(n) for n in close)}?" if close else ""
    return (
        f"no {NOUN[kind]} in the index matches {FLAG[kind]} {value!r}{hint} "
        f"(run `search --facets` to see the most frequent ones)"
    )
