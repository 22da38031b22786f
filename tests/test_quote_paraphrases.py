"""The paraphrase set for quote search tolerance follows its written rules
(tests/data/quote_paraphrases.md)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from search.wording import words

DATA = Path(__file__).parent / "data"
PARAPHRASES = [
    json.loads(line)
    for line in (DATA / "quote_paraphrases.jsonl").read_text(encoding="utf-8").splitlines()
]
LABELLED = [
    json.loads(line)
    for line in (DATA / "quotes_labelled.jsonl").read_text(encoding="utf-8").splitlines()
]
KINDS = {"synonym", "function", "drop", "add", "swap", "form"}


def edit_distance(a: list[str], b: list[str]) -> int:
    """Damerau-Levenshtein distance between two word lists (optimal string
    alignment: change, drop, add, or swap two neighbours)."""
    rows = [list(range(len(b) + 1))] + [[i] + [0] * len(b) for i in range(1, len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            rows[i][j] = min(
                rows[i - 1][j] + 1,
                rows[i][j - 1] + 1,
                rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[len(a)][len(b)]


def sources() -> list[tuple[int, str]]:
    """Every labelled quotation the rules take: not partial, 7 plain words or more."""
    return [
        (line, quote["text"])
        for line, record in enumerate(LABELLED)
        for quote in record["quotes"]
        if not quote["partial"] and len(words(quote["text"])) >= 7
    ]


def test_edit_distance_counts_changes_drops_adds_and_swaps() -> None:
    assert edit_distance("a b c d".split(), "a b c d".split()) == 0
    assert edit_distance("a b c d".split(), "a x c d".split()) == 1
    assert edit_distance("a b c d".split(), "a c b d".split()) == 1
    assert edit_distance("a b c d".split(), "b c d e f".split()) == 3


@pytest.mark.parametrize("record", PARAPHRASES, ids=[r["paraphrase"] for r in PARAPHRASES])
def test_each_paraphrase_is_three_or_four_word_edits_from_its_source(record: Any) -> None:
    assert (record["article"], record["quote"]) in sources()
    assert edit_distance(words(record["quote"]), words(record["paraphrase"])) in (3, 4)
    assert record["edits"] and set(record["edits"]) <= KINDS
    assert record["part"] == ("test" if record["article"] % 3 == 2 else "dev")


def test_every_source_quotation_has_two_paraphrases() -> None:
    counted = Counter((r["article"], r["quote"]) for r in PARAPHRASES)
    assert set(counted) == set(sources())
    assert set(counted.values()) == {2}
    parts = Counter(r["part"] for r in PARAPHRASES)
    assert parts == {"dev": 52, "test": 20}
