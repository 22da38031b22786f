"""When two spellings are one entity: the rule the index and the filters follow.

An exact name always wins over a looser match. For places the gazetteer decides first:
two spellings it knows join only if they are names of one place (a place's own name and
its alternate names, "Dayr az Zawr" and "Deir ez-Zor"), so two known names of
different places stay apart however alike they look ("Piraeus" and "Paris"). A spelling
the gazetteer does not know joins the places whose names share its
:func:`index.names.name_key` (a transliteration: "Deir el-Zour"). People and
organisations have no gazetteer: their spellings join when their name keys are equal.

:func:`join_rule` says which rule joins two spellings, or None; it is what
``bench/merge_eval.py`` scores against the labelled pairs of ``tests/data``.
"""

from __future__ import annotations

from index.extract.gazetteer import Place, load_gazetteer
from index.names import fold_name, name_key
from index.records import PLACE

SAME_SPELLING = "same spelling"
GAZETTEER_NAME = "gazetteer alternate name"
SPELLING_VARIANT = "spelling variant"


def join_rule(kind: str, first: str, second: str) -> str | None:
    """How two spellings of entities of type ``kind`` join, or None when they stay apart."""
    if fold_name(first) == fold_name(second):
        return SAME_SPELLING
    if kind == PLACE:
        return _place_rule(first, second)
    return SPELLING_VARIANT if name_key(first) and name_key(first) == name_key(second) else None


def places_named(spelling: str) -> tuple[frozenset[Place], bool]:
    """The places ``spelling`` can name, and whether the gazetteer knows it exactly (else
    the places come from its name key)."""
    gaz = load_gazetteer()
    exact = frozenset(c.place for c in gaz.candidates(fold_name(spelling)))
    if exact:
        return exact, True
    return frozenset(gaz.places_for_key(spelling)), False


def _place_rule(first: str, second: str) -> str | None:
    places_a, known_a = places_named(first)
    places_b, known_b = places_named(second)
    if places_a & places_b:
        return GAZETTEER_NAME if known_a and known_b else SPELLING_VARIANT
    if not places_a and not places_b and name_key(first) == name_key(second):
        return SPELLING_VARIANT  # two spellings of a place the gazetteer does not know
    return None
