"""Dates: reading the date values of records and markers, and date periods.

Pure functions shared by the indexer (publication dates) and the query side
(``--since``/``--until`` periods). Dates in article text live in their own
modules and are re-exported here: ``extract_dates`` and
``estimate_publication_date`` (``index.mentions``), ``find_publication_date``
(``index.datelines``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from dateutil import parser as date_parser

from index.datelines import find_publication_date
from index.mentions import DateMention, estimate_publication_date, extract_dates

__all__ = [
    "DateMention",
    "DateValueError",
    "estimate_publication_date",
    "extract_dates",
    "find_publication_date",
    "contained_terms",
    "month_of",
    "parse_date_value",
    "parse_period",
    "parse_period_range",
    "period_term",
]

_NO_YEAR = datetime(1, 1, 1)
_PERIOD = re.compile(r"\A(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\Z")


class DateValueError(ValueError):
    """A date value that cannot be read."""


def parse_date_value(value: str) -> date:
    """The calendar date of a record's date field or a text marker.

    ISO 8601 dates and date-times are read directly; other spellings
    ("20 August 2019", "Aug. 20, 2019", "08/20/2019") go through dateutil.
    """
    text = value.strip()
    if not text:
        raise DateValueError("empty date")
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        parsed = date_parser.parse(text, default=_NO_YEAR).date()
    except (ValueError, OverflowError) as error:
        raise DateValueError(f"cannot read {value!r} as a date") from error
    if parsed.year == _NO_YEAR.year and str(_NO_YEAR.year) not in text:
        raise DateValueError(f"{value!r} has no year")
    return parsed


def parse_period(value: str) -> tuple[date, date]:
    """First and last day of YYYY, YYYY-MM or YYYY-MM-DD."""
    match = _PERIOD.match(value.strip())
    if not match:
        raise DateValueError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        exact = date(year, month, day)
    except ValueError as error:
        raise DateValueError(f"{value!r} is not a valid date ({error})") from error
    return exact, exact


def period_term(start: date, granularity: str) -> str:
    """How a mentioned period is indexed: "2019-08-20", "2019-08" or "2019"."""
    if granularity == "day":
        return start.isoformat()
    if granularity == "month":
        return month_of(start)
    return f"{start.year:04d}"


def contained_terms(first: date, last: date) -> dict[str, tuple[str, str]]:
    """The term ranges, by granularity, of the mentioned periods lying wholly
    inside [first, last]: whole months and whole years only where they fit."""
    ranges = {"day": (first.isoformat(), last.isoformat())}
    month_lo = first if first.day == 1 else _next_month(first)
    month_hi = (
        _month_start(last)
        if _next_month(last) - timedelta(days=1) == last
        else (_month_start(_month_start(last) - timedelta(days=1)))
    )
    if month_lo <= month_hi:
        ranges["month"] = (month_of(month_lo), month_of(month_hi))
    year_lo = first.year if (first.month, first.day) == (1, 1) else first.year + 1
    year_hi = last.year if (last.month, last.day) == (12, 31) else last.year - 1
    if year_lo <= year_hi:
        ranges["year"] = (f"{year_lo:04d}", f"{year_hi:04d}")
    return ranges


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def parse_period_range(value: str) -> tuple[date, date]:
    """FROM or FROM..TO, each YYYY, YYYY-MM or YYYY-MM-DD: first and last day."""
    first_text, dots, last_text = value.partition("..")
    first, end = parse_period(first_text)
    if dots:
        end = parse_period(last_text)[1]
    if end < first:
        raise DateValueError(f"{value!r} ends before it starts")
    return first, end


def month_of(day: date) -> str:
    """The month bucket of a date: 'YYYY-MM'."""
    return f"{day.year:04d}-{day.month:02d}"
