"""Typed words against printed ones: the matching behind quote search.

Both sides are reduced to plain words (lower case, curly apostrophes
straightened, contractions expanded, punctuation and quote marks dropped), then
aligned: how closely the printed words follow the typed ones, and a word-level
diff between them.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from index.frozen import record
from search.wordforms import match_keys

SEQUENCE_WEIGHT = 0.6
MIN_CLOSENESS = 0.5  # a quotation this close to the words typed is a result
OTHER_FORM_COST = 0.05  # a word matched in another form counts 95%
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CONTRACTIONS = {
    "won't": "will not",
    "can't": "can not",
    "cannot": "can not",
    "shan't": "shall not",
    "ain't": "is not",
    "i'm": "i am",
    "let's": "let us",
}
_SUFFIXES = (
    ("n't", " not"),
    ("'re", " are"),
    ("'ve", " have"),
    ("'ll", " will"),
    ("'d", " would"),
    ("'s", " is"),  # both sides alike, so a possessive matches itself
)


@record
class DiffOp:
    """One step from the typed words to the printed ones: "same", "changed"
    (typed became printed), "extra" (typed, not printed) or "missing"
    (printed, not typed)."""

    kind: str
    typed: str
    printed: str


def words(text: str) -> list[str]:
    """Plain words: lower case, curly apostrophes straightened, contractions
    expanded ("won't" -> "will not"), punctuation and quote marks dropped."""
    found: list[str] = []
    for match in _WORD.finditer(text.lower().replace("’", "'")):
        found.extend(_expand(match.group()))
    return found


def words_at(text: str) -> list[tuple[str, int, int]]:
    """words(text), each with the offsets [start, end) of the printed word it
    comes from (the words of an expanded contraction share them)."""
    found: list[tuple[str, int, int]] = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        found.extend((word, start, end) for word in _expand(match.group().lower()))
    return found


def _expand(word: str) -> list[str]:
    """One lower-case word as plain words: a contraction becomes two."""
    if "'" not in word and "’" not in word and word not in _CONTRACTIONS:
        return [word]
    word = word.replace("’", "'")
    word = _CONTRACTIONS.get(word, word)
    for suffix, expansion in _SUFFIXES:
        if word.endswith(suffix) and word != suffix:
            word = word[: -len(suffix)] + expansion
            break
    return word.split()


def closeness(typed: list[str], printed: list[str], floor: float = 0.0) -> tuple[float, int, int]:
    """How closely printed follows typed (0 to 1), and the aligned stretch of
    printed as word positions [first, last). Words are compared by their match
    keys (``search.wordforms``: "family" is "families", "20" is "twenty"); a
    match in another form counts a little less than the same word. A score
    that cannot reach floor (too few typed words printed) comes back as 0."""
    if not typed or not printed:
        return 0.0, 0, 0
    typed_keys, printed_keys = match_keys(typed, printed)
    if floor > 0 and _best_possible(typed_keys, printed_keys) < floor:
        return 0.0, 0, 0
    blocks = [
        b
        for b in SequenceMatcher(
            None, typed_keys, printed_keys, autojunk=False
        ).get_matching_blocks()
        if b.size
    ]
    if not blocks:
        return 0.0, 0, 0
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size
    first, last = (
        max(0, first - blocks[0].a),
        min(len(printed), last + len(typed) - blocks[-1].a - blocks[-1].size),
    )
    stretch = printed_keys[first:last]
    matched = sum(b.size for b in blocks)
    sequence = 2 * matched / (len(typed) + len(stretch))
    bag = sum((Counter(typed_keys) & Counter(stretch)).values()) / max(len(typed), len(stretch))
    same = sum(typed[b.a + k] == printed[b.b + k] for b in blocks for k in range(b.size))
    exact = 1 - OTHER_FORM_COST * (matched - same) / matched
    score = SEQUENCE_WEIGHT * sequence + (1 - SEQUENCE_WEIGHT) * bag
    return score * exact, first, last


def _best_possible(typed: list[str], printed: list[str]) -> float:
    """An upper bound of the score: with s printed words whose key was typed
    (t typed words), at most s words match, in a stretch of at least s."""
    wanted = set(typed)
    shared = min(len(typed), sum(1 for key in printed if key in wanted))
    share = shared / len(typed)
    return SEQUENCE_WEIGHT * 2 * shared / (len(typed) + shared) + (1 - SEQUENCE_WEIGHT) * share


def word_diff(typed: list[str], printed: list[str]) -> tuple[DiffOp, ...]:
    ops = []
    for tag, a0, a1, b0, b1 in SequenceMatcher(None, typed, printed, autojunk=False).get_opcodes():
        kind = {"equal": "same", "replace": "changed", "delete": "extra", "insert": "missing"}[tag]
        ops.append(DiffOp(kind, " ".join(typed[a0:a1]), " ".join(printed[b0:b1])))
    return tuple(ops)
