"""A named storm is an event, no person, body or place.

Weather news names storms with a given name after the storm's kind: "Hurricane
Florence", "Tropical Storm Ophelia", "Typhoon Hagibis", "Cyclone Idai", "Superstorm
Sandy". The rules read such a name as a person's (a given name) or a body's (two
capitalised words), cut or whole ("Storm Ophelia"), and the storm's name alone
afterwards ("as Florence neared the coast", "#Irma") is linked to it or read as a
namesake town. So:

* a mention that overlaps a storm's kind and name and ends with it goes ("Storm Ophelia" cut from
  "Tropical Storm Ophelia", "Irma" after "Hurricane"; "Storm" alone is no storm's kind:
  "Storm Reid" is an actress);
* the storm's name alone elsewhere in the article (one word, any kind of mention, or a
  mention linked to the storm's) goes too, unless a comma and a capitalised word follow
  it as a place's region does ("Florence, S.C."), or it opens a longer name of its own
  ("Harvey Weinstein" stays: only one-word mentions go).

A word of a body's or a season's name after the kind is no storm's name ("the National
Hurricane Center", "the hurricane season": "Hurricane Season"), and a name going on after
the storm's is read as written ("Hurricane Harvey Relief Fund", "Help Hurricane Irma
Victims").

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.records import PLACE, Mention

#: The kinds of storm written before a storm's given name, longest first.
_KINDS = (
    "Tropical Depression",
    "Tropical Storm",
    "Super Typhoon",
    "Superstorm",
    "Hurricane",
    "Typhoon",
    "Cyclone",
    "Storm",
)
#: A storm's name after its kind: "Hurricane Harvey", "Tropical Storm Ophelia" ("Storm"
#: alone opens given names too: "Storm Reid").
_STORM = re.compile(
    rf"\b(?:{'|'.join(_KINDS[:-1])})[ \t]+(?!(?:Center|Centre|Season|Seasons|Watch|Warning"
    r"|Hunters?|Relief|Recovery|Preparedness|Week|Research|Fund|Alley|Tracker|Category"
    r"|Shelter|Response|Survivors|Victims)\b)(?P<name>[A-Z][a-z]+)\b(?![\w'’-])"
)
#: A place's region after a comma: "Florence, S.C.", "Laura, Ohio".
_REGION_AFTER = re.compile(r",[ \t]+[A-Z]")


def without_storms(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less named storms and their names alone (module docstring)."""
    if (
        "Hurricane" not in text
        and "Tropical" not in text
        and "Typhoon" not in text
        and "Cyclone" not in text
        and "Superstorm" not in text
    ):
        return mentions
    storms = list(_STORM.finditer(text))
    if not storms:
        return mentions
    spans = [(s.start(), s.end()) for s in storms]
    names = {s.group("name") for s in storms}
    ids = {m.entity_id for m in mentions if _in_storm(m, spans)}
    return [m for m in mentions if not _storms(m, text, spans, names, ids)]


def _in_storm(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether ``m`` overlaps a storm's kind and name and ends with it (a name going on
    after it is a fund's or an appeal's: "Hurricane Harvey Relief Fund")."""
    return any(start < m.end <= end for start, end in spans)


def _storms(
    m: Mention, text: str, spans: list[tuple[int, int]], names: set[str], ids: set[str]
) -> bool:
    if _in_storm(m, spans):
        return True
    if " " in m.text or not (m.entity_id in ids or m.text in names):
        return False
    return m.type != PLACE or _REGION_AFTER.match(text, m.end) is None
