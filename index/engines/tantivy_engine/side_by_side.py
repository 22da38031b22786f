"""Facet work split in two and run side by side.

tantivy's aggregations release the GIL, so two of them on two threads take
about as long as the larger on a machine with two free cores. The fields are
split by how many values each holds in the index (``marker``), a field's share
of an aggregation's work.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from index.engines.base import FacetRequest
from index.engines.pending import Pending

T = TypeVar("T")


def halves(
    requests: Sequence[FacetRequest], weights: Mapping[str, int]
) -> tuple[list[FacetRequest], list[FacetRequest]]:
    """The requests in two groups of about the same weight, heaviest first, each
    to the lighter group (a field of unknown weight weighs as the heaviest
    known, or 1); the second group is empty for fewer than two requests."""
    if len(requests) < 2:
        return list(requests), []
    unknown = max(weights.values(), default=1) or 1
    order = sorted(requests, key=lambda r: -weights.get(r.field, unknown))
    groups: tuple[list[FacetRequest], list[FacetRequest]] = ([], [])
    loads = [0, 0]
    for request in order:
        # the lighter group; of two as light, the one holding fewer (fields of no values)
        lighter = 0 if (loads[0], len(groups[0])) <= (loads[1], len(groups[1])) else 1
        groups[lighter].append(request)
        loads[lighter] += weights.get(request.field, unknown)
    return groups


def side_by_side(
    first: Callable[[], dict[str, T]], second: Callable[[], dict[str, T]]
) -> dict[str, T]:
    """Both results merged: ``second`` on another thread while ``first`` runs
    here; an exception of either is raised here."""
    other = Pending(second, concurrently=True)
    return first() | other.result()
