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

Applied by :func:`index.extract.recognise.recognise` to its drafts.
"""

from __future__ import annotations

import re

from index.extract.gazetteer import Gazetteer
from index.extract.linking import Draft
from index.extract.people import known_org
from index.names import fold_name, name_key
from index.records import ORG, PERSON

_NATIONAL_NOUNS = ("woman", "women", "man", "men")
_COORDINATED = re.compile(r"[A-Z][a-z]+ and[ \t]+$")
_EVENT_HEADS = frozenset("show shows fair expo exhibition festival awards summit".split())
_DIVISIONS = frozenset("league division".split())
_NUMBERS = frozenset("one two three four five 1 2 3 4 5".split())
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
        and _COORDINATED.search(text, max(0, start - 40), start)
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
