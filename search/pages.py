"""Order and pages of results: the engine's ranked (or date-sorted) matches,
read lazily, folded into results (reprints under their first printing), and
cut into pages.

A *result* is one shown article with the copies folded under it. Results are
numbered from 1 in the order asked for (``--sort``); a page is results
offset+1 to offset+limit of that one list. Every page folds the results before
it too, so a copy folded under a result never comes back on a later page, and
pages neither overlap nor leave a result out.

- relevance: best first; a result is shown by its first printing, in the place
  of its best-ranked copy (as on the first page).
- date (oldest first): stated publication date; articles without one last.
- -date (newest first): the same, newest first. A result is placed by the
  date of the copy it is shown by (its first printing), so that the dates of a
  page run in order: a later copy met first waits for its first printing.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from index.engines import query as q
from index.engines.base import Reader, Sort
from index.store.schema import PUBLISHED
from search.models import Hit, Reprint
from search.reprints import Copy, Library, anchor, copies_of, first_printed, printed_order

RELEVANCE = "relevance"
OLDEST_FIRST = "date"
NEWEST_FIRST = "-date"
ORDERS = (RELEVANCE, OLDEST_FIRST, NEWEST_FIRST)
FIRST_READ = 10  # matches read from the engine at first, beyond those a page needs

Ranked = Iterator[tuple[Hashable, float]]


def engine_sort(order: str) -> Sort | None:
    """The engine's sort for an order: None ranks by score."""
    if order == RELEVANCE:
        return None
    return Sort(PUBLISHED, descending=order == NEWEST_FIRST)


def ranked(
    reader: Reader,
    node: q.Node,
    within: q.Node | None,
    order: str,
    wanted: int,
    skip: frozenset[Hashable] = frozenset(),
) -> Ranked:
    """Every match of node (among those of within) in the order asked for, read
    from the engine in growing batches: first enough for `wanted` results and
    some reprints, then twice as many each time."""
    sort = engine_sort(order)
    offset, size = 0, wanted * 2 + FIRST_READ
    while True:
        found = reader.search(node, within=within, limit=size, offset=offset, sort=sort)
        for scored in found:
            if scored.ref not in skip:
                yield scored.ref, scored.score
        if len(found) < size:
            return
        offset, size = offset + len(found), size * 2


@dataclass
class Folding:
    """Results folded from a ranked stream, with what they used up: `used`
    holds every article shown or folded so far, so a search knows whether
    more results follow (some match is not used yet)."""

    build: Callable[[Hashable, float], Hit]
    library: Library
    all_copies: bool = False
    newest_first: bool = False
    used: set[Hashable] = field(default_factory=set)
    met: set[Hashable] = field(default_factory=set)
    waiting: dict[Hashable, list[Copy]] = field(default_factory=dict)

    def more(self, total: int) -> bool:
        """Whether results follow those read so far, among `total` matches."""
        return len(self.used) < total or bool(self.waiting)

    def results(self, stream: Iterable[tuple[Hashable, float]]) -> Iterator[Hit]:
        """Each result in turn, its copies folded under it (unless all_copies)."""
        for ref, score in stream:
            self.met.add(ref)
            if ref in self.used:
                continue
            hit = self._group(ref, score)
            if hit is not None:
                yield hit
        for first in list(self.waiting):  # met by every stream; kept safe all the same
            self.used.discard(first)
            self.met.add(first)
            hit = self._group(first, 0.0)
            if hit is not None:
                yield hit

    def _group(self, ref: Hashable, score: float) -> Hit | None:
        hit = self.build(ref, score)
        me, body = self.library.copy(ref)
        span = anchor(body, ((p.start, p.end) for p in hit.passages))
        skip = {ref} if self.all_copies else self.used | {ref}
        copies = copies_of(body, span, self.library, skip, published=me.published, site=me.site)
        if self.all_copies:
            self.used.add(ref)
            return replace(hit, reprints=_listed(sorted(copies, key=printed_order)))
        group = self._with_waiting([me, *copies])
        first = first_printed(group)
        self.used.update(c.ref for c in group)
        if self.newest_first and first.ref not in self.met:
            self.used.discard(first.ref)  # shown when met, with this group under it
            self.waiting[first.ref] = [c for c in group if c is not first]
            return None
        if first.ref != ref:
            hit = self.build(first.ref, score)
        others = sorted((c for c in group if c is not first), key=printed_order)
        return replace(hit, reprints=_listed(others))

    def _with_waiting(self, group: list[Copy]) -> list[Copy]:
        """The group with the copies waiting for any of its articles (newest first)."""
        found = {c.ref: c for c in group}
        for copy in group:
            for other in self.waiting.pop(copy.ref, []):
                found.setdefault(other.ref, other)
        return list(found.values())


def _listed(copies: Iterable[Copy]) -> tuple[Reprint, ...]:
    return tuple(Reprint(c.id, c.published, c.source, c.estimated, c.date_source) for c in copies)
