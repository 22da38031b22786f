"""Which check said what, and would a learned decision generalise better?

For every labelled pair the containment test offers within the window (the
only pairs the same-event test ever decides), this reads both texts as
``index.particulars.same_event`` does and records the checks it computes: the
disagreement checks (paragraphs, table rows, subjects, follow-ups), the tally
of particulars (figures and names each has alone, in common, specific, strong,
precise; shingles in common), the opening and layout checks (openings shared,
leads matched, figures replaced, names swapped, round-ups refilled, copied
whole, continued), the dates (same day, days apart) and the rule's answer.

``--explain PARTS`` lists the wrong decisions of those parts with these
values (which check said what). ``--lopo`` fits a logistic regression on
the features of eight parts and scores the ninth, for each part (leave one
part out), in three uses: the model alone, the rule or the model (the model
may fold what the rule keeps apart, at a threshold set on the eight parts so
that it folds no different-event pair there), and the rule and the model (the
model may keep apart what the rule folds, at a threshold set so that it keeps
no same-event pair apart there). numpy is needed here only (the training);
nothing of it is shipped unless a use beats the rule (bench/README.md).

    python -m bench.reprints_features [--corpus FILE] [--explain PARTS] [--lopo]
"""

from __future__ import annotations

import argparse
import math
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.reprints_score import (
    CORPUS,
    LABELLED,
    SPLITS,
    Pair,
    Side,
    evaluate,
    in_window,
    load_pairs,
    load_sides,
    search_rule,
)
from index.layout import (
    continues,
    copied_whole,
    figures_replaced,
    follow_up,
    leads_match,
    names_swapped,
    opening_news,
    openings_shared,
    paragraphs_disagree,
    refilled,
    rows_differ,
    subjects_differ,
)
from index.particulars import _tally, same_event
from index.text_particulars import read

NAMES = (
    "rule", "par_disagree", "rows_differ", "subjects_differ", "follow_up", "corrects_differ",
    "figs_alone_max", "figs_alone_min", "names_alone_max", "names_alone_min", "shared",
    "specific", "strong", "alone", "precise", "prose", "containment", "length_ratio",
    "shared_share", "openings_shared", "leads_match", "figures_replaced", "names_swapped",
    "refilled", "copied_whole", "continues", "opening_news", "same_day", "days_apart",
)  # fmt: skip


@dataclass(frozen=True)
class Row:
    pair: Pair
    folded: bool  # by the search's rule
    values: tuple[float, ...]


def features(a: Side, b: Side) -> tuple[float, ...]:
    """The checks same_event computes for a and b, as numbers (counts as log(1+n))."""
    first, second = read(a.text), read(b.text)
    t = _tally(first, second)
    f, n = t.figures, t.names
    same_day = a.published is not None and a.published == b.published
    shorter = min(len(first.shingles), len(second.shingles)) or 1
    longer = max(len(first.shingles), len(second.shingles)) or 1
    gap = abs((a.published - b.published).days) if a.published and b.published else 0
    rule = same_event(a.text, b.text, same_day=same_day) or same_event(
        b.text, a.text, same_day=same_day
    )
    log = [math.log1p(x) for x in (
        max(len(f.mine), len(f.theirs)), min(len(f.mine), len(f.theirs)),
        max(len(n.mine), len(n.theirs)), min(len(n.mine), len(n.theirs)),
        t.shared, t.specific, t.strong, t.alone, t.precise, t.prose)]  # fmt: skip
    flags = (
        rule, paragraphs_disagree(first, second), rows_differ(first, second),
        subjects_differ(first, second), follow_up(first, second) or follow_up(second, first),
        first.corrects != second.corrects,
    )  # fmt: skip
    layout = (
        openings_shared(first, second), leads_match(first, second),
        figures_replaced(first, second), names_swapped(first, second),
        refilled(first, second) or refilled(second, first), copied_whole(first, second),
        continues(first, second), opening_news(first, second) or opening_news(second, first),
        same_day,
    )  # fmt: skip
    ratios = (t.prose / shorter, shorter / longer, t.shared / max(1, t.shared + t.alone))
    return (*map(float, flags), *log, *ratios, *map(float, layout), gap / 7)


