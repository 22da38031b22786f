"""Folded surnames on the query side: counted and found with their full names.

The lookup file says which people written by a surname alone fold into a full
name (``index.store.surname_folds``). The person and speaker facets then show the
full name once, counting every matching article that names either; a filter
naming the full name finds the articles that name the surname alone too.

Counting stays cheap: a surname alone is left over where its article names no full
name for it, so the articles of a full name and of its folded surnames are nearly
always apart. Where the archive holds no article naming two of them (a count of two
terms, no text query), the full name's count is the sum of theirs; the counts missing
from the top values of the person and speaker facets are asked for in one request;
only ids that share an article are counted together over the query.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Protocol


class FoldCounter(Protocol):
    """What counting folded values asks of the engine, for one facet and query."""

    def counts(self, ids: Sequence[str]) -> Mapping[str, int]:
        """The matching articles holding each of ``ids`` (one request for all)."""
        ...

    def apart(self, first: str, second: str) -> bool:
        """No article of the archive holds both ids."""
        ...

    def union(self, ids: Sequence[str]) -> int:
        """The matching articles holding any of ``ids``."""
        ...


def members(folds: Mapping[str, str], heads: Sequence[str]) -> dict[str, list[str]]:
    """Each of ``heads`` that has folded surnames -> their ids, in id order."""
    wanted = set(heads)
    found: dict[str, list[str]] = {}
    for alone, head in sorted(folds.items()):
        if head in wanted:
            found.setdefault(head, []).append(alone)
    return found


def _groups(values: Counter[str], folds: Mapping[str, str]) -> dict[str, list[str]]:
    """Each full name the counted values touch (as a value, or as the full name of a
    folded value) -> it and its folded surnames, in id order; one pass over the folds."""
    touched = {folds.get(i, i) for i in values}
    folded = members(folds, list(touched))
    return {head: [head, *folded[head]] for head in sorted(folded)}


def missing_ids(values: Counter[str], folds: Mapping[str, str]) -> list[str]:
    """The ids whose counts folding ``values`` needs and the facet's top values lack."""
    return _missing(values, _groups(values, folds))


def _missing(values: Counter[str], groups: Mapping[str, list[str]]) -> list[str]:
    return [i for ids in groups.values() for i in ids if i not in values]


def fold_counts(
    values: Counter[str], folds: Mapping[str, str], counter: FoldCounter
) -> Counter[str]:
    """Facet counts with every folded surname counted under its full name: the full
    name's count is that of the articles naming either, and the surname alone is no
    value of its own."""
    groups = _groups(values, folds)
    if not groups:
        return values
    missing = _missing(values, groups)
    known = {**values, **(counter.counts(missing) if missing else {})}
    out = Counter({i: n for i, n in values.items() if i not in folds})
    for head, ids in groups.items():
        present = [i for i in ids if known.get(i, 0) > 0]
        if all(counter.apart(a, b) for a, b in combinations(present, 2)):
            out[head] = sum(known[i] for i in present)
        else:
            out[head] = counter.union(present)
    return +out
