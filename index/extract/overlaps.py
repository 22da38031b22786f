"""Which of an article's mentions overlap a stretch of its text, found by bisection.

Rules that ask, for each mention, whether another mention covers part of a stretch
would compare every pair: an article of many names then costs the square of their
number. Sorted once by start, the mentions that can overlap a stretch are those that
start before its end and no longer before its start than the longest mention is long.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from index.records import Mention


class Overlaps:
    """The mentions overlapping ``[start, end)``, in their given order."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._sorted = sorted(enumerate(mentions), key=lambda pair: pair[1].start)
        self._starts = [m.start for _, m in self._sorted]
        self._longest = max((m.end - m.start for m in mentions), default=0)

    def within(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        found = [(k, m) for k, m in self._sorted[lo:hi] if m.end > start]
        return [m for _, m in sorted(found, key=lambda pair: pair[0])]

    def any(self, start: int, end: int) -> bool:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return any(m.end > start for _, m in self._sorted[lo:hi])
