"""Which organisations the org facet lists: two names the archive knows, joined by "and"
or "&", are two entities, not one.

What it is for: the tagger runs two bodies named side by side into one name ("the talks
between Gazprom and Rosneft", "attacks on two newspapers, Prothom Alo and The Daily
Star"), and the org facet then shows a body that does not exist. Over 28 hand-labelled
news corpora (``bench/facet_precision_eval.py``, stop 43 of ``bench/EXTRACTION.md``) the
org values of a top 40 whose two halves were each the name of another entity of the
archive were two bodies or two people in 6 cases of 8 (the other two were bodies whose
halves the tagger had also cut out as names of their own, "Pew Internet & American
Life"); in the top 20s, both were wrong and nothing right went. A body named "X and Y"
whose halves are not names of their own ("Food and Drug Administration", "Marsh &
McLennan") is kept, and so is one of a surname twice ("Johnson & Johnson"). Only the
list of facet values changes: the entity stays in the index and its filter still finds
its articles.
"""

from __future__ import annotations

import re
from typing import Protocol

from index.names import fold_name

# The first "and" or "&" between two names; a leading "the" of the second is dropped.
_JOIN = re.compile(r" (?:and|&) (?:[Tt]he )?")


class SpellingLookups(Protocol):
    def ids_for_spelling(self, kind: str, folded: str) -> list[str]: ...


def _named(part: str, lookups: SpellingLookups) -> bool:
    """Whether the archive has an organisation or place written so, or a person of two
    words or more (a surname alone, "Barnes" of "Barnes & Noble", does not count)."""
    folded = fold_name(part)
    kinds = ("ORG", "PLACE", "PERSON") if len(folded.split()) > 1 else ("ORG", "PLACE")
    return any(lookups.ids_for_spelling(kind, folded) for kind in kinds)


def two_names_joined(name: str, lookups: SpellingLookups) -> bool:
    """Whether ``name`` is two different names of the archive joined by "and" or "&"."""
    halves = _JOIN.split(name, maxsplit=1)
    if len(halves) != 2 or fold_name(halves[0]) == fold_name(halves[1]):
        return False
    return all(_named(half, lookups) for half in halves)
