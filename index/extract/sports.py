"""A club named after its town carries its sport: "Newcastle (football)".

Reports name a club by its town alone ("came on against Newcastle"), and one town's
clubs in different sports share that name: Newcastle United and Newcastle Falcons,
Leicester City and Leicester Tigers are "Newcastle" and "Leicester" in football and
rugby reports alike. So an organisation read as a town's bare name (no fuller name in
the article, "Newcastle United", and no surname of a person it names) takes the sport of
the article it is read in, when the article's words show one sport: a football report
writes of strikers, midfielders, goalkeepers and cups, a rugby report of tries, scrums,
fly-halves and line-outs. An article that shows neither sport, or both, leaves the name
as it is. (A country's or world region's name is left alone: national teams are named
by their country and stay as read.)

The surface stays the mention's text, so ``--org Newcastle`` still finds every club and
the value shows which one each is.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from index.extract.gazetteer import CITY, COUNTRY, WORLD, load_gazetteer
from index.names import fold_text, name_key
from index.records import ORG, PERSON, Mention

#: Words of one sport's reports that the other's rarely use.
_SPORTS = (
    (
        "football",
        re.compile(
            r"\b(?:strikers?|midfield(?:ers?)?|goalkeepers?|centre-half|(?<!-)keeper|"
            r"FA Cup|Champions League|Uefa Cup|Premier League|Carling Cup|Scottish Cup|"
            r"free-kick|offside|clean sheet|equaliser|goalless)\b"
        ),
    ),
    (
        "rugby",
        re.compile(
            r"\b(?:rugby|tries|try-line|scrums?|scrum-half|fly-half|line-?outs?|flankers?|"
            r"Six Nations|Heineken Cup|Tri-Nations|Super 12|sin-bin(?:ned)?)\b"
        ),
    ),
)
#: A sport's words must outnumber the other's this many times over, and be two or more.
_CLEAR = 3


def with_sports(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with each club read as its town's bare name qualified by the sport
    of the article, where the article shows one."""
    clubs = [m for m in mentions if _bare_org(m) and town_name(m.text)]
    if clubs:
        surnames = {m.name.split()[-1] for m in mentions if m.type == PERSON}
        clubs = [m for m in clubs if m.text not in surnames]
    if not clubs:
        return mentions
    sport = article_sport(text)
    if sport is None:
        return mentions
    names = {m.text for m in clubs}
    return [_qualified(m, sport) if _bare_org(m) and m.text in names else m for m in mentions]


def _bare_org(mention: Mention) -> bool:
    return mention.type == ORG and mention.name == mention.text


@lru_cache(maxsize=1)
def article_sport(text: str) -> str | None:
    """The one sport whose words ``text`` uses, clearly more than another's, or None.
    Memoised for the article being read: the club, sport and "Europe" passes each ask."""
    counts = sorted(((len(words.findall(text)), sport) for sport, words in _SPORTS), reverse=True)
    (most, sport), (runner_up, _) = counts[0], counts[1]
    return sport if most >= 2 and most >= _CLEAR * runner_up else None


def _qualified(mention: Mention, sport: str) -> Mention:
    name = f"{mention.name} ({sport})"
    return dataclasses.replace(mention, name=name, entity_id=name_key(name))


@lru_cache(maxsize=1 << 12)
def town_name(surface: str) -> bool:
    """``surface``, not written in capitals, is the own name of a town of the gazetteer
    and of no country or world region."""
    if surface.isupper() or not surface[:1].isupper():
        return False
    candidates = load_gazetteer().candidates(fold_text(surface))
    kinds = {c.place.kind for c in candidates}
    town = any(c.primary and c.place.kind == CITY for c in candidates)
    return town and not kinds & {COUNTRY, WORLD}
