"""A broadcaster's name and a region's words make one of its services, no place.

Broadcasters name their regional and national services by their own name and a region's
("BBC North West", "BBC Scotland", "BBC Radio Lancashire", "ITV Wales", "BBC News: East of
England"), and web copy closes with a call to follow them ("Why not follow BBC North West
on Facebook?"). Read as written, the whole became a place, or the region's name inside it
a mention of the region, in every article carrying the furniture.

- A place or a person whose name opens with a broadcaster's ("BBC North West") is the
  service, a body; one closing with a programme's word ("BBC North West Tonight") is a
  programme's title, no name.
- A place right after a broadcaster's name, with at most a few of a service's words
  between ("News:", "Radio", "Sport", a compass point, "of"), is a word of the service's
  name and goes: "BBC Scotland", "BBC News: East of England". Other words between
  ("BBC Boss Visits Scotland") leave it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.records import ORG, PLACE, Mention, entity_id_key

#: Broadcasters that name services after regions.
_BROADCASTERS = r"(?:BBC|ITV|STV|CBC|ABC|CBS|NBC)"

#: Pieces of their names, to skip a text naming none in few scans ("BC" for BBC, CBC,
#: ABC and NBC).
_PIECES = ("BC", "TV", "CBS")

#: A mention's text opening with a broadcaster's name and another word.
_OPENS = re.compile(_BROADCASTERS + r" [A-Z]")

#: A programme's word closing such a name.
_PROGRAMME_END = re.compile(r" (?:Today|Tonight|Live|Breakfast|Lunchtime|Politics)\Z")

#: A broadcaster's name and a service's words, ending right before a mention.
_SERVICE_BEFORE = re.compile(
    r"\b"
    + _BROADCASTERS
    + r"(?: (?:News:?|Radio|Sport|Local|North|South|East|West|Midlands|of|the)){0,3} \Z"
)

#: How far back the service's words are looked for.
_WINDOW = 32


def without_broadcaster_regions(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with a broadcaster's service read as a body, and the region's name
    inside one gone (module docstring)."""
    if not any(piece in text for piece in _PIECES):
        return mentions
    kept: list[Mention] = []
    for m in mentions:
        if m.type == ORG:
            kept.append(m)
        elif _OPENS.match(m.text) is not None:
            if _PROGRAMME_END.search(m.text) is None:
                kept.append(_as_body(m))
        elif not _after_service(m, text):  # only a place is read as a word of a service
            kept.append(m)
    return kept


def _after_service(m: Mention, text: str) -> bool:
    if m.type != PLACE or m.start < 4:
        return False
    before = text[max(0, m.start - _WINDOW) : m.start]
    return _SERVICE_BEFORE.search(before) is not None


def _as_body(m: Mention) -> Mention:
    return replace(m, type=ORG, entity_id=entity_id_key(m.entity_id), country=None)
