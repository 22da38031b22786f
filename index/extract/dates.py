"""Dates: reading the date values of records and markers, and date periods.

Pure functions shared by the indexer (publication dates) and the query side
(``--since``/``--until`` periods). Dates in article text live in their own
modules and are re-exported here: ``extract_dates`` and
``estimate_publication_date`` (``index.extract.mentions``), ``find_publication_date``
(``index.extract.datelines``).
"""

from __future__ import annotations

from datetime import date, datetime

from dateutil import parser as date_parser

from index.extract.datelines import find_publication_date
from index.extract.mentions import DateMention, estimate_publication_date, extract_dates
from index.periods import (
    DateValueError,
    month_of,
    parse_period,
    parse_period_range,
)

__all__ = [
    "DateMention",
    "DateValueError",
    "estimate_publication_date",
    "extract_dates",
    "find_publication_date",
    "month_of",
    "parse_date_value",
    "parse_period",
    "parse_period_range",
    "stated_period",
]

_NO_YEAR = datetime(1, 1, 1)
_LATE_DEFAULT = datetime(1, 12, 28)  # a day every month has


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


def stated_period(value: str) -> tuple[date, date] | None:
    """First and last day of the year or month a date value states when it
    states no day ("1987", "1987-02", "February 1987"); None when it states a
    day or cannot be read."""
    text = value.strip()
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
        return None
    except ValueError:
        pass
    try:
        early = date_parser.parse(text, default=_NO_YEAR)
        late = date_parser.parse(text, default=_LATE_DEFAULT)
    except (ValueError, OverflowError):
        return None
    if early.year != late.year:
        return None  # no year: not a period either
    if early.month != late.month:
        return parse_period(f"{early.year:04d}")
    if early.day != late.day:
        return parse_period(f"{early.year:04d}-{early.month:02d}")
    return None
