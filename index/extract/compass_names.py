"""A compass point's initial before a place ("S Africa", "N Korea", "N Ireland",
"E Germany") is that point's place: South Africa, North Korea, Northern Ireland.

Headlines and team sheets shorten North, South, East and West to their initials. Read
as they stand, "S Africa" is the continent after a stray letter, and "N Korea" or
"N Ireland" is an unknown name with no country. A place right after one of the four
capitals standing alone, or a place written with one, is the place the gazetteer
names with the point spelled out ("South Africa"; "Northern Ireland" for "N Ireland"),
when it names a country, a region or a world region so; else it is left as read. A
name written with the initial is that place whatever type it was read as ("W Germany"
as an organisation, in a table).
"""

from __future__ import annotations

import re

from index.extract.gazetteer import COUNTRY, REGION, WORLD, Place, load_gazetteer
from index.names import fold_text
from index.records import PLACE, Mention

_POINTS = {
    "N": ("North", "Northern"),
    "S": ("South", "Southern"),
    "E": ("East", "Eastern"),
    "W": ("West", "Western"),
}
_INITIAL_BEFORE = re.compile(r"(?<![\w.&'’-])([NSEW]) $")
_INITIAL_IN = re.compile(r"([NSEW]) (\S.*)")
_KINDS = frozenset((COUNTRY, REGION, WORLD))


def with_compass_points(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with each place shortened by a compass point's initial spelled out."""
    if not any(_may_hold(m, text) for m in mentions):
        return mentions
    return [_spelled_out(m, text) for m in mentions]


def _may_hold(mention: Mention, text: str) -> bool:
    start = mention.start  # a letter and a space before it, or one inside it
    return mention.text[1:2] == " " or (start >= 2 and text[start - 2 : start - 1] in _POINTS)


def _spelled_out(mention: Mention, text: str) -> Mention:
    inside = _INITIAL_IN.fullmatch(mention.text)
    if inside is not None:
        start, letter, rest = mention.start, inside.group(1), inside.group(2)
    elif mention.type != PLACE:
        return mention
    else:
        before = _INITIAL_BEFORE.search(text, max(0, mention.start - 3), mention.start)
        if before is None:
            return mention
        start, letter, rest = before.start(1), before.group(1), mention.text
    place = _point_place(letter, rest)
    if place is None:
        return mention
    return Mention(
        start,
        mention.end,
        PLACE,
        text[start : mention.end],
        place.entity_id,
        place.name,
        place.cc or None,
    )


def _point_place(letter: str, rest: str) -> Place | None:
    gaz = load_gazetteer()
    for point in _POINTS[letter]:
        for candidate in gaz.candidates(fold_text(f"{point} {rest}")):
            if candidate.place.kind in _KINDS:
                return candidate.place
    return None
