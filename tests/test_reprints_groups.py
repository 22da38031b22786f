"""The leave-one-corpus-group-out bench's pieces: groups, stumps, the cut."""

from __future__ import annotations

import pytest

from bench.reprints_groups import _best_cut, _sentences, group_of
from bench.reprints_score import Pair


def test_a_planted_copy_is_in_its_original_corpus_group() -> None:
    assert group_of(Pair("reuters:1", "rewrite:1", "same", "rewrite", "test15", "")) == "reuters"
    assert group_of(Pair("lknews:ab", "lknews:cd", "different", "x", "test21", "")) == "lknews"
    assert group_of(Pair("uknews:ab", "uknews:cd", "same", "x", "test22", "")) == "uknews"
    assert group_of(Pair("bdpress:ab", "bdpress:cd", "same", "x", "test23", "")) == "bdpress"
    assert group_of(Pair("mepress:ab", "mepress:cd", "same", "x", "test24", "")) == "mepress"
    assert group_of(Pair("kcna:ab", "kcna:cd", "different", "x", "test25", "")) == "kcna"
    assert group_of(Pair("innews:ab", "innews:cd", "same", "x", "test26", "")) == "innews"
    assert group_of(Pair("pacnews:ab", "pacnews:cd", "same", "x", "test27", "")) == "pacnews"


def test_sentences_of_four_words_or_more_lower_cased() -> None:
    text = "The harbour closed at noon. Too short.\nBoats waited outside until dusk!"
    assert _sentences(text) == {"the harbour closed at noon", "boats waited outside until dusk"}


def test_boosted_stumps_learn_a_threshold_and_score_in_plain_python() -> None:
    pytest.importorskip("numpy", reason="the stumps are fitted with numpy (bench only)")
    from bench.reprints_stumps import fit, score

    x = [[i / 100, (i * 37) % 11] for i in range(100)]
    y = [row[0] > 0.6 for row in x]
    model = fit(x, y)
    assert all((score(model, row) > 0) == label for row, label in zip(x, y, strict=True))
    assert {j for j, *_ in model[1]} == {0}


def test_the_cut_folds_the_most_with_at_most_one_wrong_in_a_hundred() -> None:
    class Same:
        def __init__(self, same: bool) -> None:
            self.same = same

    cases = [Same(True)] * 150 + [Same(False)] + [Same(True)] * 50 + [Same(False)] * 5
    scores = [10.0 - i / 100 for i in range(len(cases))]
    # 200 same and 2 different down to the 202nd (0.99%); 3 of 203 below it.
    assert _best_cut(cases, scores) == scores[201]  # type: ignore[arg-type]
