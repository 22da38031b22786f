"""Which organisations the org facet lists: capitals that spell the initials of a place
the archive names are that place, not an organisation.

What it is for: the press writes a country, a province or a state by its initials
("PNG" for Papua New Guinea, "KP" for Khyber Pakhtunkhwa, "ENB" for East New Britain),
and the tagger, seeing capitals, reads them as an organisation. Over 28 hand-labelled news
corpora (``bench/facet_precision_eval.py``, stop 43 of ``bench/EXTRACTION.md``) every
org value of a top 20 whose capitals spelled the initials of a place of its archive was
wrong, and no right one did. A reader who has seen the place written out in the same
archive knows the initials for it. Only the list of facet values changes: the entity
stays in the index, ``--org`` still finds its articles, and each value the facet shows
still counts the articles that filter finds.
"""

from __future__ import annotations

import re
from typing import Protocol

# Initials as the press writes them: two to five capitals, nothing else.
_CAPITALS = re.compile(r"[A-Z]{2,5}")


class PlaceNames(Protocol):
    def names_spelt_from(self, kind: str, letter: str, pattern: str = "*") -> list[str]: ...


def initials(name: str) -> str:
    """The initials of a name of several words, its capitalised words only
    ("Bay of Plenty" -> "BP"); none for a name of one word."""
    words = name.replace("-", " ").split()
    if len(words) < 2:
        return ""
    return "".join(word[0] for word in words if word[0].isupper())


def spells_a_place(name: str, places: PlaceNames) -> bool:
    """Whether ``name`` is capitals that spell the initials of a place the archive names
    ("PNG" where the archive has "Papua New Guinea")."""
    if not _CAPITALS.fullmatch(name):
        return False
    # the capitals in order, anything between: a first sieve, read in the lookup file
    found = places.names_spelt_from("PLACE", name[0], "*".join(name) + "*")
    return any(initials(place) == name for place in found)
