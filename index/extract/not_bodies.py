"""Words the rules read as an organisation or a person that no news text uses as one.

* **A nationality word** alone: a demonym ("British" of "a British company", "best
  British group"), its plural ("Germans") or the noun of a national ("Irishman",
  "Frenchwoman"). Organisation nouns after it ("company", "group") made the rules sure
  of it; the tagger's own spans of such words are dropped in
  :mod:`index.extract.vetting` already. A word given the id of a fuller name of the
  article ("British" for "British Airways") is that name and stays.
* **A word of a coordinated portfolio**: "Economy and Labour Minister", "Social Affairs
  and Labour Minister": a word after a capitalised word and "and" and right before a
  title's head word is part of the title, not the party or body the word also names.
  "Labour MP" and "Labour Minister" alone (the party's) stay, and so does an acronym,
  which names the body whose title follows ("USDA Secretary"); a comma is no
  coordination here ("the Grains Association, USDA Secretary Lyng": a list).
* **An event or a division named with a body's word**: a name the rules read as an
  organisation by an inner word ("Consumer Electronics Show": "Electronics") whose last
  word names an event (show, fair, expo, exhibition, festival, awards, summit), or a
  league word and a number ("League One", "Division Two"), is a competition or an
  event, not a body (the rule of :func:`index.extract.recognise._unnamed_events` needs
  the tagger to read MISC; these words say it alone). A name of the shipped
  organisation list stays.

Applied by :func:`index.extract.recognise.recognise` to its drafts. One more, on the
article's mentions (:func:`events_by_cue`, applied by :func:`index.extract.lone_names.vet`):

* **A recurring event** written as one: a name of two words or more read as an
  organisation, right after "this", "next", "last", "entire", "whole" or "year's" /
  "season's" and closing its clause ("winning this Tarn Cup Series.", "miss the entire
  Tarn Nations.", "last year's Elmford Film Festival,"), is an event or a period in the
  article, not a body: its mentions go. News text writes a body after these words with
  a noun after it ("this Tarn Party conference"), and one-word names are left alone
  ("the next Parliament." is a term of the body). A name of the shipped organisation
  list stays.
"""

from __future__ import annotations

import re

from index.extract.gazetteer import Gazetteer, load_gazetteer
from index.extract.linking import Draft
from index.extract.people import known_org
from index.extract.words_before import reach_back
from index.names import fold_name, name_key
from index.records import ORG, PERSON, Mention

_NATIONAL_NOUNS = ("woman", "women", "man", "men")
_COORDINATED = re.compile(r"[A-Z][a-z]+ and[ \t]+$")
_EVENT_HEADS = frozenset("show shows fair expo exhibition festival awards summit".split())
_DIVISIONS = frozenset("league division".split())
_NUMBERS = frozenset("one two three four five 1 2 3 4 5".split())
_RECURRING = re.compile(
    r"(?:\b(?:[Tt]his|[Nn]ext|[Ll]ast|[Ee]ntire|[Ww]hole)|\b(?:year|season)['’]s)[ \t]+\Z"
)
_CLAUSE_END = re.compile(r"\s*[.,;:!?]")
_TITLE_AFTER = re.compile(r"[ \t]+(?:Minister|Secretary|Ministry|Department)\b")


def nationality_word(word: str, gaz: Gazetteer) -> bool:
    """``word`` is a demonym, a demonym's plural or a national's noun ("Irishman")."""
    folded = fold_name(word)
    demonyms = gaz.demonyms
    if folded in demonyms or (folded.endswith("s") and folded[:-1] in demonyms):
        return True
    for noun in _NATIONAL_NOUNS:
        if folded.endswith(noun) and folded[: -len(noun)] in demonyms:
            return True
    return False


def portfolio_word(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is coordinated into a title ("Economy and Labour
    Minister"): a capitalised word and "and" before it, a title's head word after it;
    never an acronym ("USDA Secretary")."""
    return bool(
        _TITLE_AFTER.match(text, end)
        and not text[start:end].isupper()
        and _COORDINATED.search(text, reach_back(start, 40), start)
    )


def event_name(tokens: tuple[str, ...]) -> bool:
    """The words name an event ("Consumer Electronics Show") or a division ("League
    One")."""
    last = tokens[-1].lower()
    if last in _EVENT_HEADS:
        return True
    return len(tokens) == 2 and tokens[0].lower() in _DIVISIONS and last in _NUMBERS


def no_body(text: str, draft: Draft, gaz: Gazetteer) -> bool:
    """An organisation or person draft that is a nationality word, a word of a
    coordinated portfolio linked to no fuller name, or an event's or a division's name
    (see the module docstring)."""
    if draft.type not in (ORG, PERSON):
        return False
    if len(draft.tokens) != 1:
        return draft.type == ORG and event_name(draft.tokens) and known_org(draft.text, gaz) is None
    if draft.entity_id != name_key(draft.text):
        return False  # a short form of a name of the article ("British" for its airline)
    return nationality_word(draft.text, gaz) or portfolio_word(text, draft.start, draft.end)


def events_by_cue(mentions: list[Mention], text: str) -> set[str]:
    """Texts of organisations of two words or more that the article writes as a
    recurring event ("this Tarn Cup Series."; module docstring)."""
    found = set()
    for m in mentions:
        if m.type != ORG or " " not in m.text or m.text in found:
            continue
        cued = _RECURRING.search(text, reach_back(m.start, 20), m.start)
        if cued and _CLAUSE_END.match(text, m.end):
            found.add(m.text)
    gaz = load_gazetteer() if found else None
    return {t for t in found if gaz is not None and known_org(t, gaz) is None}
