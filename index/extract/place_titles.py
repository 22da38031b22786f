"""A place in a church, noble or royal title ("the Archbishop of Westminster", "the Prince
of Wales", "the Duke of Edinburgh", "the Queen of England") is part of the title, not a
place the article is about.

Such a title names a person (or a see or a peerage) after a place, and news text
writes it wherever that person turns up: an article about the Archbishop of Cardiff's
sermon or the Duke of Edinburgh's award is no article about Cardiff or Edinburgh. A
place right after a title word and "of" is dropped; the title's holder is whatever else
the article names; so is a life peer's designation after the peer's name ("Lord
Nicholls of Birkenhead", "Baroness Smith of Tarnley"). Mayors, governors and ministers
"of" a place are left alone: their office is the place's own ("the Lord Mayor of
London"); so is a baron's without a name between, "Baron" being a surname too ("Peter
Baron of West Germany"), as is a King or Queen who is a surname ("Angus King of
Maine").
"""

from __future__ import annotations

import re

from index.extract.words_before import ends_with_word
from index.records import PLACE, Mention

_TITLE_OF = re.compile(
    r"\b(?:[Aa]rch)?[Bb]ishops?\s+of\s+$|"
    r"\b(?:Duke|Duchess|Prince|Princess|Earl|Countess|Marquess|Marchioness|Viscount|"
    r"Viscountess)\s+of\s+$|"
    # a life peer's territorial designation: "Lord Nicholls of Birkenhead", not the
    # offices a lord holds ("the Lord Mayor of London")
    r"\b(?:Lord|Lady|Baroness|Baron)\s+(?!(?:Mayor|Mayoress|Chancellor|Chief|Provost|"
    r"Lieutenant|President|Advocate|Justice|Privy|High)\b)[A-Z][\w'’-]+\s+of\s+$"
)
#: A monarch's title after a small word or a comma, not a surname ("Angus King of Maine").
_MONARCH_OF = re.compile(
    r"(?:(?<![\w'’])(?:[a-z][\w'’]*|The|A)|[,;(])\s+(?:[Kk]ing|[Qq]ueen)\s+of\s+$"
)
_WINDOW = 40


def without_title_places(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the places that are part of a church or noble title."""
    return [
        m
        for m in mentions
        if not (
            m.type == PLACE
            and ends_with_word(text, m.start, ("of",), _WINDOW)
            and _in_title(text, m.start)
        )
    ]


def _in_title(text: str, start: int) -> bool:
    window = max(0, start - _WINDOW)
    if _TITLE_OF.search(text, window, start):
        return True
    near = text[max(0, start - 12) : start]
    return ("ing" in near or "een" in near) and bool(_MONARCH_OF.search(text, window, start))
