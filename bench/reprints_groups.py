"""Would a learned fold decision generalise to a corpus it was not fitted on?

The labelled reprint pairs' development parts (``dev`` to ``test26``; the
held-out part is never read) come from about ten corpora. A pair's *group*
is its corpus (``GROUPS``, by its sides' kind): every Reuters pair and every
copy planted from a Reuters article is ``reuters`` whatever its part, the
written texts ``written``, and each news corpus its own group. Leaving one
group out, a model is fitted on the other groups' pairs (those the
containment test offers within the window, ``bench.reprints_features.rows``)
and scores the group left out, so that no figure of a group comes from a
model that saw it. Every threshold is chosen on the training groups only,
on their out-of-group scores (each training group scored by a model fitted
without it, ``_inner``), never on their fitted scores.

Two models, each on two feature lists: a logistic regression
(``bench.reprints_features``) and boosted stumps (``bench.reprints_stumps``);
the rule's 29 checks (``bench.reprints_features.NAMES``) alone, and with
``EXTRA`` (evidence the rule does not compute, on both texts with their
sources' furniture set aside: sentences in common, openings alike, numbers
in common and alone, undated). Four uses: the model alone at 0.5
(log-odds 0), the model alone at the cut that folds the most same-event
pairs of the training groups with at most 1% of its folds different events
there, the rule or the model (the model folds a pair the rule keeps apart
when it scores above every different-event pair the rule keeps apart in the
training groups), the rule and the model (the model keeps apart a pair the
rule folds when it scores below every same-event pair the rule folds there).

    python -m bench.reprints_groups [--corpus FILE] [--cache FILE] [--rows FILE]
        [--sets NAMES]
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.reprints_features import NAMES, Row, _fit, _prob, features, rows
from bench.reprints_score import CORPUS, SPLITS, Pair, Side, load_pairs, load_sides
from bench.reprints_stumps import fit as fit_stumps
from bench.reprints_stumps import score as stump_score
from index.fingerprints import shingle_set
from index.site_furniture import set_aside_both

# A pair's corpus group, by the kind of its first side (both sides of a pair
# are of one corpus, a planted copy with the Reuters article it copies).
GROUPS = {
    "reuters": "reuters", "reprint": "reuters", "rewrite": "reuters", "written": "written",
    "webis": "webis", "isot": "isot", "recovery": "recovery", "ghananews": "ghananews",
    "pknews": "pknews", "newslk": "newslk", "zimnews": "zimnews", "lknews": "lknews",
    "uknews": "uknews", "bdpress": "bdpress", "mepress": "mepress", "kcna": "kcna",
    "innews": "innews", "pacnews": "pacnews",
}  # fmt: skip
ORDER = tuple(dict.fromkeys(GROUPS.values()))
# The parts each held out and scored once before any tuning on it.
FIRSTS = tuple(f"test{n}" for n in range(3, 27))

EXTRA = (
    "search_rule", "sentences_common", "sentences_shared_log", "opening_jaccard",
    "first_sentence_same", "numbers_jaccard", "numbers_alone_max_log", "lead_numbers_alone",
    "shingle_containment", "shingle_jaccard", "undated",
)  # fmt: skip

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def group_of(pair: Pair) -> str:
    return GROUPS[pair.a.split(":", 1)[0]]


def _sentences(text: str) -> set[str]:
    """A text's sentences of four words or more, as lower-case words."""
    found = (" ".join(_WORD.findall(s.lower())) for s in _SENTENCE.split(text))
    return {s for s in found if s.count(" ") >= 3}


def _jaccard(first: set[str] | frozenset[int], second: set[str] | frozenset[int]) -> float:
    return len(first & second) / len(first | second) if first | second else 0.0


def extras(a: Side, b: Side, folded: bool) -> tuple[float, ...]:
    """EXTRA for a pair, on both texts without their sources' furniture."""
    first, second = set_aside_both(a.text, b.text, a.furniture, b.furniture)
    s1, s2 = _sentences(first), _sentences(second)
    common = len(s1 & s2)
    open1, open2 = (first.strip().split("\n", 1)[0], second.strip().split("\n", 1)[0])
    w1, w2 = set(_WORD.findall(open1.lower())), set(_WORD.findall(open2.lower()))
    lead1 = next(iter(_SENTENCE.split(first.strip())), "")
    lead2 = next(iter(_SENTENCE.split(second.strip())), "")
    n1, n2 = set(_NUMBER.findall(first)), set(_NUMBER.findall(second))
    l1, l2 = set(_NUMBER.findall(open1)), set(_NUMBER.findall(open2))
    sh1, sh2 = shingle_set(first), shingle_set(second)
    shorter = min(len(sh1), len(sh2)) or 1
    return (
        float(folded), common / (min(len(s1), len(s2)) or 1), math.log1p(common),
        _jaccard(w1, w2), float(lead1.strip().lower() == lead2.strip().lower()),
        _jaccard(n1, n2), math.log1p(max(len(n1 - n2), len(n2 - n1))),
        math.log1p(max(len(l1 - n2), len(l2 - n1))), len(sh1 & sh2) / shorter,
        _jaccard(sh1, sh2), float(a.published is None or b.published is None),
    )  # fmt: skip


