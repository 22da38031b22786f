"""Edit distance between words: what word~N means, in both engines and in highlights."""

from __future__ import annotations


def edit_distance(a: str, b: str) -> int:
    """Edits (insertions, deletions, substitutions, swaps of neighbours) from a to
    b, each swapped letter pair used once (tantivy's fuzzy distance)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, start=1):
            cost = 0 if char == other else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == other:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]