def rows(pairs: list[Pair], texts: dict[str, Side]) -> list[Row]:
    """The pairs containment offers within the window, with their features."""
    offered = [d for d in evaluate(pairs, texts, in_window) if d.folded]
    folded = {d.pair: d.folded for d in evaluate([d.pair for d in offered], texts, search_rule)}
    return [Row(d.pair, folded[d.pair], features(texts[d.pair.a], texts[d.pair.b]))
            for d in offered]  # fmt: skip


def explain(table: list[Row], parts: Sequence[str]) -> list[str]:
    """The wrong decisions of these parts, with the checks' values."""
    lines = []
    for row in table:
        if row.pair.split in parts and row.folded != (row.pair.label == "same"):
            shown = [f"{name}={_short(v)}" for name, v in zip(NAMES, row.values, strict=True)
                     if v]  # fmt: skip
            lines.append(f"  {row.pair.split} {row.pair.label} {row.pair.a} {row.pair.b} "
                         f"({row.pair.kind}): {' '.join(shown)}")  # fmt: skip
    return lines


def _short(value: float) -> str:
    return "1" if value == 1.0 else f"{value:.2f}"


Model = tuple[list[float], list[float], list[float]]  # means, scales, weights (bias last)


def _fit(x: Sequence[Sequence[float]], y: Sequence[bool]) -> Model:
    """Logistic regression by gradient descent (numpy), features standardised, L2 0.01."""
    import numpy as np

    xs, ys = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    mean, scale = xs.mean(axis=0), xs.std(axis=0) + 1e-9
    z = np.hstack([(xs - mean) / scale, np.ones((len(xs), 1))])
    w = np.zeros(z.shape[1])
    for _ in range(3000):
        p = 1 / (1 + np.exp(-z @ w))
        w -= 0.5 * (z.T @ (p - ys) / len(ys) + 0.01 * np.r_[w[:-1], 0])
    return mean.tolist(), scale.tolist(), w.tolist()


def _prob(model: Model, x: Sequence[Sequence[float]]) -> list[float]:
    """The model's probability of the same event for each row of x (pure Python)."""
    mean, scale, w = model
    return [1 / (1 + math.exp(-(w[-1] + sum(wi * (v - m) / s for wi, v, m, s
                                             in zip(w, row, mean, scale, strict=False)))))
            for row in x]  # fmt: skip


# How far above the highest-scored different-event pair the rule keeps apart
# (on the training parts) the model must score a pair to fold it.
MARGINS = (0.0, 0.05, 0.1)


def _threshold(model: Model, train: list[Row], margin: float) -> float:
    """The least probability at which the model folds a pair the rule keeps
    apart: above every such different-event pair of train, plus margin."""
    probs = _prob(model, [r.values for r in train])
    kept = [p for r, p in zip(train, probs, strict=True) if not r.folded and r.pair.label != "same"]
    return float(max(kept, default=0.5)) + margin