def aside(a: Side, b: Side) -> tuple[float, ...]:
    """The rule's checks (``bench.reprints_features.features``) on both texts
    without their sources' furniture, as the search compares them (the
    feature table of ``bench.reprints_features`` reads the whole pages)."""
    first, second = set_aside_both(a.text, b.text, a.furniture, b.furniture)
    return features(Side(first, a.published), Side(second, b.published))


@dataclass(frozen=True)
class Case:
    row: Row
    extra: tuple[float, ...]
    aside: tuple[float, ...]

    @property
    def same(self) -> bool:
        return self.row.pair.label == "same"

    @property
    def group(self) -> str:
        return group_of(self.row.pair)


def cases(pairs: list[Pair], corpus: Path, table: list[Row] | None = None) -> list[Case]:
    """The offered pairs with the rule's checks (or those of table, kept by
    ``bench.reprints_features --cache``) and EXTRA."""
    texts = load_sides(pairs, corpus)
    if table is None:
        table = rows([p for p in pairs if p.a in texts and p.b in texts], texts)
    return [
        Case(r, extras(texts[a], texts[b], r.folded), aside(texts[a], texts[b]))
        for r, a, b in ((r, r.pair.a, r.pair.b) for r in table)
    ]


# A learner: fitted on (rows, labels), it returns a scorer of rows (higher: same event).
Scorer = Callable[[Sequence[Sequence[float]]], list[float]]
Learner = Callable[[Sequence[Sequence[float]], Sequence[bool]], Scorer]


def logistic(x: Sequence[Sequence[float]], y: Sequence[bool]) -> Scorer:
    model = _fit(x, y)
    return lambda rows_: [math.log(p / (1 - p)) if 0 < p < 1 else (50.0 if p else -50.0)
                          for p in _prob(model, rows_)]  # fmt: skip


def stumps(x: Sequence[Sequence[float]], y: Sequence[bool]) -> Scorer:
    model = fit_stumps(x, y)
    return lambda rows_: [stump_score(model, r) for r in rows_]


def _inner(learn: Learner, train: list[Case], values: Callable[[Case], list[float]]) -> list[float]:
    """Each training case's score by a model fitted without its group."""
    scores = [0.0] * len(train)
    for group in {c.group for c in train}:
        inside = [i for i, c in enumerate(train) if c.group != group]
        scorer = learn([values(train[i]) for i in inside], [train[i].same for i in inside])
        left = [i for i, c in enumerate(train) if c.group == group]
        for i, s in zip(left, scorer([values(train[i]) for i in left]), strict=True):
            scores[i] = s
    return scores


def _best_cut(train: list[Case], scores: list[float], most_wrong: float = 0.01) -> float:
    """The cut folding the most training same-event pairs with at most
    most_wrong of its folds different events (the strictest cut if none)."""
    ranked = sorted(zip(scores, (c.same for c in train), strict=True), key=lambda t: -t[0])
    best, same, wrong = ranked[0][0] + 1e-9, 0, 0
    for score, is_same in ranked:
        same, wrong = same + is_same, wrong + (not is_same)
        if wrong <= most_wrong * (same + wrong):
            best = score
    return best


USES = ("model@0", "model@cut", "rule or model", "rule and model")


def decisions(learn: Learner, train: list[Case], test: list[Case],
              values: Callable[[Case], list[float]]) -> dict[str, list[bool]]:  # fmt: skip
    """The four uses' decisions on test, every threshold from train."""
    oof = _inner(learn, train, values)
    scorer = learn([values(c) for c in train], [c.same for c in train])
    scores = scorer([values(c) for c in test])
    cut = _best_cut(train, oof)
    kept_apart = [s for c, s in zip(train, oof, strict=True) if not c.row.folded and not c.same]
    folded = [s for c, s in zip(train, oof, strict=True) if c.row.folded and c.same]
    add, keep = max(kept_apart, default=0.0), min(folded, default=0.0)
    return {
        "model@0": [s >= 0 for s in scores],
        "model@cut": [s >= cut for s in scores],
        "rule or model": [c.row.folded or s > add for c, s in zip(test, scores, strict=True)],
        "rule and model": [c.row.folded and s >= keep for c, s in zip(test, scores, strict=True)],
    }


