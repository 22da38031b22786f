"""Exact top-value counts from tantivy's cheap, per-segment terms aggregation.

A terms aggregation that counts every value of a field in every segment is
exact, but it turns every value (tens of thousands of organisations for a
common word) into a term and merges them: most of a search's time at 200,000
articles. Asked for the top `per_segment` values of each segment only, it is
several times cheaper but inexact: a value left out of one segment's top is
undercounted there by at most that segment's lowest count, and tantivy reports
the sum of those (``doc_count_error_upper_bound``), the most any count can lack.

So a facet is counted in two cheap steps and proven exact, or counted in full:

1. the top values of each segment (lower bounds of their counts, and the
   bound `error` on what any count lacks; on an index of one segment the
   values returned are counted exactly, and step 2 is needed only when a
   value left out could reach the size-th count);
2. the exact counts of the values that could be among the `size` most
   frequent (every value whose lower bound plus `error` reaches the size-th
   lower bound): the matches holding each, counted by a query (the reader).

The result is proven complete when no value outside the confirmed ones can
reach the size-th exact count: a value returned in step 1 but not confirmed
has at most its lower bound plus `error` (below the size-th lower bound, so
below the size-th exact count), and a value not returned at all at most the
lowest returned lower bound (when step 1's list was cut) plus `error`. When
that is not shown, the field is counted in full, as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from index.frozen import record


@record
class SegmentTops:
    """Step 1's answer for one field: merged per-segment top counts (lower
    bounds of the true counts), the most any count can lack, and whether the
    merged list was cut at the size asked (values beyond it were seen)."""

    counts: Mapping[str, int]
    error: int
    cut: bool


@record
class Confirmation:
    """The values to count exactly (step 2), and the most that any other value
    can have."""

    values: tuple[str, ...]
    others_at_most: int


def exact_tops(tops: SegmentTops, size: int, one_segment: bool = False) -> Counter[str] | None:
    """The `size` most frequent values with their counts when step 1 is
    already exact, else None: when no segment left a value out, or when the
    index has one segment (its top values are counted in full: only values
    left out are unknown, each at most `error`, the largest count left out)
    and the size-th count is above what any value left out can have."""
    if tops.error == 0:
        return top(tops.counts, size)
    if not one_segment or len(tops.counts) < size or size < 1:
        return None
    ordered = sorted(tops.counts.values(), reverse=True)
    return top(tops.counts, size) if ordered[size - 1] > tops.error else None


def to_confirm(tops: SegmentTops, size: int) -> Confirmation | None:
    """What step 2 must count exactly to know the `size` most frequent values,
    or None when step 1 cannot bound the others (fewer than `size` values seen
    although some segment left values out): then count in full."""
    if len(tops.counts) < size or size < 1:
        return None
    ordered = sorted(tops.counts.values(), reverse=True)
    threshold = ordered[size - 1]
    values = tuple(sorted(v for v, n in tops.counts.items() if n + tops.error >= threshold))
    unseen = (ordered[-1] if tops.cut else 0) + tops.error
    return Confirmation(values, unseen)


def confirmed_tops(
    exact: Mapping[str, int], confirm: Confirmation, size: int
) -> Counter[str] | None:
    """The `size` most frequent values from step 2's exact counts of the
    confirmed values, or None when a value left out could still reach the
    size-th count (then count in full)."""
    if len(exact) < size or size < 1:
        return None
    ordered = sorted(exact.values(), reverse=True)
    if confirm.others_at_most >= ordered[size - 1]:
        return None
    return top(exact, size)


def top(counts: Mapping[str, int], size: int) -> Counter[str]:
    """The `size` largest counts, ties by value (so the cut is the same each time)."""
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:size]
    return Counter(dict(ordered))
