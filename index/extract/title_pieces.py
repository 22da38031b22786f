"""Pieces of a work's title read as a name: no entity.

A show's, film's or book's title in title case holds words that prose writes in small
letters, and the rules cut it where they meet one of those words or a calendar word,
leaving a piece that reads as a name:

* a weekday and "Night" open the title of a show or an event
  ("Saturday Night Live", "Monday Night Football", "Friday Night Lights"); the weekday
  is cut off as a day, and the rest ("Night Live") is no person or organisation;
* a capitalised "With" after a name, inside a sentence, carries on a title ("Keeping Up
  With the Kardashians", "Dancing With the Stars"): prose writes "with"; the name before
  it is a piece of the title. A headline in title case writes "With" too and is left
  alone.
"""

from __future__ import annotations

from index.extract.lines import short_line
from index.records import ORG, PERSON, Mention

_TIMES_OF_DAY = ("Night ",)
_WEEKDAYS = ("Monday ", "Tuesday ", "Wednesday ", "Thursday ", "Friday ", "Saturday ", "Sunday ")
_WITH = (" With the ", " With The ", " With a ", " With A ")
_NAMES = (PERSON, ORG)


def without_title_pieces(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the people and organisations that are pieces of a title."""
    if "Night " not in text and " With " not in text:
        return mentions  # searches in C, before any Python loop
    return [m for m in mentions if m.type not in _NAMES or not _piece(m, text)]


def _piece(m: Mention, text: str) -> bool:
    if m.text.startswith(_TIMES_OF_DAY):
        return text.endswith(_WEEKDAYS, max(0, m.start - 10), m.start)
    return text.startswith(_WITH, m.end) and not _title_case_line(text, m.start)


def _title_case_line(text: str, at: int) -> bool:
    """The line holding ``at`` capitalises nearly all its words (a headline)."""
    line = short_line(text, at)  # None: a line too long for a headline
    words = [w for w in (line or "").split() if w[:1].isalpha()]
    return sum(w[0].isupper() for w in words) > 0.85 * len(words) > 0
