"""In a sports report, a state or province named as a side is the team, not the place.

College and provincial sides are named by their state or province: "the Huskies routed
Arkansas by 23", "Minnesota defeat St. Cloud State 4-1", "eight rebounds for Oregon",
"Victoria were all out for 212". The tagger reads most of these as the place, so the
place facet of a sports query filled with states that no article is about. Here, in an
article that reads as a sports report (:func:`index.extract.region_sense.sports_report`:
a score, a results line or a word only sports copy uses), a first-level region read as
a place becomes an organisation, the team, when the words around it make it a side:

- a result or a fixture before it: "beat", "defeated", "routed", "edged", "upset",
  "over", "against", "vs", "lost to", "fell to", "for" (a player's figures "for
  Oregon"), "play", "face", "host" (with a seeding such as "top-seeded" between);
- one after it: "beat", "defeated", "won", "lost", "will play", "faces", "led",
  "trailed", "scored", a score ("Oregon 61-58", "Texas 10"), "coach" ("Minnesota head
  coach"), "'s players";
- or a list with such a side ("wins over Illinois and top-seeded Kansas").

A name so read once is the team throughout the article ("Minnesota's goalie"), unless
the article also names it as a place ("fans in Minnesota"): then only the mentions with
a side's cue are.

A name after "in", "from" or "of" is the place, as is one that qualifies the word after
it ("a tender offer for Indiana corporations"). A name in capitals (a headline, a
table) is left as read, and so are countries and the nations inside one (England,
Scotland, Wales), whose national sides stay as read (:mod:`index.extract.sports`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter

from index.extract.gazetteer import CITY, REGION, data_rows
from index.extract.linking import Draft
from index.extract.region_sense import sports_report
from index.names import name_key
from index.records import ORG, PLACE

_SEEDING = r"(?:No\.\s*\d+\s+|(?:top|\d+(?:st|nd|rd|th))-seeded\s+)?"
_SIDE_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeat(?:s|ed|ing)?|rout(?:s|ed|ing)?|edg(?:e|es|ed|ing)|"
    r"upset|over|against|vs?\.?|versus|lost to|losing to|fell to|for|"
    r"(?:play|fac|host)(?:e|es|ed|ing|s)?)\s+" + _SEEDING + r"$"
)
_SIDE_AFTER = re.compile(
    r"(?:'s\s+(?:coach|players?|defen[cs]e|offen[cs]e|quarterback|bench|starters?)\b|"
    r"(?:'s)?\s+(?:head\s+)?coach\b|"
    r"\s+(?:beat|beats|defeat(?:s|ed)?|rout(?:s|ed)|edged|upset|won|wins|lost|loses|fell|"
    r"will (?:play|face|host)|plays|played|faces|faced|hosts|hosted|led|leads|trailed|"
    r"scored|advanced|\d{1,3}(?:\s*[-–]\s*\d{1,3})?\b))"
)
#: What joins two sides of a list, a seeding allowed before the second.
_LIST_JOIN = re.compile(r"(?: and |, |, and )" + _SEEDING)
_PLACE_BEFORE = re.compile(r"\b(?:in|from|of|across|throughout|near|outside|native)\s+$")
_QUALIFIES = re.compile(r"(?:'s)?\s+([a-z]+)")
#: Words that may follow a side's name ("routed Arkansas by 23", "for Oregon in the
#: final"); another lower-case word after it is one the name qualifies.
_FUNCTION_WORDS = frozenset(
    "by in on at to and or with for from after before during since the a an last this "
    "next when while as but who which that".split()
)


def regions_as_teams(text: str, drafts: list[Draft]) -> None:
    """Region drafts named as sides in a sports report become the teams, in place."""
    regions = [d for d in drafts if d.type == PLACE and d.kind == REGION and not d.text.isupper()]
    if not regions:
        return
    towns = {d.end + 2 for d in drafts if d.type == PLACE and d.kind == CITY}
    sides = [d for d in regions if d.text not in nations() and _named_as_side(text, d, towns)]
    if not sides or not sports_report(text):  # the cues first: they cost less
        return
    places = {d.text for d in regions if _named_as_place(text, d, towns)}
    listed = _listed_with_sides(text, regions, sides)
    named = {d.text for d in sides + listed}
    cued = {id(d) for d in sides + listed}
    for draft in regions:
        if draft.text not in named or draft.text in places and id(draft) not in cued:
            continue
        draft.type, draft.entity_id, draft.name = ORG, name_key(draft.text), draft.text
        draft.country, draft.kind, draft.small_place = None, "", False


def _named_as_side(text: str, draft: Draft, towns: set[int]) -> bool:
    """A side's cue before or after the name, and no place's: "in Texas", "a tender
    offer for Indiana corporations" (a word the name qualifies)."""
    before = text[max(0, draft.start - 40) : draft.start]
    if _named_as_place(text, draft, towns):
        return False
    if _SIDE_AFTER.match(text, draft.end):
        return True
    qualifies = _QUALIFIES.match(text, draft.end)
    return bool(_SIDE_BEFORE.search(before)) and not (
        qualifies and qualifies.group(1) not in _FUNCTION_WORDS
    )


def _named_as_place(text: str, draft: Draft, towns: set[int]) -> bool:
    """A place's cue before the name: "in Texas", a town and its comma ("Portland,
    Oregon"; ``towns`` holds where a region after a town and its comma would start)."""
    if draft.start in towns and text[draft.start - 2 : draft.start] == ", ":
        return True
    return bool(_PLACE_BEFORE.search(text, max(0, draft.start - 40), draft.start))


@lru_cache(maxsize=1)
def nations() -> frozenset[str]:
    """The nations inside a country (England, Scotland, Wales), whose national sides
    stay as read, as countries' do: the "region" rows of country_aliases.tsv."""
    rows = data_rows("country_aliases.tsv")
    return frozenset(row[2] for row in rows if len(row) > 2 and row[1] == "region")


def _listed_with_sides(text: str, regions: list[Draft], sides: list[Draft]) -> list[Draft]:
    """The regions next to a side in a list ("Illinois and top-seeded Kansas")."""
    ordered = sorted(regions, key=attrgetter("start"))
    side = {id(d) for d in sides}
    listed = []
    for k, draft in enumerate(ordered):
        if id(draft) in side:
            continue
        near = [ordered[j] for j in (k - 1, k + 1) if 0 <= j < len(ordered)]
        if any(id(other) in side and _joined(text, draft, other) for other in near):
            listed.append(draft)
    return listed


def _joined(text: str, draft: Draft, side: Draft) -> bool:
    first, second = (draft, side) if draft.start < side.start else (side, draft)
    return _LIST_JOIN.fullmatch(text, first.end, second.start) is not None
