"""A country that an article names only as the first word of longer names is not
counted in that article: "she later told the Chile Observer", "Moreno (Kenya Velocity)
was second", "a Scotland Rovers fan".

A news editor reads a country's facet value as the articles that are about the country
or say something of it. An article whose only words for the country open the name of a
body, a club or a work (a news site, a cycling team, a football club, a record label)
says nothing of the country itself, and counting it there makes the value cover that
body. :mod:`index.extract.countries_in_names` and :mod:`index.extract.names_with_places`
read single mentions that close a name after a small word, "of" or a colon; this rule
reads the article as a whole and takes the country's mentions out of it only where
*every* one of them is followed straight away by another capitalised word that is:

* no title, office, arm or department of government, calendar, compass or period word
  ("Kenya President", "Chile Government", "the Peru Tourism board": things of the
  country), no war, event or team of the country ("the Chile War", "the Kenya Open",
  "England Under-21"), no word of a page's furniture ("India Which way ...");
* no word of another person or place of the article ("Japan South Korea").

The country is written as a word, not as initials ("US Vogue", "U.S. Marshals", "UK
Music": initials before a name say whose it is); a possessive ends the name; and words
mostly in title case around it (a headline, or headlines run together in a page's
furniture) say nothing. An article that also names the country on its own keeps all
its mentions. The UK's four nations, which the gazetteer stores as regions, are read as
countries.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re
from functools import cache

from index.extract.gazetteer import load_gazetteer
from index.extract.overlaps import Overlaps
from index.names import name_key
from index.records import ORG, PLACE, Mention

#: Nations the gazetteer holds as regions of a country, which news names as countries.
_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
#: Words that keep the country beside it: titles and offices, arms, seats and
#: departments of government ("Peru Tourism board", as "Health Canada" in
#: countries_in_names), calendar, compass and period words, words of a sense of the
#: country, and a war or an ordinal of its own ("the Chile War" is an event of the
#: country; "the US Second Amendment" a law of it), its events and teams ("the Kenya
#: Open", "a Wales Students side", "Peru Under-21"), and words of a page's furniture.
_KEEPING = frozenset(
    """president vice prime minister ministers secretary governor mayor king queen prince
    princess senator ambassador envoy chancellor premier general chief leader speaker
    deputy acting former attorney foreign home defence defense finance trade health
    government govt parliament senate congress cabinet treasury ministry department
    embassy consulate high commission army navy air force forces police military coast
    guard border customs supreme court courts federal national state central
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday tonight
    north south east west northern southern eastern western central middle upper lower
    greater inner outer latin mainland modern ancient medieval colonial imperial nazi
    soviet communist red free old new young occupied independent post-war postwar
    the a an and or of in on at to from by with for but yet so if when as while after
    before since then now also even only not no all this that these those there here
    mr mrs ms dr sir lord lady
    health environment revenue agriculture industry transport fisheries statistics
    parks heritage justice tourism
    war wars first second third fourth fifth open classic cup world olympic olympics games
    championship championships masters all-time students agreement archbishop bishop
    which what who copyright""".split()
)
_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w'’&-]*)")
_LETTER_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: The words read on either side of a mention to tell a headline, and how far.
_WORDS = 4
_WINDOW = 80


@cache
def _country_ids() -> frozenset[str]:
    gazetteer = load_gazetteer()
    nations = {f"{name_key(n)}@GB" for n in _NATIONS}
    return gazetteer.country_ids | nations


def without_countries_only_in_names(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the mentions of a country the article names only inside
    longer names."""
    ids = _country_ids()
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == PLACE and m.entity_id in ids:
            groups.setdefault(m.entity_id, []).append(m)
    if not groups:
        return mentions
    others = Overlaps([m for m in mentions if m.type != ORG])
    gone: set[int] = set()
    for group in groups.values():
        if all(_in_name(m, text, others) for m in group):
            gone.update(id(m) for m in group)
    return [m for m in mentions if id(m) not in gone] if gone else mentions


def _in_name(m: Mention, text: str, others: Overlaps) -> bool:
    """``m`` is glued to the capitalised word of a name that follows it, in words that
    are no headline."""
    return _word_after(m, text, others) and not _title_cased(text, m.start, m.end)


def _word_after(m: Mention, text: str, others: Overlaps) -> bool:
    """A capitalised word follows ``m`` straight away that keeps no sense of the country
    and is no word of another person or place."""
    if not all(w[:1].isupper() and w[1:].islower() for w in m.text.split()):
        return False  # initials ("US Vogue", "U.S. Marshals") and capitals say the country
    after = _AFTER.match(text, m.end)
    if after is None:
        return False
    word = after.group(1).lower()
    if word in _KEEPING or word.startswith(("under-", "u-")):
        return False
    return not others.any(after.start(1), after.end(1))


def _title_cased(text: str, start: int, end: int) -> bool:
    """The words around the mention, on its line, are mostly capitalised: a headline,
    or a run of headlines in a page's furniture ("Flood Warning in Chile Rock Star
    Weds ..."), where every word is capitalised whatever it names."""
    lo = start - _WINDOW if start > _WINDOW else 0
    line_start = text.rfind("\n", lo, start) + 1 or lo
    line_end = text.find("\n", end, end + _WINDOW)
    before: list[str] = _LETTER_WORD.findall(text, line_start, start)[-_WORDS:]
    after: list[str] = _LETTER_WORD.findall(text, end, line_end if line_end >= 0 else end + _WINDOW)
    words = before + after[:_WORDS]
    if len(words) < 2:
        return True  # a line of its own: a heading
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised > 0.6 * len(words)
