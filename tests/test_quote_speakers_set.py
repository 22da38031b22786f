"""The Reuters quote speaker set (tests/data/quote_speakers/): its labels are
well formed everywhere; with ../shared, the development part keeps the scores
it was tuned to (a regression guard; the held-out test part's figure is in
bench/EXTRACTION.md, not asserted here)."""

from __future__ import annotations

import sys

import pytest
from helpers import REPO

sys.path.insert(0, str(REPO))
from bench.quote_speakers_eval import (  # noqa: E402
    DEFAULT_CORPUS,
    DEFAULT_LABELS,
    evaluate,
    read_labels,
)


def test_the_labels_are_split_in_two_halves_with_offsets_in_order() -> None:
    articles = read_labels(DEFAULT_LABELS)
    assert {a.split for a in articles} == {"dev", "test"}
    assert len({a.id for a in articles}) == len(articles) >= 80
    for article in articles:
        ends = [(q.start, q.end) for q in article.quotes]
        assert all(start < end for start, end in ends), article.id
        assert ends == sorted(ends), article.id


@pytest.mark.skipif(not DEFAULT_CORPUS.exists(), reason="needs ../shared (the Reuters corpus)")
def test_the_development_part_keeps_its_scores() -> None:
    dev = evaluate(DEFAULT_CORPUS, DEFAULT_LABELS, {"dev"})["dev"]
    assert dev.labelled >= 100
    assert dev.matched >= dev.labelled - 1 and dev.detected <= dev.labelled + 1
    assert dev.right >= dev.matched - 1  # attribution 0.991 when tuned
