"""The same particulars written two ways by two outlets, for their copies of
one text (``search.reprints.carried_across``).

An outlet that carries another's text (an agency's story, a release) keeps
its words but retypes its figures and days in its own style: the digits of a
figure run together or split ("47 140.87" tonnes, "47140.87"), a decimal
point lost ("3.6" and "36"), a time written with or without its minutes
("12:00" and "12 noon", "04:00" and "4 am"), and a day written as a weekday
by one ("on Sunday") and as a date by the other (an agency's dateline, "15
February 2026"). Such a paragraph and its counterpart state the same
particulars; a template filled for another company or day states others
(other digits, another weekday or date on both sides).
"""

from __future__ import annotations

import re
from itertools import permutations

from index.layout import WEEKDAYS
from index.months import MONTH_NAMES

# Figures a paragraph states alone, at most this many a side, are compared as
# one figure written otherwise (digits run together or split): more is a
# table refilled, not a figure retyped.
MAX_RETYPED = 3
_MONTHS = frozenset(name.lower() for name in MONTH_NAMES)
_YEAR = re.compile(r"(?:19|20)\d\d")
_DAY_OF_MONTH = re.compile(rf"\d{{1,2}} (?:{'|'.join(_MONTHS)})|(?:{'|'.join(_MONTHS)}) \d{{1,2}}")


def written_otherwise(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether the figures a paragraph states alone (`mine`) and those its
    counterpart states alone (`theirs`) are the same written two ways: their
    days a weekday on one side and a date on the other (or none on either),
    and their other figures the same digits in some order of the figures
    (each figure's digits, its separators, point and leading and trailing
    zeros left out; or none on either)."""
    my_days, their_days = _day_parts(mine), _day_parts(theirs)
    days = (not my_days and not their_days) or (
        _day_two_ways(my_days, their_days) or _day_two_ways(their_days, my_days)
    )
    mine, theirs = mine - my_days, theirs - their_days
    return days and (not mine and not theirs or _same_digits(mine, theirs))


def _day_parts(figures: frozenset[str]) -> frozenset[str]:
    """The figures that write a day: weekdays, month names, a month's day
    ("15 february") and the day's number beside it, years."""
    dated = [part for part in figures if _DAY_OF_MONTH.fullmatch(part)]
    days = {d for part in dated for d in re.findall(r"\d+", part)}
    return frozenset(
        part
        for part in figures
        if part in WEEKDAYS
        or part in _MONTHS
        or part in days
        or part in dated
        or _YEAR.fullmatch(part)
    )


def _digits(figure: str) -> str:
    return re.sub(r"\D", "", figure).strip("0")


def _same_digits(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether the figures of one side, their digits run together in some
    order, are those of the other side's run together in some order."""
    if not mine or not theirs or len(mine) > MAX_RETYPED or len(theirs) > MAX_RETYPED:
        return False
    ours, others = [_digits(f) for f in mine], [_digits(f) for f in theirs]
    if not all(ours) or not all(others):
        return False  # a word (a weekday, a month) or a zero: not digits retyped
    joined = {"".join(order) for order in permutations(ours)}
    return any("".join(order) in joined for order in permutations(others))


def _day_two_ways(days: frozenset[str], date: frozenset[str]) -> bool:
    """Whether `days` are weekdays only and `date` (day parts only) a date:
    a month's day ("15 february") with its month, number and year."""
    if not days or not days <= WEEKDAYS or not date.isdisjoint(WEEKDAYS):
        return False
    return any(_DAY_OF_MONTH.fullmatch(part) for part in date)
