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
from datetime import date, datetime

from dateutil import parser as date_parser

from index.datelines import find_publication_date
from index.mentions import DateMention, estimate_publication_date, extract_dates

__all__ = [
    "DateMention",
    "DateValueError",
    "estimate_publication_date",
    "extract_dates",
    "find_publication_date",
    "month_of",
    "parse_date_value",
    "parse_period",
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


def month_of(day: date) -> str:
    """The month bucket of a date: 'YYYY-MM'."""
    return f"{day.year:04d}-{day.month:02d}"
