"""Experiment (stop 46, not shipped): fit and score a learned place-mention decision,
:mod:`bench.place_sense`, validated on corpora it was not fitted on.

Run from the repository root (needs ../shared/corpora/conll2003 and, for ``--facets``,
the parts' articles in ../bench-data; numpy)::

    python bench/place_sense_eval.py [--model FILE] [--l2 1.0] [--min-count 3]
        [--places-lost 0.01] [--facets PART ...] [--out DIR]

Training data: CoNLL-2003 ``eng.train`` only, read as article text (``bench/conll.py``).
Every capitalised gazetteer match in a document (the longest names on word boundaries
that the place matcher would read as a place, :func:`index.extract.places._fitting_place`)
is an example: the place (1) if it is exactly a gold LOC span, not the place (0) if it
lies inside a longer gold ORG, MISC or PER span ("Bank of England", "Japan Open", "Paris
Saint-Germain"); a match joined to a word by a hyphen ("Paris-based", which CoNLL
tags whole as MISC) is no word of a name and is left out, as the mend leaves it;
a match that is a whole ORG span (a club named by its town in a results table)
is left out, and matches outside any gold span or inside a longer LOC span are left out.
Features are :func:`bench.place_sense.place_features`, the same function the mend
calls. The model is an L2-regularised logistic regression fitted by full-batch Adam on
numpy; features seen fewer than ``--min-count`` times are dropped.

The threshold is chosen on the training split alone, by five-fold cross-validation
(folds by document): the highest P(place) (a grid of 0.01) below which the mentions
taken out are at most ``--places-lost`` (1%) of the gold places. Nothing of the facet
parts is fitted, so the one model is the left-out model of every corpus group. The
weights go to ``--model`` (a temporary file unless given). ``--facets PART ...`` then
scores each part with ``bench/facet_precision_eval.py`` with the mend appended to
:data:`index.extract.entities.MENDS` (through a ``sitecustomize`` module put first on
the indexer's path), writing each part's report and its top-30 dump to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.conll import DEV, TRAIN, Document, read_documents  # noqa: E402
from bench.place_sense import _context, _run, joined, place_features  # noqa: E402
from index.extract.places import _fitting_place, _name_spans  # noqa: E402
from index.names import fold_text  # noqa: E402

#: Appends the mend to the indexer's MENDS in the scorer's indexing process.
_SITECUSTOMIZE = """import index.extract.entities as entities
from bench.place_sense import without_name_words
entities.MENDS = (*entities.MENDS, without_name_words)
"""
Example = tuple[list[str], int, int]  # features, label, document number


def _label(start: int, end: int, spans: tuple[tuple[int, int, str], ...]) -> int | None:
    """1 for a gold LOC span exactly, 0 inside a gold non-LOC span, else None."""
    for s, e, kind in spans:
        if s <= start and end <= e:
            if kind == "LOC":
                return 1 if (s, e) == (start, end) else None
            # a place's name standing alone for a team or a body ("Hamburg 2 Cologne
            # 1") is metonymy, not a word of a longer name: not this model's question
            return 0 if (s, e) != (start, end) else None
    return None


def examples(docs: list[Document]) -> list[Example]:
    """The labelled gazetteer matches of ``docs``."""
    out: list[Example] = []
    for number, doc in enumerate(docs):
        text = doc.text
        found = []
        for start, end in _name_spans(fold_text(text)):
            if _fitting_place(text[start:end]) is None or joined(text, start, end):
                continue
            found.append((start, end, _label(start, end, doc.spans)))
        alone = {fold_text(text[s:e]) for s, e, _ in found if _alone(text, s, e)}
        for start, end, label in found:
            if label is None:
                continue
            surface = fold_text(text[start:end])
            out.append((place_features(text, start, end, surface in alone), label, number))
    return out


def _alone(text: str, start: int, end: int) -> bool:
    before, after, _, _ = _context(text, start, end)
    return _run(before, after) == (0, 0)


def fit(rows: list[list[int]], y: np.ndarray, size: int, l2: float) -> np.ndarray:
    """Logistic regression weights (L2 ``l2``, bias unpenalised) by full-batch Adam."""
    r = np.repeat(np.arange(len(rows)), [len(x) for x in rows])
    c = np.concatenate([np.asarray(x, dtype=np.int64) for x in rows])
    w = np.zeros(size)
    m = np.zeros(size)
    v = np.zeros(size)
    penalty = np.full(size, l2 / len(rows))
    penalty[0] = 0.0  # feature 0 is the bias
    for step in range(1, 801):
        z = np.bincount(r, weights=w[c], minlength=len(rows))
        p = 1.0 / (1.0 + np.exp(-z))
        grad = np.bincount(c, weights=(p - y)[r], minlength=size) / len(rows) + penalty * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def predict(rows: list[list[int]], w: np.ndarray) -> np.ndarray:
    return np.array([1.0 / (1.0 + np.exp(-w[x].sum())) for x in rows])


def threshold(p: np.ndarray, y: np.ndarray, loss: float) -> float:
    """The highest cut (a grid of 0.01) whose removals (p < cut) take at most ``loss``
    of the places."""
    best = 0.0
    places = (y == 1).sum()
    for cut in np.arange(0.01, 0.96, 0.01):
        if ((p < cut) & (y == 1)).sum() <= loss * places:
            best = round(float(cut), 2)
    return best


def report(name: str, p: np.ndarray, y: np.ndarray, cut: float) -> None:
    taken = p < cut
    print(
        f"{name}: {len(y)} matches, {int((y == 0).sum())} not places; cut {cut:.2f} takes "
        f"{int(taken.sum())}: {int((y[taken] == 0).sum())} not places, "
        f"{int((y[taken] == 1).sum())} places ({(y[taken] == 1).sum() / max(1, (y == 1).sum()):.3%}"
        f" of places); non-places caught {(y[taken] == 0).sum() / max(1, (y == 0).sum()):.1%}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--places-lost", type=float, default=0.01)
    parser.add_argument("--model", type=Path, help="where the weights go")
    parser.add_argument("--facets", nargs="*", default=[], help="facet parts to score")
    parser.add_argument("--out", type=Path, default=Path("place_sense_out"))
    args = parser.parse_args()
    model = args.model or Path(tempfile.mkdtemp()) / "place_sense.json"
    train_model(args, model)
    for part in args.facets:
        score_part(part, model, args.out)


def score_part(part: str, model: Path, out: Path) -> None:
    """Score ``part`` with the mend in place: its report and top-30 dump in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    hook = Path(tempfile.mkdtemp())
    (hook / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    path = os.pathsep.join(p for p in (str(hook), str(ROOT), os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, "PYTHONPATH": path, "PLACE_SENSE_MODEL": str(model.resolve())}
    command = [sys.executable, str(ROOT / "bench" / "facet_precision_eval.py"), "--part", part]
    command += ["--dump", str(out / f"{part}.dump.jsonl"), "--dump-top", "30"]
    report = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    (out / f"{part}.txt").write_text(report.stdout, encoding="utf-8")
    print(report.stdout.splitlines()[4] if len(report.stdout.splitlines()) > 4 else report.stdout)


def train_model(args: argparse.Namespace, out: Path) -> None:
    """Fit the model on eng.train, choose its cut there, report eng.testa, write it."""
    train = examples(read_documents(TRAIN))
    counts: dict[str, int] = {}
    for feats, _, _ in train:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    names = ["bias", *sorted(f for f, n in counts.items() if n >= args.min_count and f != "bias")]
    index = {f: i for i, f in enumerate(names)}
    rows = [[index[f] for f in feats if f in index] for feats, _, _ in train]
    y = np.array([label for _, label, _ in train], dtype=float)
    docs = np.array([d for _, _, d in train])
    held = np.zeros(len(y))
    for fold in range(5):
        part = docs % 5 == fold
        w = fit(
            [x for x, t in zip(rows, part, strict=True) if not t], y[~part], len(names), args.l2
        )
        held[part] = predict([x for x, t in zip(rows, part, strict=True) if t], w)
    cut = threshold(held, y, args.places_lost)
    report("eng.train, five-fold", held, y, cut)
    w = fit(rows, y, len(names), args.l2)
    dev = examples(read_documents(DEV))
    dev_rows = [[index[f] for f in feats if f in index] for feats, _, _ in dev]
    report("eng.testa (not fitted on)", predict(dev_rows, w), np.array([e[1] for e in dev]), cut)
    weights = {f: round(float(x), 4) for f, x in zip(names, w, strict=True) if abs(x) >= 1e-3}
    model = {"threshold": cut, "weights": weights}
    out.write_text(json.dumps(model, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(weights)} weights, threshold {cut:.2f}")


if __name__ == "__main__":
    main()
