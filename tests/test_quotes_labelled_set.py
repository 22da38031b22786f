"""The written quotation set (tests/data/quotes_labelled.jsonl) keeps its scores: it
was tuned on, so it proves nothing about unseen text, but a drop is a regression (one
went unnoticed for two stops: an entity rule lost a speaker's name)."""

from __future__ import annotations

import sys

from helpers import REPO

sys.path.insert(0, str(REPO))
from bench.quotes_eval import evaluate_labelled  # noqa: E402


def test_the_written_quotation_set_is_found_and_attributed_whole() -> None:
    scores = evaluate_labelled()
    assert scores.expected >= 60
    assert scores.errors == ()
    assert scores.f1 == 1.0 and scores.attribution == 1.0 and scores.partial_accuracy == 1.0
