"""A town named as a side in a sports report: cues from the sentence's grammar.

:func:`index.extract.senses.one_sense` makes a town's name the club wherever the article
writes it once as a club's ("Tarnbury striker", "Tarnbury v Elmford"). Sports copy also
names a club by its town in ways those cues miss; here, in sports copy (a league's
initials or a position only football codes use, "NRL", "halfback", or three different
words or scores of :data:`index.extract.region_sense.SPORTS_REPORT`), a town's name is a
side where:

- a plural verb follows it: a place takes a singular verb, a club in British and
  Australian copy a plural one ("Tarnbury are keen on him", "Tarnbury need a win",
  "Tarnbury have signed"), unless the name closes a pair ("Tarnbury and Elmford are")
  or follows a preposition ("fans in Tarnbury are");
- a club's people or things follow it ("the Tarnbury players", "Tarnbury's halfback",
  "a Tarnbury young gun", "the Tarnbury under-20s", "Tarnbury's No.7");
- a player's contract or career, or a match, comes before it ("contracted to Tarnbury",
  "signed with Tarnbury", "debuting with Tarnbury", "his stint at Tarnbury", "another
  blow to Tarnbury", "when they played Tarnbury", "a win against Tarnbury");
- it is listed with a side ("the Rovers and Tarnbury", "Elmford, Tarnbury and the
  Rovers"), or is the next row of a table of sides ("Rovers: 21,650 Tarnbury: 19,039");
  a side is a body named by a plural nickname that is no place's name ("the Rovers",
  "Elmford Rovers", not "University of Arkansas"), a town's name read as a body, or a
  town already read as a side;
- it stands in brackets after a player's name in a list ("Jo Hale (Tarnbury)").

A town's name that is a word of the name of a person the article names in full is left
alone ("a letter to Tarnbury" after "Jo Tarnbury"), and so is a name a region shares with
no big city (a national or state side stays the place, :mod:`index.extract.sports`). The
sides so found are handed back by their text; the caller makes them the club (and leaves
a mention after "in" or "near" the place).
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.extract.gazetteer import CITY, REGION, load_gazetteer
from index.extract.region_sense import SPORTS_REPORT
from index.extract.sports import town_name
from index.names import fold_text
from index.records import ORG, PERSON, Mention

#: Words of sports copy that :data:`index.extract.region_sense.SPORTS_REPORT` lacks: a
#: league's initials and the positions and matches of the codes of football; a whole word,
#: not a piece of a hyphened one (a party's "right-winger", the unions' "AFL-CIO").
_SPORTS_WORDS = re.compile(
    r"(?<![\w-])(?:NRL|AFL|A-League|Super League|grand final|fullback|halfback|five-eighth|"
    r"winger|kick-off)(?![\w-])"
)

_PLURAL_VERB = re.compile(r"\s+(?:are|have|were|need|want|remain)\s+[a-z]")
#: A pair's "and" or a preposition right before the name: the verb is not the name's.
_NOT_SUBJECT = re.compile(
    r"(?:\b(?:and|or|in|at|from|of|to|near|for|with|on|across|around|outside)|[,&])\s+$"
)
_PEOPLE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:players?|young gun|recruits?|under-\d+s|halves|pack|halfback|"
    r"five-eighth|fullback|hooker|props?|winger|forwards?|No\.\s?\d+|jersey|roster|"
    r"squad|captain|coach|fans|supporters)\b"
)
_CAREER_BEFORE = re.compile(
    r"\b(?:contracted to|(?:re-)?sign(?:s|ed|ing)? (?:with|for|by)|"
    r"debut(?:s|ed|ing)? (?:with|for|against)|premiership with|"
    r"(?:stay|stint|future|career|spell|lifeline|tenure) (?:at|with)|"
    r"blow to|picked up by|interest from|released by|(?:take|takes|took|taking) on|"
    r"played|beat|beaten|against)"
    r"\s+(?:the\s+)?$"
)
#: What joins two sides of a list, or two rows of a table of sides.
_JOIN = re.compile(r"(?:\s+and\s+|,\s+(?:and\s+)?|:\s*\d[\d,]*\s+)(?:the\s+)?")
#: A body named by a plural nickname: "the Rovers", "Elmford Rovers" (not "...ss").
_NICKNAME = re.compile(r"(?:^|\s)[A-Z][a-z]+[^s\W]s$")
#: A city this big makes its name the city's (or its club's) as often as a region's.
_BIG_CITY = 100_000


def club_sides(mentions: list[Mention], text: str, towns: set[str], known: set[str]) -> set[str]:
    """Those of ``towns`` (names read as towns, not yet sides) that the article names as
    sides; ``known`` holds the towns already read as sides."""
    if not towns:
        return set()
    sides = {m.text for m in mentions if m.text in towns and _side_at(m, text)}
    sides |= _players_clubs(mentions, text, towns)
    sides |= _listed(mentions, text, towns, sides | known)
    if sides:  # the cues first: they cost less than what follows
        sides -= _people_words(mentions)
        sides = {t for t in sides if not _region_namesake(t)}
    return sides if sides and _sports_copy(text) else set()


def _sports_copy(text: str) -> bool:
    """A league's initials or a football code's position, or three of the different
    words or scores of :data:`index.extract.region_sense.SPORTS_REPORT`: one alone ("the
    coach", "a league table") is often in other copy."""
    if _SPORTS_WORDS.search(text):
        return True
    return len({w.lower() for w in SPORTS_REPORT.findall(text)}) >= 3


def _people_words(mentions: list[Mention]) -> set[str]:
    """The words of the names of people the article names in full: a town's name that is
    one of them is the person's ("Nunez beat Tarnbury", "a letter to Tarnbury")."""
    return {w for m in mentions if m.type == PERSON and " " in m.name for w in m.name.split()}


@lru_cache(maxsize=1 << 12)
def _region_namesake(surface: str) -> bool:
    """A region of the gazetteer has this name and no city of it is big: such a name in
    sports copy is the region's side, a national or a state side that stays the place
    (:mod:`index.extract.sports`), more often than a town's club."""
    candidates = load_gazetteer().candidates(fold_text(surface))
    if not any(c.place.kind == REGION for c in candidates):
        return False
    return not any(c.place.kind == CITY and c.place.population >= _BIG_CITY for c in candidates)


def _side_at(m: Mention, text: str) -> bool:
    start, end = m.start, m.end
    before = text[start - 40 if start > 40 else 0 : start]
    if _PLURAL_VERB.match(text, end) and not _NOT_SUBJECT.search(before):
        return True
    return bool(_PEOPLE_AFTER.match(text, end) or _CAREER_BEFORE.search(before))


def _players_clubs(mentions: list[Mention], text: str, towns: set[str]) -> set[str]:
    """Towns in brackets right after a player's name: a team list's club ("Jo Hale
    (Tarnbury)")."""
    found = set()
    for person, town in zip(mentions, mentions[1:], strict=False):
        if (
            person.type == PERSON
            and town.text in towns
            and text[person.end : town.start] == " ("
            and text.startswith(")", town.end)
        ):
            found.add(town.text)
    return found


def _listed(mentions: list[Mention], text: str, towns: set[str], sides: set[str]) -> set[str]:
    """Towns listed beside a side, or beside a town so found (a table's rows, in either
    order). Each joined pair is read once and each town found once: linear in the
    mentions, where reading the pairs again until no more are found costs a pass a row."""
    ordered = sorted(mentions, key=lambda m: m.start)
    seeds: list[str] = []  # towns listed beside a side
    waiting: dict[str, set[str]] = {}  # a name -> the towns listed beside it
    for left, right in zip(ordered, ordered[1:], strict=False):
        if not _JOIN.fullmatch(text, left.end, right.start):
            continue
        for town, other in ((left, right), (right, left)):
            if town.text not in towns or town.text in sides:
                continue
            if _is_side(other, sides):
                seeds.append(town.text)
            else:  # a side if the name beside it is found to be one
                waiting.setdefault(other.text, set()).add(town.text)
    found: set[str] = set()
    while seeds:
        name = seeds.pop()
        if name not in found:
            found.add(name)
            seeds.extend(waiting.pop(name, ()))
    return found


def _is_side(m: Mention, sides: set[str]) -> bool:
    """A town read as a side, or a body named by a nickname or by a town's name alone."""
    if m.text in sides:
        return True
    if m.type != ORG:
        return False
    return town_name(m.text) or (_NICKNAME.search(m.text) is not None and _nickname(m.text))


@lru_cache(maxsize=1 << 12)
def _nickname(name: str) -> bool:
    """The last word of ``name`` is no place's name ("Rovers", not "Arkansas")."""
    return not load_gazetteer().candidates(fold_text(name.rpartition(" ")[2]))
