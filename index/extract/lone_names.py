"""Person and place names that the article itself shows to be a company or a product.

A person value stands for a person only through the article: a surname of someone it
names in full, or a name used as people's names are. A name the article also writes the
way news text writes companies and products (the cues of
:mod:`index.extract.thing_cues`: "the Dreamliner", "Boeing 787", "airline Ryanair",
"Northrop Grumman CEO", "GM and Chrysler") is none of those:

* a one-word PERSON mention so written goes, unless the article names a person in full
  whose name ends with (or starts with) that word, or a personal title stands before
  it somewhere in the article ("President Obama" and "the Obama administration");
* a PERSON of several words so written goes ("McDonnell Douglas jets") unless titled;
* a PLACE after a firm noun ("auto company Chrysler", "airline Aer Lingus") goes;
* any of these the article also names as an organisation is that organisation, but a
  one-word name it also writes after a personal title ("President Obama") is the person
  where it reads it as an organisation;
* a name spelled and written as a product ("the iPhone", "iOS 5") goes whatever its
  type, and so do the plural of an abbreviation ("SUVs") and an organisation's name
  before a model or index number ("S&P 500", "Boeing 747") (:mod:`index.extract.products`);
* a given name alone takes the id of the one person named in full with it
  (:mod:`index.extract.first_names`);
* a one-word PERSON written in capitals on a line in capitals (a wire headline:
  "TARNEX PRESIDENT RESIGNS", "GENERAL ELECTRIC SELLS NOTES") that names no person of
  the article in full goes: in a headline every word is capitalised, so a title or a
  given name before a word says nothing of it; a person the headline names by
  surname takes the full name's id from the body and stays;
* a name made only of calendar and number words ("April One": a date a given name
  opens) is none (:func:`index.extract.non_names.period_name`), nor is a company's legal
  suffix alone ("LLC" of "The Washington Times, LLC"), nor a surname alone in "the Foley
  family" (or "the Foley women", "the Foley/Hale family", "Foley family friend"), which
  names the family, not the person the article names in full, nor a
  place's name of one word after a kinship word and a possessive ("his brother, Jordan,
  said"), a relative's given name.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from index.extract.first_names import link_first_names, styled_names
from index.extract.gazetteer import load_gazetteer
from index.extract.non_names import period_name
from index.extract.not_bodies import events_by_cue
from index.extract.products import not_a_name, products, spelled_terms
from index.extract.thing_cues import (
    after_firm_noun,
    ends_as_company,
    listed_with_company,
    occurrences,
    written_as_thing,
)
from index.extract.words_before import ends_with_word, reach_back
from index.names import name_key
from index.records import Mention

_TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir lady lord president senator governor mayor "
    "minister judge justice general colonel captain coach professor prof. rev. father "
    "sister brother saint st. king queen prince princess pope".split()
)
_INNER_CAPITAL = re.compile(r"^[a-z]+[A-Z]")
#: "The" before a surname and "family" after it ("the Foley family", "the Foley women",
#: "the Foley/Hale family"); "family" or "clan" alone needs no "the" ("Foley family
#: friend Jo Hale").
_FAMILY_BEFORE = re.compile(r"(?:^|\W)[Tt]he[ \t]+(?:[A-Z][\w'’]*[ \t]+(?:and|&)[ \t]+)?$")
_OTHER_FAMILY = r"(?:[/-][A-Z][\w'’]*|[ \t]+(?:and|&)[ \t]+[A-Z][\w'’]*)?"
_FAMILY_AFTER = re.compile(
    _OTHER_FAMILY + r"(?:['’]s?)?[ \t]+(?:family|families|clan|clans|household|brothers|"
    r"sisters|siblings|women|men|girls|boys|dynasty|dynasties)\b"
)
_FAMILY_ALONE = re.compile(_OTHER_FAMILY + r"[ \t]+(?:family|families|clan|clans)\b")
#: A couple named by the surname they share: "President and Mrs. Obama", "Mr and Mrs Smith".
_COUPLE_BEFORE = re.compile(
    r"\b(?:Mr|Dr|President|Prince|King|Governor|Gov|Senator|Sen|Rev|Judge|Sir|Lord)\.?"
    r"[ \t]+(?:and|&)[ \t]+(?:Mrs|Lady)\.?[ \t]+$"
)


def _family_name(text: str, m: Mention) -> bool:
    """A name of one word between "the" and "family" ("the Foley family", "the Bush and
    Foley families"), or before "family" alone, or a couple's ("Mr. and Mrs. Foley"):
    the family, not the one person of the name the article names in full, nor a
    namesake place."""
    if " " in m.text:
        return False
    if _FAMILY_ALONE.match(text, m.end) or _couple(text, m.start):
        return True
    return bool(_FAMILY_AFTER.match(text, m.end)) and bool(
        _FAMILY_BEFORE.search(text, reach_back(m.start, 40), m.start)
    )


def _couple(text: str, start: int) -> bool:
    """A couple's title stands before ``start`` ("President and Mrs. Obama")."""
    window = text[start - 8 if start > 8 else 0 : start]  # (reach_back, written out)
    return ("Mrs" in window or "Lady" in window) and bool(
        _COUPLE_BEFORE.search(text, reach_back(start, 30), start)
    )


#: A relative named by a given name after the kinship word ("his brother, Jordan",
#: "Luke's sister Georgia", "their eldest daughter, Florence", "a word of granddaughter
#: Florence": a preposition before a kinship word without an article).
_KIN_BEFORE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|of|with|and|to|by|for|from|about)"
    r"|\w['’]s?)[ \t]+"
    r"(?:(?:younger|elder|older|eldest|oldest|youngest|twin|late|baby|little|big)[ \t]+)?"
    r"(?:brother|sister|son|daughter|wife|husband|mother|father|uncle|aunt|cousin|nephew|"
    r"niece|grandson|granddaughter|grandfather|grandmother|widow|widower|fianc[ée]e?|"
    r"girlfriend|boyfriend|stepson|stepdaughter|stepfather|stepmother)[ \t]*,?[ \t]+$"
)
#: The words :data:`_KIN_BEFORE` ends with, to rule most mentions out without it.
_KIN_WORDS = tuple(
    "brother sister son daughter wife husband mother father uncle aunt cousin nephew niece "
    "grandson granddaughter grandfather grandmother stepson stepdaughter stepfather "
    "stepmother widow widower fiancé fiance fiancée fiancee girlfriend boyfriend".split()
)


