"""The publication date an article states about itself, near its start.

``find_publication_date(title, body, year_hint)`` looks, in this order, for:

1. a marker line ``date 2020-01-27`` at the start of the title or body;
2. a "Published 20 August 2019" (or "Posted"/"Updated") line among the first
   lines of the body;
3. a wire dateline opening the body: "CLEVELAND, Feb 26 -",
   "LONDON, March 3 (Reuter) -", "WASHINGTON, Aug. 20, 2019 (AP) --" (the month in
   any case: "omaha, APril 7 -"). Without a
   year in it, the year comes from year_hint, and without a hint there is no date;
4. a photo-caption date among the first lines: "..., Britain, Aug. 20, 2019."
   (a full date after a comma or a place name, ending a sentence that is
   followed by the end of the line or a credit such as "REUTERS/").

Dates elsewhere in the text are events, not the publication date; see
``index.extract.mentions.estimate_publication_date`` for an estimate from them.

``without_stamps(text)`` is the text without the stamps saying when and where it
was filed or printed: a dated dateline at its head (a place in capitals or title
case, a date, an optional source in parentheses, then ":" or a dash:
"ISLAMABAD, Sep 04 (APP):", "NEW YORK, March 3 -") and closing lines
saying where or when it was published ("Published in Dawn, September 5th, 2025",
"First published on 3 May 2024", "This article was first published by ...").
A paper's copy of a wire story restamps both; they say nothing of the story. A
dateline without a date ("NEW YORK (Reuters) -", "LAHORE:") is kept: where a story
was filed from can tell two stories apart.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from index.extract.mentions import DAY, MONTH_PATTERN, date_or_none, extract_dates, month_number

_LEAD_LINES = 3
_LEAD_CHARS = 600

_MARKER = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})\b")
_PUBLISHED = re.compile(
    r"^[ \t]*(?:First\s+)?(?:[Pp]ublished|[Pp]osted|[Uu]pdated|PUBLISHED|UPDATED)(?:\s+on)?:?[ \t]+"
    r"(?P<rest>[^\n]{1,80})",
    re.MULTILINE,
)
_DATELINE = re.compile(
    rf"""\A\s*
    (?P<place>[A-Za-z][A-Za-z.'&\- ]{{1,40}}?(?:,\s*[A-Za-z][A-Za-z.'&\- ]{{1,30}}?)?),\s+
    (?:(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)[a-z]*\.?,?\s+)?
    (?P<month>(?i:{MONTH_PATTERN}))\s*(?P<day>[0-3]?\d)(?!\d)
    (?:,?\s+(?P<year>(?:19|20)\d\d))?
    \s*(?:\([^)\n]{{1,40}}\)\s*)?
    (?:-|--|\u2013|\u2014|/)""",
    re.VERBOSE,
)
_FULL_DATE = (
    rf"(?:{MONTH_PATTERN}\s*[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|[0-3]?\d(?:st|nd|rd|th)?\s+{MONTH_PATTERN},?\s+(?:19|20)\d\d)"
)
_CAPTION = re.compile(
    rf"(?:,|\b[A-Z][A-Za-z]+)\s+(?P<date>{_FULL_DATE})\."
    r"(?=[ \t]*(?:\n|\Z)|\s+(?:[A-Z]{2,}|(?:File\s+)?[Pp]hoto))"
)


def find_publication_date(title: str, body: str, year_hint: int | None = None) -> date | None:
    """The publication date stated at the start of an article, or None."""
    for text in (title, body):
        marker = _MARKER.match(text)
        if marker:
            found = date_or_none(*(int(part) for part in marker.groups()))
            if found is not None:
                return found
    lead = _lead_lines(body)
    return _published_line(lead) or _dateline(body, year_hint) or _caption(lead)


def _lead_lines(body: str) -> str:
    """The first few non-empty lines of the body, at most _LEAD_CHARS long."""
    lines = [line for line in body[: _LEAD_CHARS * 2].splitlines() if line.strip()]
    return "\n".join(lines[:_LEAD_LINES])[:_LEAD_CHARS]


def _first_full_date(text: str) -> date | None:
    for mention in extract_dates(text, None):
        if mention.granularity == DAY and not mention.relative:
            return mention.value
    return None


def _published_line(lead: str) -> date | None:
    found = _PUBLISHED.search(lead)
    return _first_full_date(found.group("rest")) if found else None


def _dateline(body: str, year_hint: int | None) -> date | None:
    found = _DATELINE.match(body)
    if found is None:
        return None
    year = int(found.group("year")) if found.group("year") else year_hint
    if year is None:
        return None
    return date_or_none(
        year, month_number(found.group("month").capitalize()), int(found.group("day"))
    )


def _caption(lead: str) -> date | None:
    found = _CAPTION.search(lead)
    return _first_full_date(found.group("date")) if found else None


# The place of a head dateline: up to four words in capitals or title case, a
# region after a comma ("ST. PAUL, Minn."); then a date (month and day
# either way round, a weekday before, a year after), an optional source in
# parentheses, and the ":" or dash that ends the dateline.
_WORD = r"[A-Z][A-Za-z.'&\-]*"
_STAMP_DATE = (
    rf"(?:(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:(?i:{MONTH_PATTERN})\s*[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:st|nd|rd|th)?\s+(?i:{MONTH_PATTERN}))"
    rf"(?!\d)(?:,?\s+(?:19|20)\d\d)?"
)
_HEAD_STAMP = re.compile(
    rf"""\A\s*{_WORD}(?:[ ]{_WORD}){{0,3}}(?:,[ ]{_WORD}(?:[ ]{_WORD}){{0,2}})?
    ,\s+{_STAMP_DATE}
    \s*(?:\([^)\n]{{1,40}}\)\s*)?
    (?::(?=\s|[A-Z])\s*|\s-{{1,2}}\s|\s*[\u2013\u2014]\s*)""",
    re.VERBOSE,
)
# A closing print line: "Published in X, <date>", "First published on <date>",
# "Updated <date>": after its first word only names, figures, a date and the small
# words of a stamp ("Published figures show ..." is a sentence of the story); or
# "This article was first published ...".
_STAMP_WORDS = r"(?:in|on|by|at|am|pm|a\.m\.|p\.m\.|st|nd|rd|th|of|the)"
_CLOSING = re.compile(
    rf"""(?:(?:(?:First|Originally|Last)\s+)?(?i:published|posted|updated|printed)
    (?=[^\n]*?(?:(?i:{MONTH_PATTERN})|\b(?:19|20)\d\d\b))
    (?:[\s,:|\-]+(?:{_STAMP_WORDS}\b|[A-Z0-9][^\s,]*|[(][^)\n]*[)]))*[\s.]*
    |This\s+(?:article|story|report)\s+(?:was|has\s+been|first\s+appeared)\b[^\n]{{0,140}})""",
    re.VERBOSE,
)
_CLOSING_LINES = 3  # the last lines looked at for a closing print line


@lru_cache(maxsize=4096)
def without_stamps(text: str) -> str:
    """text without its head dateline and its closing print lines (the module
    docstring): the stamps a paper or an agency puts on a story, not
    particulars of it."""
    head = _HEAD_STAMP.match(text)
    if head is not None and head.end() < len(text):
        text = text[head.end() :]
    lines = text.rstrip().split("\n")
    for _ in range(_CLOSING_LINES):
        if len(lines) < 2 or not _CLOSING.fullmatch(lines[-1].strip()):
            break
        lines.pop()
        while len(lines) > 1 and not lines[-1].strip():
            lines.pop()
    return "\n".join(lines)
