"""Date periods: what --since/--until/--mentions values mean, and how mentioned
periods are indexed. Light to import: the query side uses only this."""

from __future__ import annotations

import calendar
import re
from datetime import date

_PERIOD = re.compile(r"\A(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\Z")


class DateValueError(ValueError):
    """A date value that cannot be read."""


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


def period_number(start: date, granularity: str) -> int:
    """How a mentioned period is indexed: 20190820, 201908 or 2019."""
    if granularity == "day":
        return start.year * 10000 + start.month * 100 + start.day
    if granularity == "month":
        return start.year * 100 + start.month
    return start.year


def contained_numbers(first: date, last: date) -> dict[str, tuple[int, int]]:
    """The number ranges, by granularity, of the mentioned periods lying wholly
    inside [first, last]: whole months and whole years only where they fit.
    Month arithmetic is done on (year, month) numbers, so the first and last
    days the calendar has (0001-01-01, 9999-12-31) are ranges like any other."""
    ranges = {"day": (period_number(first, "day"), period_number(last, "day"))}
    month_lo = _month_index(first) + (first.day != 1)
    ends_month = last.day == calendar.monthrange(last.year, last.month)[1]
    month_hi = _month_index(last) - (not ends_month)
    if month_lo <= month_hi:
        ranges["month"] = (_month_number(month_lo), _month_number(month_hi))
    year_lo = first.year if (first.month, first.day) == (1, 1) else first.year + 1
    year_hi = last.year if (last.month, last.day) == (12, 31) else last.year - 1
    if year_lo <= year_hi:
        ranges["year"] = (year_lo, year_hi)
    return ranges


def _month_index(day: date) -> int:
    """Months since January of year 0: consecutive months are consecutive numbers."""
    return day.year * 12 + day.month - 1


def _month_number(index: int) -> int:
    return (index // 12) * 100 + index % 12 + 1


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