def _kin_name(text: str, m: Mention) -> bool:
    """A place's or body's name of one word right after a kinship word and a possessive
    ("his brother, Jordan, said") or a preposition ("with granddaughter Georgia"): a
    relative's given name, not the place."""
    return (
        (m.type == "PLACE" or m.type == "ORG" and not m.text.isupper())
        and " " not in m.text
        and ends_with_word(text, m.start, _KIN_WORDS, 60, blanks=" \t,")
        and bool(_KIN_BEFORE.search(text, reach_back(m.start, 60), m.start))
    )


#: A company's legal suffix read alone ("LLC" of "The Washington Times, LLC"): no name;
#: those that are also a place's abbreviation ("NV", "SA") only where not read as a place.
_LEGAL_SUFFIXES = frozenset("LLC LLP PLC Plc Inc Ltd Corp Co GmbH Pty".split())
_LEGAL_SUFFIXES_OR_PLACES = frozenset("AG NV BV SA".split())


def _legal_suffix(m: Mention) -> bool:
    return m.text in _LEGAL_SUFFIXES or (m.text in _LEGAL_SUFFIXES_OR_PLACES and m.type != "PLACE")


def vet(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` without the people and places the article shows to be things."""
    mentions = _without_non_names(mentions, text)
    people = {  # not a plural's possessive: "the General Workers' Union"
        m.text
        for m in mentions
        if _lone(m) and titled(text, m.start) and text[m.end : m.end + 2] not in ("' ", "’ ")
    }
    mentions = _titled_people(mentions, text, people)
    orgs = {m.text: m for m in mentions if m.type == "ORG"}
    seen = occurrences({m.text for m in mentions if m.type in ("PERSON", "PLACE")}, text)
    mentions = _vet_full_names(mentions, text, orgs, seen)
    mentions = link_first_names(styled_names(mentions, text, load_gazetteer().given_names))
    capitals = _CapitalLines(text)
    mentions = [m for m in mentions if not (_lone(m) and capitals.holds(m))]
    words = {m.text for m in mentions if _lone(m)}
    places = {
        t for t in {m.text for m in mentions if m.type == "PLACE"} if after_firm_noun(t, text, seen)
    }
    if not words and not places:
        return mentions
    mentions = [_as_org(m, orgs[m.text]) if _lone(m) and m.text in orgs else m for m in mentions]
    named = {p for m in mentions if m.type == "PERSON" and " " in m.name for p in _ends(m.name)}
    listed = listed_with_company(mentions, text) if words else set()
    things = {
        w
        for w in words - named - people
        if _INNER_CAPITAL.match(w) or w in listed or written_as_thing(w, text, seen)
    }
    return [
        _as_org(m, orgs[m.text]) if m.text in places and m.text in orgs else m
        for m in mentions
        if not (m.type == "PERSON" and m.text in things and not titled(text, m.start))
        and not (m.type == "PLACE" and m.text in places and m.text not in orgs)
    ]


def _without_non_names(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less products, terms spelled out, events, periods, legal suffixes,
    families and relatives named by a given name."""
    gone = products(mentions, text) | spelled_terms(mentions, text)
    gone |= events_by_cue(mentions, text)
    return [
        m
        for m in mentions
        if m.text not in gone
        and not not_a_name(m, text)
        and not period_name(m.name)
        and not _legal_suffix(m)
        and (" " in m.text or not (_family_name(text, m) or _kin_name(text, m)))
    ]


def _titled_people(mentions: list[Mention], text: str, people: set[str]) -> list[Mention]:
    """A one-word name the article writes once after a personal title ("President
    Obama", "Mr. Obama": ``people``) is that person where it also reads it as an
    organisation ("Obama, Boehner meet on fiscal crisis", a headline)."""
    if not people:
        return mentions
    person = {m.text: m for m in mentions if _lone(m) and m.text in people}
    return [
        replace(m, type="PERSON", entity_id=person[m.text].entity_id, name=person[m.text].name)
        if m.type == "ORG" and m.text in person
        else m
        for m in mentions
    ]


def _ends(name: str) -> tuple[str, str]:
    parts = name.split()
    return parts[0], parts[-1]


def _vet_full_names(
    mentions: list[Mention], text: str, orgs: dict[str, Mention], seen: dict[str, list[int]]
) -> list[Mention]:
    """Persons of several words the article writes as things: an organisation it also
    names is that organisation; any other goes (a titled mention stays)."""
    names = {m.text for m in mentions if m.type == "PERSON" and " " in m.text}
    things = {n for n in names if ends_as_company(n) or written_as_thing(n, text, seen)}
    if not things:
        return mentions
    mentions = [_unlinked(m) if m.name in things and m.text != m.name else m for m in mentions]
    return [
        _as_org(m, orgs[m.text])
        if m.type == "PERSON" and m.text in things and m.text in orgs
        else m
        for m in mentions
        if not (
            m.type == "PERSON"
            and m.text in things
            and m.text not in orgs
            and not titled(text, m.start)
        )
    ]


def _unlinked(mention: Mention) -> Mention:
    """A short form of a name found to be a thing ("Airbus" of "Actual Airbus"), alone."""
    return replace(mention, entity_id=name_key(mention.text), name=mention.text)


def _lone(mention: Mention) -> bool:
    return mention.type == "PERSON" and " " not in mention.name


def _as_org(mention: Mention, org: Mention) -> Mention:
    return Mention(
        mention.start, mention.end, "ORG", mention.text, org.entity_id, org.name, org.country
    )


class _CapitalLines:
    """Which lines of a text are written in capitals, each line read once: a results
    line of a thousand fixtures, each with a league's initials, is read once, not once
    for each of its initials (the per-article work budget)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._breaks: list[int] | None = None  # where the text's line breaks are
        self._verdicts: dict[tuple[int, int], bool] = {}  # a line's extent -> in capitals

    def holds(self, mention: Mention) -> bool:
        """``mention`` is written in capitals on a line whose letters are (nearly) all
        capitals."""
        if not mention.text.isupper():
            return False
        if self._breaks is None:
            self._breaks = [m.start() for m in _LINE_BREAK.finditer(self._text)]
        before = bisect_left(self._breaks, mention.start)
        start = self._breaks[before - 1] + 1 if before else 0
        after = bisect_left(self._breaks, mention.end)
        end = self._breaks[after] if after < len(self._breaks) else len(self._text)
        if (start, end) not in self._verdicts:
            letters = [c for c in self._text[start:end] if c.isalpha()]
            upper = sum(c.isupper() for c in letters)
            self._verdicts[start, end] = upper >= 0.9 * len(letters)
        return self._verdicts[start, end]


_LINE_BREAK = re.compile("\n")


def titled(text: str, start: int) -> bool:
    before = text[reach_back(start, 20) : start].split()
    return bool(before) and before[-1].lower() in _TITLES
