"""Train the sequence tagger shipped as ``index/data/tagger.crfsuite``.

Run from the repository root (needs ../shared/corpora/conll2003 beside it)::

    pip install python-crfsuite
    python scripts/train_tagger.py [--c1 0.05] [--c2 0.01] [--iterations 150]

Training data: the CoNLL-2003 English training split ``eng.train`` only (the
development split is for scoring, ``bench/conll_eval.py``). Each document is
detokenised into article text (``bench/conll.py``), cut into lines and tokens by
:func:`index.extract.tagger.tokens` exactly as an article is at run time, and every
token labelled B-/I-TYPE from the gold character spans (BIO). Features are
:func:`index.extract.tagger.run_features`. Re-runnable; it overwrites the model.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.conll import TRAIN, Document, read_documents  # noqa: E402
from index.extract.tagger import MODEL, read_text, run_features, runs  # noqa: E402

OUT = ROOT / "index" / "data" / MODEL


def labelled_lines(doc: Document) -> list[tuple[list[list[str]], list[str]]]:
    """(features, BIO labels) of each run of tokens the tagger reads in a document."""
    read = read_text(doc.text)
    labels = ["O"] * len(read.starts)
    starts = {s: i for i, s in enumerate(read.starts)}
    for start, end, kind in doc.spans:
        i = starts.get(start)
        first = True
        while i is not None and i < len(read.starts) and read.ends[i] <= end:
            labels[i] = f"{'B' if first else 'I'}-{kind}"
            first, i = False, i + 1
    return [(run_features(read, run), labels[run.start : run.stop]) for run in runs(read)]


def main() -> None:
    import pycrfsuite

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    lines = 0
    for doc in read_documents(TRAIN):
        for features, labels in labelled_lines(doc):
            trainer.append(features, labels)
            lines += 1
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 1,
        }
    )
    trainer.train(str(args.out))
    print(
        f"{lines} lines trained in {time.perf_counter() - started:.0f} s -> {args.out} "
        f"({args.out.stat().st_size / 1e6:.1f} MB)"
    )


if __name__ == "__main__":
    main()
