"""bench.reprints_features on small written texts: the checks it records are
the same-event test's, and the model it fits is applied in pure Python."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.reprints_features import NAMES, _prob, features  # noqa: E402
from bench.reprints_score import Side  # noqa: E402
from index.particulars import same_event  # noqa: E402

STORY = (
    "Kestrel Mining Co said it raised its copper price by 2.5 cents to 74.25 "
    "cents a pound, effective March 12.\n\nThe company said the rise reflects "
    "higher demand from wire makers in Ohio and Texas this month."
)
OTHER = STORY.replace("Kestrel Mining Co", "Osprey Metals Corp").replace("74.25", "76.50")


def test_features_record_the_rule_and_the_dates() -> None:
    copy = features(Side(STORY, date(1987, 3, 12)), Side(STORY, date(1987, 3, 12)))
    refill = features(Side(STORY, date(1987, 3, 12)), Side(OTHER, date(1987, 3, 14)))
    assert len(copy) == len(refill) == len(NAMES)
    named = dict(zip(NAMES, copy, strict=True))
    assert named["rule"] == float(same_event(STORY, STORY, same_day=True)) == 1.0
    assert named["same_day"] == 1.0 and named["days_apart"] == 0.0
    other = dict(zip(NAMES, refill, strict=True))
    assert other["rule"] == 0.0 and other["same_day"] == 0.0
    assert other["days_apart"] == 2 / 7
    assert other["subjects_differ"] == 1.0 or other["par_disagree"] == 1.0


def test_model_is_applied_in_pure_python() -> None:
    # One feature, mean 1, scale 2, weight 4, bias -1: z = 4 * (3 - 1) / 2 - 1 = 3.
    model = ([1.0], [2.0], [4.0, -1.0])
    (high, low) = _prob(model, [[3.0], [1.0]])
    assert abs(high - 1 / (1 + 2.718281828459045**-3)) < 1e-9
    assert abs(low - 1 / (1 + 2.718281828459045**1)) < 1e-9
