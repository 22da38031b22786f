"""A town's "ST." in capitals is the first word of its name, no name of its own.

Datelines set the town in capitals: "ST. PAUL, Minn. --", "ST. CLOUD, Minn. (AP)",
"ST. PETERSBURG, Russia —". There the abbreviation and its full stop are read as
initials closing a sentence, "ST" becomes an organisation's name of its own and the rest
a place of that name ("PAUL", a town of Cape Verde) or nothing. "ST." or "STE." in
capitals before a word in capitals is the town's name: the mentions read inside it go,
and the town is the gazetteer's "St. Paul" (or "Ste. ...") of the country of the region
written after its comma ("Minn." is the United States), else its biggest; where the
gazetteer knows no such town, "ST" alone goes all the same; where the town was read whole
("ST. PETERSBURG"), the "ST" read beside it goes; a body's name read whole from it ("ST.
PAUL COS") stays.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.extract.gazetteer import Place, load_gazetteer
from index.names import fold_text
from index.records import PLACE, Mention

#: "ST." or "STE." and one or two words in capitals: "ST. PAUL", "ST. JOHN'S".
_SAINT = re.compile(r"\b(ST|STE)\.[ \t]+([A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+)?)\b")


def with_saint_datelines(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with each town named "ST. X" in capitals read whole (module
    docstring)."""
    if "ST. " not in text and "STE. " not in text:
        return mentions
    for found in _SAINT.finditer(text):
        mentions = _read_whole(mentions, text, found)
    return mentions


def _read_whole(mentions: list[Mention], text: str, found: re.Match[str]) -> list[Mention]:
    start, end = found.span()
    inside = [m for m in mentions if start <= m.start < end]
    if not inside:
        return mentions
    whole = [m for m in inside if m.start == start and m.end > start + 3]
    if whole and whole[0].type != PLACE:
        return mentions  # a body's name read whole: "ST. PAUL COS"
    if whole:  # the town read whole: "ST" read beside it goes
        return [m for m in mentions if m is whole[0] or not start <= m.start < end]
    kept = [m for m in mentions if not start <= m.start < end]
    after = [m.country for m in mentions if m.type == PLACE and end < m.start < end + 4]
    name = f"{found.group(1).title()}. {found.group(2).title()}"
    town = _town(name, after[0] if after else None)
    if town is None:
        return kept
    read = Mention(start, end, PLACE, text[start:end], town.entity_id, town.name, town.cc)
    return sorted([*kept, read], key=lambda m: m.start)


def _town(name: str, country: str | None) -> Place | None:
    """The gazetteer's town of ``name``: of ``country`` if given, the biggest."""
    places = [c.place for c in load_gazetteer().candidates(fold_text(name))]
    if country is not None:
        places = [p for p in places if p.cc == country] or places
    return max(places, key=lambda p: p.population, default=None)
