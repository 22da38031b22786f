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

Applied by :func:`index.extract.recognise.recognise` to its drafts.
"""

from __future__ import annotations

import re

from index.extract.gazetteer import Gazetteer
from index.extract.linking import Draft
from index.names import fold_name, name_key
from index.records import ORG, PERSON

_NATIONAL_NOUNS = ("woman", "women", "man", "men")
_COORDINATED = re.compile(r"[A-Z][a-z]+ and[ \t]+$")
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


def no_body(text: str, draft: Draft, gaz: Gazetteer) -> bool:
    """A one-word organisation or person draft that is a nationality word or a word of
    a coordinated portfolio (see the module docstring), linked to no fuller name."""
    if draft.type not in (ORG, PERSON) or len(draft.tokens) != 1:
        return False
    if draft.entity_id != name_key(draft.text):
        return False  # a short form of a name of the article ("British" for its airline)
    return nationality_word(draft.text, gaz) or portfolio_word(text, draft.start, draft.end)
