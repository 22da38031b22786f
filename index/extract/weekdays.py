"""Weekday names in news copy resolved against the publication date, and the
future-tense test that months share (``index.extract.mentions`` finds the words).

- a bare weekday is the most recent such day on or before publication;
- "last Tuesday" is strictly before it, "next Tuesday" strictly after, and
  "this Tuesday" the one in the publication's week (Monday to Sunday);
- a future tense just before ("will meet on Tuesday") or further back in the
  weekday's clause ("said it would release the figures on Friday", "is to be
  opened on Thursday") makes it the first such day on or after publication,
  and keeps "this Tuesday" from falling before it. A past-tense report in
  between ("would offer more than it announced on Monday") or a possessive
  ("would avenge Monday's raids") keeps the past;
- names and recurring days are not dates: "Good Friday", "the Sunday Times",
  "the third Wednesday of each month".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_LEAD_WINDOW = 24
_WEEKDAY_LEAD = re.compile(
    r"\b(?:(?P<step>[Ll]ast|[Nn]ext|[Tt]his)\s+|(?P<named>Good|Black|Super|Ash"
    r"|Easter|Palm|Cyber|Bloody|Holy|Maundy|Shrove|Whit"
    r"|first|second|third|fourth|fifth)\s+)\Z"
)
# A weekday that opens a name rather than a day: "the Sunday Times".
_NAME_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|Tribune|Mail|Star|Night)\b"
)
# A weekday that recurs, or one of a month: "the third Wednesday of each month",
# "the last Sunday in April".
_OF_MONTH = re.compile(
    r"\s+(?:of|in)\s+(?:(?:the|each|every|a)\s+month\b|(?:Jan|Febr)uary|March|April|May"
    r"|June|July|August|September|October|November|December)"
)

# A future tense just before a month or weekday ("will meet on", "is due in",
# "the season begins in").
_FUTURE_LEAD = re.compile(
    r"\b(?:will|shall|'ll|due|scheduled|expected|begins|starts|opens|resumes|expires)"
    r"\s+(?:[\w-]+\s+){0,3}\Z"
)
_FUTURE_WINDOW = 48
# A future tense further back in a weekday's clause: no punctuation, quotation
# mark or line end between it and the weekday.
_FUTURE_CLAUSE = re.compile(
    r"\b(?:will|would|shall|'ll|won't|wouldn't|to\s+be)\s[^,;:.!?()\n\"\u201c\u201d]*\Z"
)
_CLAUSE_WINDOW = 90
_PAST_REPORT = re.compile(
    r"\b(?<!be\s)(?<!been\s)(?:said|announced|told|reported|disclosed|confirmed|stated)\b"
)


def is_future(text: str, start: int) -> bool:
    """Whether a future tense leads up to start ("will meet on", "due in")."""
    return _FUTURE_LEAD.search(text, max(0, start - _FUTURE_WINDOW), start) is not None


def resolve_weekday(text: str, start: int, end: int, published: date) -> tuple[int, date] | None:
    """Where the mention of the weekday text[start:end] starts (with "last",
    "next" or "this") and the day it means, or None when it names no one day."""
    lead = _WEEKDAY_LEAD.search(text, max(0, start - _LEAD_WINDOW), start)
    if lead is not None and lead.group("named"):
        return None
    if _NAME_AFTER.match(text, end) or _OF_MONTH.match(text, end):
        return None
    weekday = WEEKDAY_NAMES.index(text[start:end])
    step = lead.group("step").lower() if lead else ""
    ahead = (weekday - published.weekday()) % 7  # to the next such day, 0 if today
    if step == "next":
        days = ahead or 7
    elif step == "last":
        days = ahead - 7
    elif step == "this":
        days = weekday - published.weekday()
        if days < 0 and _future_clause(text, start, end):
            days += 7
    elif _future_clause(text, start, end):
        days = ahead
    else:
        days = ahead - 7 if ahead else 0
    return (lead.start() if lead else start), published + timedelta(days=days)


def _future_clause(text: str, start: int, end: int) -> bool:
    if is_future(text, start):
        return True
    if text.startswith("'s", end):
        return False
    clause = _FUTURE_CLAUSE.search(text, max(0, start - _CLAUSE_WINDOW), start)
    return clause is not None and not _PAST_REPORT.search(clause.group())
