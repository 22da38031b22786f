"""A weekday's short form before a date, or a weekday in the plural, is a day, no name.

Web pages date their copy "Tue, December 13, 2016", "Sat 5 May 2018" or "Wed., Oct.
4": the short forms of the weekdays read as names ("Tue" a person's, "Sun" a paper's
or a company's). One of them right before a date (a month's name or its short form, or
a day's number), after a comma or a full stop or not, is the weekday. "Sun" and "Sat"
elsewhere ("The Sun reported", "Sat Nav") are left to the other rules. A weekday's
plural alone ("on Fridays and Sundays", "the new Saturdays") is always the days: the
tagger read it as a person's name, having seen the singular only; inside a longer name
("TGI Fridays") it is another mention's word and is not read here.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.records import Mention

#: The weekdays' short forms.
_DAYS = frozenset("Mon Tue Tues Wed Weds Thu Thur Thurs Fri Sat Sun".split())
#: The weekdays in the plural, a name's whole text.
_PLURALS = frozenset(
    f"{day}days" for day in "Mon Tues Wednes Thurs Fri Satur Sun".split()
) | frozenset(f"{day.upper()}DAYS" for day in "Mon Tues Wednes Thurs Fri Satur Sun".split())
#: A date after a weekday's short form: "Tue, December 13", "Sat 5 May", "Wed., Oct. 4".
_DATE_AFTER = re.compile(
    r"\.?,?[ \t]+(?:\d{1,2}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"(?:[a-z]*)\b)"
)


def without_day_abbreviations(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less a weekday's short form before a date and a weekday's plural
    (module docstring)."""
    if not any(m.text in _DAYS or m.text in _PLURALS for m in mentions):
        return mentions
    return [m for m in mentions if not _day(m, text)]


def _day(m: Mention, text: str) -> bool:
    if m.text in _PLURALS:
        return True
    return m.text in _DAYS and _DATE_AFTER.match(text, m.end) is not None
