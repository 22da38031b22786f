"""Boosted stumps: a small additive model of one-feature thresholds.

Gradient boosting on the logistic loss with depth-1 trees (a stump: one
feature, one threshold, one value on each side), fitted in numpy
(``fit``) and applied in pure Python (``score``), so that a fitted model is
a list of numbers the search could read without numpy. The candidate
thresholds of a feature are the midpoints between its distinct values (at
most ``CUTS`` of them, at quantiles). The model's score is a log-odds: above
0 it says "same event" more likely than not.

Used by ``bench.reprints_groups`` (leave one corpus group out); nothing
here is shipped unless that comparison says it generalises.
"""

from __future__ import annotations

from collections.abc import Sequence

# One stump: feature index, threshold, value at or below, value above.
Stump = tuple[int, float, float, float]
# The model: the base log-odds and the stumps.
Stumps = tuple[float, list[Stump]]

ROUNDS = 150
RATE = 0.1
CUTS = 32
# Least number of training rows on each side of a threshold (no stump for a
# handful of pairs).
LEAST = 10


def _cuts(column: object) -> list[float]:
    """Candidate thresholds of one feature: midpoints between its distinct
    values, at most CUTS of them."""
    import numpy as np

    values = np.unique(column)  # type: ignore[call-overload]
    if len(values) > CUTS + 1:
        values = np.unique(np.quantile(values, np.linspace(0, 1, CUTS + 1)))
    return [float(v) for v in (values[:-1] + values[1:]) / 2]


def fit(x: Sequence[Sequence[float]], y: Sequence[bool]) -> Stumps:
    """Boosted stumps on rows x (features) for labels y, ROUNDS rounds of
    Newton steps on the logistic loss, each shrunk by RATE."""
    import numpy as np

    xs, ys = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    share = min(max(ys.mean(), 1e-3), 1 - 1e-3)
    base = float(np.log(share / (1 - share)))
    f = np.full(len(ys), base)
    cuts = [(j, c) for j in range(xs.shape[1]) for c in _cuts(xs[:, j])]
    below = np.array([xs[:, j] <= c for j, c in cuts], dtype=float).reshape(-1, len(ys))
    kept = (below.sum(axis=1) >= LEAST) & (below.sum(axis=1) <= len(ys) - LEAST)
    cuts, below = [c for c, k in zip(cuts, kept, strict=True) if k], below[kept]
    stumps: list[Stump] = []
    for _ in range(ROUNDS if cuts else 0):
        p = 1 / (1 + np.exp(-f))
        g, h = ys - p, p * (1 - p) + 1e-9
        gl, hl = below @ g, below @ h
        gr, hr = g.sum() - gl, h.sum() - hl
        i = int(np.argmax(gl * gl / hl + gr * gr / hr))
        left, right = gl[i] / hl[i], gr[i] / hr[i]
        f += RATE * np.where(below[i] > 0, left, right)
        stumps.append((cuts[i][0], cuts[i][1], RATE * float(left), RATE * float(right)))
    return base, stumps


def score(model: Stumps, row: Sequence[float]) -> float:
    """The model's log-odds of the same event for one row (pure Python)."""
    base, stumps = model
    return base + sum(left if row[j] <= c else right for j, c, left, right in stumps)
