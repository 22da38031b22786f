"""A town named in a list of places is a place.

"visits Tarnbury, Elmford, Holt and Marsh", "offices in Tarnbury, Elmford and Holt": a
name read as an organisation or as a person of one word, standing in such a list with
two places beside it (one on each side, the two before the list's last member or the
two after its first; a comma, or "and"/"or", between the members), is the town of that
name in one of those places' countries; and then so is every other reading of that name
as an organisation or a lone person in the article (one sense per article; a club's cue
elsewhere in the article still makes all of them the club, in
:mod:`index.extract.senses`, read after). A name so found counts as a place for the
members after it ("Lille, Tarnbury and Elmford"). A list of clubs ("Tarnbury, Elmford
and Holt United") has no places beside the name and is left alone, and so is a name that
is not a place's own name in the gazetteer (only another name of it: "Co", "Bank" in a
firm's name cut at a line break) or is a country's or world region's too.

Applied by :func:`index.extract.entities.extract_entities`; one pass over the mentions.
"""

from __future__ import annotations

import re

from index.extract.gazetteer import COUNTRY, WORLD, Place, load_gazetteer
from index.names import name_key
from index.records import ORG, PERSON, PLACE, Mention

_GAP = 7  # the longest separator: ", and " with a tab or two spaces
_BEFORE = re.compile(r",[ \t]+")
_AFTER = re.compile(r",[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")


def listed_places(mentions: list[Mention], text: str) -> dict[str, Place]:
    """Texts of organisations and lone people named in a list of places, with the town
    each is (module docstring); one found counts as a place for the names after it
    ("Lille, Tarnbury and Elmford")."""
    found: dict[str, Place] = {}
    work = list(mentions)
    last = len(work) - 1
    for i, m in enumerate(work):
        if not _misread(m) or not _near_neighbour(work, i, last):
            continue
        town = found.get(m.text)
        if town is None:
            sides = _list_sides(work, i, text)
            countries = {p.country for p in sides if p.country}
            town = _town(m.text, countries) if countries else None
        if town is not None:
            found[m.text] = town
            work[i] = _as_place(m, town)
    return found


def _near_neighbour(work: list[Mention], i: int, last: int) -> bool:
    """A mention is within a list separator's length of mention ``i`` (a cheap test
    before the separators are read)."""
    m = work[i]
    return (i > 0 and m.start - work[i - 1].end <= _GAP) or (
        i < last and work[i + 1].start - m.end <= _GAP
    )


def _as_place(m: Mention, town: Place) -> Mention:
    return Mention(m.start, m.end, PLACE, m.text, town.entity_id, town.name, town.cc)


def _list_sides(mentions: list[Mention], i: int, text: str) -> list[Mention]:
    """The two places beside mention ``i`` in a list of places, or none: one on each
    side ("A, m and B"), the two before the list's last ("A, B and m") or the two after
    its first ("m, A and B")."""
    near = [mentions[j] if 0 <= j < len(mentions) else None for j in range(i - 2, i + 3)]
    far_before, before, m, after, far_after = near
    for a, b, c, comma in (
        (before, m, after, False),
        (far_before, before, m, True),
        (m, after, far_after, True),
    ):
        if _joined(a, b, text, comma) and _joined(b, c, text, False):
            sides = [x for x in (a, b, c) if x is not m]
            if all(x is not None and x.type == PLACE for x in sides):
                return sides  # type: ignore[return-value]
    return []


def _joined(a: Mention | None, b: Mention | None, text: str, comma: bool) -> bool:
    """``a`` and ``b`` follow each other in a list; only a comma between them if
    ``comma``."""
    if a is None or b is None:
        return False
    return bool((_BEFORE if comma else _AFTER).fullmatch(text, a.end, b.start))


def in_lists(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with the towns named in lists of places read as those places."""
    found = listed_places(mentions, text) if ", " in text else {}
    if not found:
        return mentions
    return [
        _as_place(m, town) if (town := found.get(m.text)) is not None and _misread(m) else m
        for m in mentions
    ]


def _misread(m: Mention) -> bool:
    return m.type == ORG or (m.type == PERSON and " " not in m.text and m.name == m.text)


def _town(surface: str, countries: set[str]) -> Place | None:
    """The best town named ``surface`` in one of ``countries``; None if the name is a
    country's or world region's too."""
    places = load_gazetteer().places_for_key(surface)
    if any(p.kind in (COUNTRY, WORLD) for p in places):
        return None
    key = name_key(surface)
    return next((p for p in places if p.cc in countries and name_key(p.name) == key), None)
