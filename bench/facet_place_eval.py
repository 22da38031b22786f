"""Experiment (stop 46, lf47, not shipped): fit the place decision of
:mod:`bench.facet_place` on the facet parts' labels, leave one corpus group out, and
score each left-out group with ``bench/facet_precision_eval.py``.

Run from the repository root (needs the parts' articles in ../bench-data and numpy)::

    python bench/place_sense_eval.py --model CONLL.json   # lf46's mention model
    export PLACE_SENSE_MODEL=CONLL.json
    python bench/facet_place_runs.py record OUT PART ...   # features of every pair
    python bench/facet_place_eval.py OUT [--score] [--l2 1.0] [--right-lost 0.01]
        [--groups GROUP ... | all] [--drop PREFIX ...] [--even] [--with-country]
    python bench/facet_place_eval.py OUT --table           # before/after, value flows

Training examples: every (article, place id) pair the indexer's extraction keeps in a
part, whose id the part labels in its place facet; the pair takes the value's label.
Weighting: each labelled value weighs 1 in all, spread equally over its articles (a
wrong value is wrong because of some of its articles, not all: no one value's many
articles outweigh the others). The model is an L2 logistic regression over the
standardised pair features. For each group it is fitted on the others (20 groups, 19
fitted, when stop 46's figures of ``bench/EXTRACTION.md`` were taken; fresh20, ``vunews``,
fresh21, ``uslocal``, fresh22, ``guardian``, fresh23, ``nexisnews``, fresh24,
``latafnews``, and fresh25, ``tehrantimes``, joined once scored: ``record`` them before a run), and
its cut is chosen on those alone: the highest P(right) (grid of 0.01) below which at
most ``--right-lost`` of the right values' pairs (counted one a pair) fall. The pair
figures of the left-out group are printed; ``--score`` then scores each of its parts
with the pairs under the cut taken out (reports and dumps in ``OUT/score``). Ablations:
``--drop`` leaves features out by name prefix, ``--even`` weighs every pair 1,
``--with-country`` keeps only pairs of ids with a country; ``--groups all`` fits on every
group (the model the guards were run with).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.facet_place_runs import score_part  # noqa: E402
from bench.facet_precision_eval import PARTS, read_labels  # noqa: E402

#: lf46's corpus groups: the Wikinews parts, the BBC parts, every other part alone
#: (a part of a corpus no other part reads under the corpus's name).
WIKINEWS = ("dev", "test", "test2")
BBC = ("test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "fresh11")
GROUPS = {
    "wikinews": WIKINEWS,
    "BBC": BBC,
    **{f"fresh{i}": (f"fresh{i}",) for i in (*range(1, 11), *range(12, 20))},
    "vunews": ("fresh20",),
    "uslocal": ("fresh21",),
    "guardian": ("fresh22",),
    "nexisnews": ("fresh23",),
    "latafnews": ("fresh24",),
    "tehrantimes": ("fresh25",),
}
Pairs = tuple[list[str], np.ndarray, np.ndarray, np.ndarray]  # ids, X, label, weight


def part_pairs(out: Path, part: str, names: list[str], args: argparse.Namespace) -> Pairs:
    """The labelled place pairs of ``part`` recorded in ``out``, one a (article, id);
    with ``--with-country`` only those of ids with a country ("...@GB")."""
    labels = read_labels(PARTS[part] / "labels.jsonl")
    seen: dict[tuple[str, str], dict[str, float]] = {}
    for line in (out / f"{part}.pairs.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if args.with_country and "@" not in row["id"]:
            continue
        if ("place", row["id"]) in labels:
            seen.setdefault((row["article"], row["id"]), row["x"])
    ids = [e for _, e in seen]
    counts = {e: ids.count(e) for e in set(ids)}
    x = np.array([[f[n] for n in names] for f in seen.values()]).reshape(-1, len(names))
    y = np.array([float(labels[("place", e)]) for e in ids])
    w = np.array([1.0 / counts[e] for e in ids])
    if args.even:  # the ablation: every pair weighs 1, whatever its value's article count
        w = np.ones(len(ids))
    return [f"{part}:{e}" for e in ids], x, y, w


def join(parts: list[Pairs]) -> Pairs:
    ids = [i for p in parts for i in p[0]]
    return (
        ids,
        np.vstack([p[1] for p in parts]),
        *(np.concatenate([p[k] for p in parts]) for k in (2, 3)),
    )  # type: ignore[return-value]


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> dict[str, object]:
    """Weighted L2 logistic regression on standardised features, by full-batch Adam."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    theta = np.zeros(z.shape[1] + 1)
    m, v = np.zeros_like(theta), np.zeros_like(theta)
    zb = np.hstack([z, np.ones((len(z), 1))])
    for step in range(1, 1501):
        p = 1.0 / (1.0 + np.exp(-(zb @ theta)))
        grad = zb.T @ ((p - y) * w) / w.sum()
        grad[:-1] += l2 * theta[:-1] / w.sum()
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        theta -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {
        "mean": mean.tolist(),
        "scale": scale.tolist(),
        "weights": theta[:-1].tolist(),
        "bias": float(theta[-1]),
    }


def predict(model: dict[str, object], x: np.ndarray) -> np.ndarray:
    z = (x - np.array(model["mean"])) / np.array(model["scale"])
    return 1.0 / (1.0 + np.exp(-(z @ np.array(model["weights"]) + float(model["bias"]))))  # type: ignore[arg-type]


