"""Resolving what a user types for --place/--person/--org to entity ids.

The value goes through the same name key the indexer used (``index.names``)
and is looked up in the key tables stored with the index, so any spelling
variant or case finds the entity; a surname alone finds the people who bear
it. A value that matches nothing raises FilterValueError with the nearest
known names.
"""

from __future__ import annotations

import difflib

from index.lookups import Lookups
from index.names import name_key
from search.errors import FilterValueError

FLAG = {"PLACE": "--place", "PERSON": "--person", "ORG": "--org"}
NOUN = {"PLACE": "place", "PERSON": "person", "ORG": "organisation"}


def resolve(lookups: Lookups, kind: str, value: str) -> list[str]:
    """Entity ids of one type that value names, most mentioned first."""
    key = name_key(value)
    if not key:
        raise FilterValueError(f"{FLAG[kind]} {value!r} holds no letters to match a name")
    ids = lookups.ids_for_key(kind, key) or lookups.ids_for_surname(kind, key)
    found = lookups.entities(kind, ids) if ids else {}
    if not found:
        raise FilterValueError(_no_match_message(lookups.names(kind), kind, value))
    return sorted(found, key=lambda i: (-found[i].articles, i))


def _no_match_message(known: list[str], kind: str, value: str) -> str:
    names = set(known)
    close = difflib.get_close_matches(value, names, n=3, cutoff=0.6)
    if not close:
        by_lower = {n.lower(): n for n in names}
        close = [by_lower[n] for n in difflib.get_close_matches(value.lower(), by_lower, n=3)]
    hint = f"; did you mean {', '.join(repr(n) for n in close)}?" if close else ""
    return (
        f"no {NOUN[kind]} in the index matches {FLAG[kind]} {value!r}{hint} "
        f"(run `search --facets` to see the most frequent ones)"
    )
