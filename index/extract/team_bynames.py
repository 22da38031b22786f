"""A team named by its byname or in full, read as a place with no country, is the team.

Sports pages name national teams by bynames ("the Black Stars", "the Super Eagles") and
clubs in full ("Manchester City"). The gazetteer has no such place, so the name was read as
a place linked to no country, one value in the place facet for a team.

- A place linked to no country is the team, a body, where the article uses it as a team
  once: before a player's or a coach's role ("Black Stars head coach", "Manchester City
  have signed") or after a match's verb and "the" ("beat the Super Eagles"); every
  mention of it in the article goes with it, those read as a person's name too.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.records import ORG, PERSON, PLACE, Mention

#: The types a team's name was read as.
_READ_AS = (PLACE, PERSON)
#: A role in a team right after its name.
_ROLE_AFTER = re.compile(
    r"[ \t]+(?:(?:head|assistant|interim|former|new)[ \t]+)?(?:coach|goalkeeper|captain"
    r"|striker|midfielder|defender|winger|forward|manager|squad|skipper)\b"
    r"|[ \t]+(?:have|has)[ \t]+(?:signed|completed|confirmed)\b"
)
#: A match's verb and "the" right before a team's name.
_VERB_BEFORE = re.compile(
    r"\b(?:beat|beats|beaten|defeat|defeats|defeated|face|faces|faced|facing"
    r"|coach(?:ed|es)? of|captain(?:ed|s)? of|join(?:s|ed)?|signed for|played for)"
    r"[ \t]+the[ \t]+\Z"
)


def teams_not_places(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with teams read as places with no country made bodies (module
    docstring)."""
    places = {m.entity_id for m in mentions if m.type == PLACE and m.country is None}
    if not places:
        return mentions
    teams = {
        m.entity_id
        for m in mentions
        if m.entity_id in places and m.type in _READ_AS and _as_team(m, text)
    }
    if not teams:
        return mentions
    return [
        replace(m, type=ORG) if m.type in _READ_AS and m.entity_id in teams else m for m in mentions
    ]


def _as_team(m: Mention, text: str) -> bool:
    if _ROLE_AFTER.match(text, m.end):
        return True
    return _VERB_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
