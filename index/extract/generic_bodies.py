"""A body with a generic name ("Supreme Court", "House of Representatives", "Labour
Party") is the one of the article's country: its name says which ("Supreme Court (United
States)"), so that bodies of different countries never share a facet value.

Applied by :func:`index.extract.context.apply`, last of its rules.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from index.countries import country_table
from index.extract.gazetteer import REGION
from index.names import name_key
from index.records import ORG, PLACE

if TYPE_CHECKING:
    from index.extract.linking import Draft

_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+$")
_LOCAL_BEFORE = re.compile(
    r"\b(?:state's|state|provincial|province's|regional|county|municipal|city)\s+$"
)

#: Words a body's name can be made of and still fit the bodies of many countries.
_GENERIC_WORDS = frozenset(
    "supreme high constitutional federal national state central district court courts "
    "appeal appeals justice house representatives commons lords senate parliament "
    "assembly congress council cabinet ministry department office police army navy air "
    "force forces bank commission electoral election party labour labor green greens "
    "liberal liberals conservative conservatives socialist socialists communist "
    "democratic democrats progressive people's health interior finance education defence "
    "defense foreign affairs home treasury prosecutor prosecutor's general of the and for "
    "on".split()
)


def qualify_bodies(drafts: list[Draft], text: str) -> None:
    """A generic body's name and id carry its country: the one named right before it
    ("Turkey's Defence Ministry"), else the state the article names most when the text
    says it is a state's ("the state's Supreme Court"), else the country the article
    names most."""
    bodies = [
        d
        for d in drafts
        if d.type == ORG
        and len(d.tokens) > 1
        and _GENERIC_WORDS.issuperset(map(str.lower, d.tokens))
    ]
    if not bodies:
        return
    places = [d for d in drafts if d.type == PLACE and d.country]
    if not places:
        return
    counts = Counter(d.country for d in places)
    best = max(counts.values())
    country = next(d.country for d in places if counts[d.country] == best)  # first of the most
    regions = Counter(d.name for d in places if d.kind == REGION)
    ends = {d.end: d for d in places}
    for draft in bodies:
        owner = _owner(text, draft.start, ends)
        if owner is not None:
            qualified = (
                owner.name if owner.kind == REGION else country_table().name(owner.country or "")
            )
        elif _LOCAL_BEFORE.search(text, max(0, draft.start - 30), draft.start):
            if not regions:
                continue  # a state's body, and no state named: left as it is
            qualified = regions.most_common(1)[0][0]
        else:
            qualified = country_table().name(country or "")
        draft.name = f"{draft.name} ({qualified})"
        draft.entity_id = name_key(draft.name)


def _owner(text: str, start: int, ends: dict[int, Draft]) -> Draft | None:
    """The place whose possessive comes right before ``start`` ("Turkey's ")."""
    match = _POSSESSIVE_BEFORE.search(text, max(0, start - 4), start)
    return ends.get(match.start()) if match is not None else None
