"""Folded surnames on the query side: counted and found with their full names.

The lookup file says which people written by a surname alone fold into a full
name (``index.store.surname_folds``). The person and speaker facets then show the
full name once, counting every matching article that names either; a filter
naming the full name finds the articles that name the surname alone too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

#: Counts the matching articles holding any of these ids in the facet's field.
UnionCount = Callable[[Sequence[str]], int]


def members(folds: Mapping[str, str], heads: Sequence[str]) -> dict[str, list[str]]:
    """Each of ``heads`` that has folded surnames -> their ids, in id order."""
    wanted = set(heads)
    found: dict[str, list[str]] = {}
    for alone, head in sorted(folds.items()):
        if head in wanted:
            found.setdefault(head, []).append(alone)
    return found


def fold_counts(values: Counter[str], folds: Mapping[str, str], union: UnionCount) -> Counter[str]:
    """Facet counts with every folded surname counted under its full name: the full
    name's count is that of the articles naming either (one count each, from the
    engine), and the surname alone is no value of its own."""
    heads = {folds[i] for i in values if i in folds}
    heads.update(members(folds, list(values)))
    if not heads:
        return values
    folded = members(folds, sorted(heads))
    out = Counter({i: n for i, n in values.items() if i not in folds})
    for head in sorted(heads):
        out[head] = union([head, *folded[head]])
    return out
