"""Issue 14 item 2: the labelled merge pairs of tests/data/merge_pairs.tsv.

Half the pairs are spellings of one entity that must join, half are different names that
only look alike and must stay apart; ``bench/merge_eval.py`` prints the same figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.extract.resolution import GAZETTEER_NAME, SPELLING_VARIANT, join_rule
from index.records import PERSON, PLACE

PAIRS = Path(__file__).parent / "data" / "merge_pairs.tsv"


def _rows() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            label, kind, first, second, source, *_ = line.split("\t")
            rows.append((label, kind, first, second, source))
    return rows


def test_the_file_has_at_least_400_pairs_half_of_each_label() -> None:
    rows = _rows()
    joins = sum(label == "join" for label, *_ in rows)
    aparts = sum(label == "apart" for label, *_ in rows)
    assert joins >= 200 and aparts >= 200
    assert {label for label, *_ in rows} == {"join", "apart"}


def test_variants_join_and_look_alikes_stay_apart() -> None:
    rows = _rows()
    joined = {
        label: [join_rule(kind, a, b) is not None for lab, kind, a, b, _ in rows if lab == label]
        for label in ("join", "apart")
    }
    variants = sum(joined["join"]) / len(joined["join"])
    false_joins = sum(joined["apart"]) / len(joined["apart"])
    assert variants >= 0.95, variants
    assert false_joins <= 0.01, false_joins


@pytest.mark.parametrize(
    ("kind", "first", "second"),
    [
        (PLACE, "Piraeus", "Paris"),
        (PLACE, "Toccoa", "Tokyo"),
        (PLACE, "Lome", "Lima"),
        (PLACE, "Nice", "Nikko"),
        (PERSON, "Reagan", "Regan"),
        (PERSON, "Khomeini", "Khamenei"),
    ],
)
def test_the_false_merges_of_the_issue_stay_apart(kind: str, first: str, second: str) -> None:
    assert join_rule(kind, first, second) is None


def test_the_rule_that_joins_is_named() -> None:
    assert join_rule(PLACE, "Khan Shaykhun", "Khan Sheikhun") == GAZETTEER_NAME
    assert join_rule(PLACE, "Maaret al-Nouman", "Maarat al-Numan") in (
        GAZETTEER_NAME,
        SPELLING_VARIANT,
    )
    assert join_rule(PERSON, "Rami Abdel Rahman", "Rami Abdulrahman") == SPELLING_VARIANT