Values = Callable[[Case], list[float]]


def leave_group_out(
    table: list[Case], learn: Learner, values: Values
) -> dict[str, dict[Pair, bool]]:
    """Each use's decision on every case, by models fitted without its group."""
    out: dict[str, dict[Pair, bool]] = {u: {} for u in USES}
    for group in ORDER:
        test = [c for c in table if c.group == group]
        train = [c for c in table if c.group != group]
        if not test:
            continue
        for use, folded in decisions(learn, train, test, values).items():
            out[use].update((c.row.pair, f) for c, f in zip(test, folded, strict=True))
    return out


# The answers of the rule among the features (tuned on every group, the one
# left out too): the "checks" lists leave them out.
_ANSWERS = {NAMES.index("rule")}
_EXTRA_ANSWERS = {EXTRA.index("search_rule")}


def _checks(c: Case) -> list[float]:
    return [v for i, v in enumerate(c.aside) if i not in _ANSWERS] + [
        v for i, v in enumerate(c.extra) if i not in _EXTRA_ANSWERS
    ]


# The feature lists compared: the rule's 29 values as bench.reprints_features
# computes them (whole pages), alone and with EXTRA; the 29 without the
# sources' furniture, with EXTRA; and that without the rule's answers (its
# checks and EXTRA only).
FEATURE_SETS: dict[str, Values] = {
    "29 pages": lambda c: list(c.row.values),
    "29 pages+extra": lambda c: [*c.row.values, *c.extra],
    "29 aside+extra": lambda c: [*c.aside, *c.extra],
    "checks aside+extra": _checks,
}


def cell(pairs: list[Pair], folded: dict[Pair, bool]) -> str:
    """Same folded / same, different folded / folded (a pair not offered is not folded)."""
    same = sum(1 for p in pairs if p.label == "same")
    hit = sum(1 for p in pairs if p.label == "same" and folded.get(p, False))
    wrong = sum(1 for p in pairs if p.label != "same" and folded.get(p, False))
    share = wrong / (hit + wrong) if hit + wrong else 0.0
    return f"{hit}/{same} ({hit / same:.1%}), {wrong} of {hit + wrong} ({share:.1%})"


def report(
    pairs: list[Pair], table: list[Case], lines: list[str], sets: Sequence[str]
) -> list[str]:
    rule = {c.row.pair: c.row.folded for c in table}
    runs = {"tuned rule": {"": rule}}
    for name, learn in (("logistic", logistic), ("stumps", stumps)):
        for fname in sets:
            values = FEATURE_SETS[fname]
            runs[f"{name} {fname}"] = leave_group_out(table, learn, values)
            print(f"{name} {fname} done", flush=True)
    scopes = [(g, [p for p in pairs if GROUPS[p.a.split(":", 1)[0]] == g]) for g in ORDER]
    scopes += [(s, [p for p in pairs if p.split == s]) for s in FIRSTS]
    scopes += [
        ("ALL dev parts", pairs),
        ("pooled test3-26", [p for p in pairs if p.split in FIRSTS]),
    ]
    for model, uses in runs.items():
        for use, folded in uses.items():
            lines.append(f"== {model} {use}".rstrip())
            lines += [f"  {scope:18} {cell(part, folded)}" for scope, part in scopes if part]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--cache", type=Path, help="keep the features in this file (pickle)")
    parser.add_argument("--sets", default=",".join(FEATURE_SETS), help="feature lists, by name")
    parser.add_argument("--rows", type=Path, help="the checks kept by reprints_features --cache")
    options = parser.parse_args()
    pairs = [p for p in load_pairs() if p.split in SPLITS]  # held-out parts stay unread
    if options.cache is not None and options.cache.exists():
        table = pickle.loads(options.cache.read_bytes())
    else:
        kept = pickle.loads(options.rows.read_bytes()) if options.rows else None
        table = cases(pairs, options.corpus, kept)
        if options.cache is not None:
            options.cache.write_bytes(pickle.dumps(table))
    head = [f"{len(table)} pairs offered within the window"]
    print("\n".join(report(pairs, table, head, options.sets.split(","))))


if __name__ == "__main__":
    main()
