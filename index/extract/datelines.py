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
"""

from __future__ import annotations

import re
from datetime import date

from index.extract.mentions import DAY, date_or_none, extract_dates, month_number
from index.months import MONTH_PATTERN

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
