"""A state or province read as an organisation is the place, outside sports reports.

The tagger learnt from newswire whose sports pages name college and provincial teams
by their state or province ("Wisconsin defeated Oregon 61-58"), and it reads a lone
region's name as an organisation in other copy too: "sawmill in Pendleton, Oregon",
"northern Quebec", "Texas and Oklahoma reported gains", "salmon caught off Oregon".
So a draft typed as an organisation whose surface is the own name of a first-level
region of the gazetteer becomes that place, unless:

- the article reads as a sports report (a score such as "61-58", or a word that only
  sports copy uses: coach, playoffs, quarterfinal, touchdown, innings, NCAA), where
  the region may well be a team;
- the article names no other place in the region's country (the evidence a small
  town needs too; the region's own name, read as a place elsewhere, does not count):
  "France's Cesar film awards" are no department of Colombia;
- the name is an organisation of the shipped list, or an organisation noun follows
  it ("the Quebec utility"), or it says or reports something ("Granma said", a
  newspaper);
- the article names an organisation that opens with the region's name ("Michigan
  General ... Michigan's losses"): there the lone name is its short form.

Only names in ordinary capitals are read so ("TEXAS" in a headline, "SUD", "GAO" are
left as they are), and not a common word ("Delta", "Gulf"), nor a region that shares
its name with a city of 100,000 people or more (Liverpool, Leicester, Quebec): such a
name is a club's or the city's at least as often.

A one-word name just before such a region and its comma ("from Hartpury,
Gloucestershire") is a town the gazetteer does not know, not a person: it is left
unclaimed, as it was while the region read as a company.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.extract.gazetteer import CITY, REGION, Gazetteer, Place, load_gazetteer
from index.extract.linking import Draft, unclaim
from index.extract.people import known_org, org_noun_follows
from index.extract.places import PlaceMatch
from index.extract.rules import place_draft
from index.names import fold_text
from index.records import ORG, PERSON, PLACE

#: A city this big makes its name the city's (or its club's) as often as the region's.
_CITY = 100_000

#: A score ("61-58", not "3-1/8" or "2023-03-23"), a results line ("Texas 10 CLEVELAND
#: 8") or a table row of small counts ("Essex 13 7 2 4 45"), or a word only sports
#: copy uses.
SPORTS_REPORT = re.compile(
    r"(?<![\d/-])\b\d{1,3}-\d{1,3}(?![\d/-])|"
    r"^[^\S\n]*[A-Z][^\d\n]{0,30}[^\S\n]\d{1,3}[^\S\n]+[A-Z][^\d\n]{0,30}[^\S\n]\d{1,3}\b|"
    r"^[^\S\n]*(?:\d{1,2}\.[^\S\n]*)?[A-Z][^\d\n]{0,30}(?:[^\S\n]+\d{1,3}){4,}[^\S\n]*$|"
    r"\b(?:coach(?:es|ed)?|playoffs?|quarter-?finals?|semi-?finals?|touchdowns?|"
    r"quarterbacks?|innings|wickets?|pitchers?|halftime|half-time|teammates?|"
    r"goalkeepers?|strikers?|midfielders?|rebounds|seeded|tournament|bowlers?|batsm[ae]n|"
    r"cricket|soccer|baseball|basketball|rugby|hockey|"
    r"NCAA|NBA|NFL|NHL|MLB|league|[Cc]up|championships?|Olympics?|squad)\b",
    re.MULTILINE,
)


@lru_cache(maxsize=1)
def sports_report(text: str) -> bool:
    """Whether ``text`` reads as a sports report (:data:`SPORTS_REPORT`); memoised for
    the article being read, which two steps ask about."""
    return SPORTS_REPORT.search(text) is not None


#: A verb of saying right after the name: a body or a newspaper speaks, a region not.
_SAYS = re.compile(r"(?:'s)?\s+(?:said|says|reported|reports|told|announced)\b")


def regions_as_places(text: str, drafts: list[Draft], gaz: Gazetteer) -> None:
    """Organisation drafts that name a state or province become the place, in place
    (see the module docstring)."""
    found = [
        (k, place) for k, d in enumerate(drafts) if d.type == ORG and (place := _region_of(d.text))
    ]
    if not found or sports_report(text):
        return
    openings = {d.tokens[0] for d in drafts if d.type == ORG and len(d.tokens) > 1}
    named = {(d.country, d.text) for d in drafts if d.type == PLACE and not d.small_place}
    for k, place in found:
        draft = drafts[k]
        if draft.text in openings or not any(c == place.cc and t != draft.text for c, t in named):
            continue
        if _org_by_context(text, draft, gaz):
            continue
        drafts[k] = place_draft(text, PlaceMatch(draft.start, draft.end, place))
        if k and _town_before(text, drafts[k - 1], draft):
            unclaim(drafts[k - 1])


def _town_before(text: str, before: Draft, region: Draft) -> bool:
    """``before`` is a lone name that, with a comma, directly precedes the region."""
    return (
        before.type == PERSON
        and len(before.tokens) == 1
        and text[before.end : region.start] == ", "
    )


@lru_cache(maxsize=1 << 12)
def _region_of(surface: str) -> Place | None:
    """The region an organisation draft's surface, in ordinary capitals, is the own
    name of, when the gazetteer prefers it above any other place of that name.
    Memoised: asked of every organisation of every article, and names recur."""
    if surface.isupper() or not surface[:1].isupper() or len(surface) < 4:
        return None
    gaz = load_gazetteer()
    candidates = gaz.candidates(fold_text(surface))
    if not candidates or surface.lower() in gaz.common_words:
        return None
    best = candidates[0]
    if not (best.primary and best.exact is None and best.place.kind == REGION):
        return None
    if any(c.place.kind == CITY and c.place.population >= _CITY for c in candidates):
        return None
    return best.place


def _org_by_context(text: str, draft: Draft, gaz: Gazetteer) -> bool:
    """The shipped list, an organisation noun after it, or a verb of saying."""
    return (
        known_org(draft.text, gaz) is not None
        or org_noun_follows(text, draft.end)
        or bool(_SAYS.match(text, draft.end))
    )