def lopo(table: list[Row], all_pairs: list[Pair]) -> list[str]:
    """Leave one part out: the rule against the model alone, the rule or the
    model (at each of MARGINS) and the rule and the model, per part."""
    same_total = {s: sum(p.label == "same" for p in all_pairs if p.split == s) for s in SPLITS}
    heads = ["rule", "model", *(f"or model +{m}" for m in MARGINS), "and model"]
    lines = [f"{'part':6} " + " ".join(f"{h:>15}" for h in heads)]
    for part in SPLITS:
        train = [r for r in table if r.pair.split != part]
        test = [r for r in table if r.pair.split == part]
        model = _fit([r.values for r in train], [r.pair.label == "same" for r in train])
        p_train = _prob(model, [r.values for r in train])
        p_test = _prob(model, [r.values for r in test])
        cut = min([p for r, p in zip(train, p_train, strict=True)
                   if r.folded and r.pair.label == "same"], default=0.5)  # fmt: skip
        adds = [_threshold(model, train, m) for m in MARGINS]
        uses = [
            [r.folded for r in test],
            [p >= 0.5 for p in p_test],
            *([r.folded or p > add for r, p in zip(test, p_test, strict=True)] for add in adds),
            [r.folded and p >= cut for r, p in zip(test, p_test, strict=True)],
        ]
        cells = [_cell(test, use, same_total[part]) for use in uses]
        lines.append(f"{part:6} " + " ".join(f"{c:>15}" for c in cells))
    return lines


def _cell(test: list[Row], folded: list[bool], same_total: int) -> str:
    same = sum(f for r, f in zip(test, folded, strict=True) if r.pair.label == "same")
    wrong = sum(f for r, f in zip(test, folded, strict=True) if r.pair.label != "same")
    return f"{same}/{same_total} {wrong}/{same + wrong}"


def unlabelled(table: list[Row], corpus: Path, margin: float) -> list[str]:
    """The unlabelled Reuters pairs containment offers within the window
    (``bench.reprints_draw``'s lookup, the labelled pairs left out) whose
    decision the rule or the model (fitted on every labelled part, folding at
    margin above the highest different-event pair the rule keeps apart)
    flips: ids, the model's probability and the dates; titles are looked up
    by hand, and no text is printed."""
    from bench.reprints_draw import dates, labelled, load, strata_of, within

    articles = load(corpus)
    offered, _ = strata_of(articles, labelled(LABELLED)[0], within(dates(corpus), 7))
    pairs = [Pair(f"reuters:{a}", f"reuters:{b}", "?", "?", "unlabelled", "") for a, b in offered]
    texts = load_sides(pairs, corpus)
    found = rows(pairs, texts)
    model = _fit([r.values for r in table], [r.pair.label == "same" for r in table])
    add = _threshold(model, table, margin)
    probs = _prob(model, [r.values for r in found])
    flips = sorted(((float(p), r) for r, p in zip(found, probs, strict=True)
                    if not r.folded and p > add), key=lambda f: -f[0])  # fmt: skip
    lines = [f"unlabelled: {len(found)} offered within the window, "
             f"{sum(r.folded for r in found)} folded by the rule; "
             f"{len(flips)} flipped to folded by the model above {add:.3f}"]  # fmt: skip
    for p, r in flips:
        first, second = texts[r.pair.a].published, texts[r.pair.b].published
        lines.append(f"  {p:.3f} {r.pair.a} ({first}) {r.pair.b} ({second})")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--explain", metavar="PARTS", help="list these parts' wrong decisions")
    parser.add_argument("--lopo", action="store_true", help="leave one part out")
    parser.add_argument(
        "--unlabelled", type=float, metavar="MARGIN", help="the unlabelled pairs the model flips"
    )
    parser.add_argument("--cache", type=Path, help="keep the features in this file (pickle)")
    options = parser.parse_args()
    pairs = [p for p in load_pairs() if p.split in SPLITS]  # held-out parts stay unread
    if options.cache is not None and options.cache.exists():
        table = pickle.loads(options.cache.read_bytes())
    else:
        texts = load_sides(pairs, options.corpus)
        table = rows([p for p in pairs if p.a in texts and p.b in texts], texts)
        if options.cache is not None:
            options.cache.write_bytes(pickle.dumps(table))
    lines = [f"{len(table)} pairs offered within the window"]
    if options.explain:
        lines += explain(table, options.explain.split(","))
    if options.lopo:
        lines += lopo(table, pairs)
    if options.unlabelled is not None:
        lines += unlabelled(table, options.corpus, options.unlabelled)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
