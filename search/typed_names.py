"""Which organisations and people the facets list: a name the archive mostly gives a
thing of another type is left out of the org and person facets.

What it is for: the tagger sometimes reads a name as the wrong type in a few articles
(a minister's name as an organisation, a province's or a city's as an organisation, a
newspaper's or a treaty's as a person) while the rest of the archive types it right.
Over 28 hand-labelled news corpora (``bench/facet_precision_eval.py``, stop 43 of
``bench/EXTRACTION.md``), an org or person value whose exact name the archive also gives
an entity of another type (place, person or organisation) mentioned at least half as
often was wrong 14 times in 21 in the top 20s (7 right ones lost, football clubs named
by their city among them), and the values that filled in were mostly right. A name the
archive splits evenly between two types is left out of both facets: its type is in doubt.
Only the list of facet values changes: the entity stays in the index, its filter still
finds its articles, and each value shown still counts the articles that filter finds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from index.names import fold_name
from index.records import Entity

# How often, against the value's own mentions, the archive must mention the same name
# typed otherwise (chosen leave-one-part-out over the labelled corpora, stop 43).
OTHER_TYPE_SHARE = 0.5


class TypedLookups(Protocol):
    def ids_for_spelling(self, kind: str, folded: str) -> list[str]: ...

    def entities(self, kind: str, ids: list[str]) -> Mapping[str, Entity]: ...


def named_otherwise(entity: Entity, lookups: TypedLookups, kinds: Sequence[str]) -> bool:
    """Whether the archive gives ``entity``'s shown name to an entity of one of ``kinds``
    that it mentions at least OTHER_TYPE_SHARE times as often."""
    folded = fold_name(entity.name)
    floor = OTHER_TYPE_SHARE * max(entity.mentions, 1)
    for kind in kinds:
        ids = lookups.ids_for_spelling(kind, folded)
        for other in lookups.entities(kind, ids).values() if ids else ():
            if other.mentions >= floor and fold_name(other.name) == folded:
                return True
    return False