def cut_for(p: np.ndarray, y: np.ndarray, lost: float) -> float:
    """The highest cut (grid 0.01) taking out at most ``lost`` of the right pairs."""
    best = 0.0
    for cut in np.arange(0.01, 0.96, 0.01):
        if ((p < cut) & (y == 1)).sum() <= lost * (y == 1).sum():
            best = round(float(cut), 2)
    return best


def pair_figures(name: str, p: np.ndarray, y: np.ndarray, w: np.ndarray, cut: float) -> str:
    """Pairs taken out: right pairs lost, wrong pairs (and value-weights) caught."""
    out = p < cut
    right, wrong = y == 1, y == 0
    return (
        f"{name}: cut {cut:.2f}; {int(out.sum())} of {len(y)} pairs out; right "
        f"{int((out & right).sum())}/{int(right.sum())}; wrong {int((out & wrong).sum())}/"
        f"{int(wrong.sum())} (weight {w[out & wrong].sum():.1f}/{w[wrong].sum():.1f})"
    )


def leave_out(out: Path, group: str, names: list[str], args: argparse.Namespace) -> Path:
    """Fit on every group but ``group``, cut there, print both figures; the model file."""
    train = join(
        [part_pairs(out, p, names, args) for g, ps in GROUPS.items() if g != group for p in ps]
    )
    # "all": every group fitted on (the model the guards are run with), none left out
    held = join([part_pairs(out, p, names, args) for p in GROUPS.get(group, GROUPS["wikinews"])])
    model = fit(train[1], train[2], train[3], args.l2)
    p_train = predict(model, train[1])
    cut = cut_for(p_train, train[2], args.right_lost)
    fitted = len(GROUPS) - (group in GROUPS)
    print(pair_figures(f"{group} training ({fitted} groups)", p_train, train[2], train[3], cut))
    p_held = predict(model, held[1])
    print(pair_figures(f"{group} LEFT OUT", p_held, held[2], held[3], cut))
    for i in np.flatnonzero(p_held < cut):
        print(f"    out: {held[0][i]} label={int(held[2][i])} p={p_held[i]:.2f}")
    path = out / "models" / f"{group}.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        json.dumps({"names": names, "threshold": cut, **model}) + "\n", encoding="utf-8"
    )
    return path


def _counts(report: Path) -> dict[str, tuple[int, int, int]]:
    """facet -> (right, labelled, unlabelled) from a facet_precision_eval report."""
    found = {}
    for line in report.read_text(encoding="utf-8").splitlines()[1:5]:
        words = line.replace("(", " ").replace(";", " ").split()
        unlabelled = int(words[7]) if len(words) > 7 else 0
        found[words[0]] = (int(words[3]), int(words[5]), unlabelled)
    return found


def table(out: Path) -> None:
    """Per group and pooled: right of labelled (unlabelled) before and after, all facets
    and the place facet."""
    total = np.zeros((2, 2, 3), dtype=int)
    for group, parts in GROUPS.items():
        both = np.zeros((2, 2, 3), dtype=int)
        for part in parts:
            for k, folder in enumerate((out, out / "score")):
                counts = _counts(folder / f"{part}.txt")
                both[k] += np.array([counts["all"], counts["place"]])
        total += both
        print(group, _row(both))
    print("pooled", _row(total))


def _row(both: np.ndarray) -> str:
    cells = []
    for k in (0, 1):
        for f in (0, 1):
            right, labelled, unlabelled = both[k, f]
            cells.append(f"{right / labelled:.3f} ({right}/{labelled}, {unlabelled} unl.)")
    return "before all {} place {} | after all {} place {}".format(*cells)


def _top(path: Path) -> set[tuple[str, str, str]]:
    """(query, facet, id) of the top-20 values in a dump."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {(r["query"], r["facet"], r["id"]) for r in rows if r["rank"] <= 20}


def flows(out: Path) -> None:
    """Per group: wrong and right values leaving and entering the top 20s (a value
    counted once a query), by the labels as they stand."""
    total = np.zeros(4, dtype=int)
    for group, parts in GROUPS.items():
        counts = np.zeros(4, dtype=int)
        for part in parts:
            labels = read_labels(PARTS[part] / "labels.jsonl")
            before = _top(out / f"{part}.dump.jsonl")
            after = _top(out / "score" / f"{part}.dump.jsonl")
            for k, values in enumerate((before - after, after - before)):
                for _, facet, entity in values:
                    counts[2 * k + int(labels.get((facet, entity), True))] += 1
        total += counts
        print(
            f"{group}: wrong out {counts[0]} in {counts[2]}; right out {counts[1]} in {counts[3]}"
        )
    print(f"pooled: wrong out {total[0]} in {total[2]}; right out {total[1]} in {total[3]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="the folder of the recorded pairs")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--right-lost", type=float, default=0.01)
    parser.add_argument("--score", action="store_true", help="score the left-out parts")
    parser.add_argument("--groups", nargs="*", default=list(GROUPS), help='or "all"')
    parser.add_argument("--drop", nargs="*", default=[], help="features left out, by prefix")
    parser.add_argument("--table", action="store_true", help="only the before/after table")
    parser.add_argument("--even", action="store_true", help="every pair weighs 1")
    parser.add_argument("--with-country", action="store_true", help="only ids with a country")
    args = parser.parse_args()
    if args.table:
        table(args.out)
        flows(args.out)
        return
    first = json.loads((args.out / "test2.pairs.jsonl").open(encoding="utf-8").readline())
    names = sorted(n for n in first["x"] if not any(n.startswith(d) for d in args.drop))
    for group in args.groups:
        model = leave_out(args.out, group, names, args)
        if args.score:
            for part in GROUPS.get(group, ()):
                print(score_part(part, model, args.out / "score").splitlines()[4])


if __name__ == "__main__":
    main()
