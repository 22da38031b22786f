"""The namesake surname set (tests/data/namesakes/): its labels are well formed
everywhere; with ../bench-data and ../shared, the development half keeps the scores the
rule of index.extract.shared_surnames was chosen on (a regression guard; the test half's
figures are in the set's README.md, not asserted here)."""

from __future__ import annotations

import sys
from collections import Counter

import pytest
from helpers import REPO

sys.path.insert(0, str(REPO))
from bench.namesakes_eval import (  # noqa: E402
    DEFAULT_LABELS,
    GROUPS,
    missing_sources,
    read_labels,
    score,
)


def test_the_labels_name_candidates_and_split_by_article() -> None:
    labels = read_labels(DEFAULT_LABELS, "all")
    assert len(labels) >= 300
    splits = {(x.corpus, x.article): x.split for x in labels}
    for x in labels:
        assert splits[(x.corpus, x.article)] == x.split, x.article  # one split per article
        assert x.label in GROUPS or x.label in x.candidates, x.article
        assert set(x.same) | set(x.misread) <= set(x.candidates), x.article
        assert 0 <= x.start < x.end and x.why, x.article
        assert len(x.why.split()) <= 25, x.article  # short quotations only
    assert Counter(splits.values()).keys() == {"dev", "test"}


def test_the_development_half_keeps_its_scores() -> None:
    dev = read_labels(DEFAULT_LABELS, "dev")
    missing = missing_sources(dev)
    if missing:
        pytest.skip(f"needs {missing[0]} (the namesake set's article texts)")
    outcomes = Counter(kind for x, _, kind in score(dev) if x.label not in GROUPS)
    assert sum(outcomes.values()) == 132
    assert outcomes["right"] >= 111 and outcomes["wrong"] <= 7  # 103 and 15 at fb6cde3
