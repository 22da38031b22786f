"""Exact-span precision, recall and F1 of entity extraction on CoNLL-2003 English (issue 14).

Usage (from the repository root)::

    python bench/conll_eval.py [--part tune|held|both|train] [--errors N]

The development split (``../shared/corpora/conll2003/eng.testa``) is detokenised into
articles (``bench/conll.py``) and given to :func:`index.extract.entities.extract_entities`
as raw text; its PERSON, PLACE and ORG mentions are scored as PER, LOC and ORG against
the gold character spans. MISC is not extracted, so "all" is over PER, LOC and ORG.
``--part tune`` scores the documents the extractor was tuned on, ``held`` the third
kept back while working (see ``bench/conll.split_dev``), ``both`` each of them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.conll import DEV, TRAIN, Document, prf, read_documents, score, split_dev  # noqa: E402
from index.extract.entities import extract_entities  # noqa: E402

TYPE_OF = {"PERSON": "PER", "PLACE": "LOC", "ORG": "ORG"}
TYPES = ("PER", "LOC", "ORG")


def evaluate(docs: list[Document], errors: int) -> dict[str, tuple[int, int, int]]:
    totals: dict[str, list[int]] = {t: [0, 0, 0] for t in (*TYPES, "all")}
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    for doc in docs:
        found = [(m.start, m.end, TYPE_OF[m.type]) for m in extract_entities(doc.text)]
        gold = list(doc.spans)
        for kind, counts in score(gold, found, TYPES).items():
            for i in range(3):
                totals[kind][i] += counts[i]
        if errors:
            gold_set = {g for g in gold if g[2] in TYPES}
            for s, e, k in set(found) - gold_set:
                spurious[f"{k}:{doc.text[s:e]}"] += 1
            for s, e, k in gold_set - set(found):
                missed[f"{k}:{doc.text[s:e]}"] += 1
    if errors:
        print("  most frequent spurious:", spurious.most_common(errors))
        print("  most frequent missed:", missed.most_common(errors))
    return {k: (v[0], v[1], v[2]) for k, v in totals.items()}


def report(name: str, totals: dict[str, tuple[int, int, int]]) -> None:
    print(f"{name}:")
    for kind in (*TYPES, "all"):
        p, r, f = prf(*totals[kind])
        print(f"  {kind:4} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  (gold {totals[kind][2]})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("tune", "held", "both", "train"), default="tune")
    parser.add_argument("--errors", type=int, default=0, help="list the N commonest errors")
    args = parser.parse_args()
    if args.part == "train":
        report("train", evaluate(read_documents(TRAIN), args.errors))
        return
    tune, held = split_dev(read_documents(DEV))
    if args.part in ("tune", "both"):
        report(f"development, tuning part ({len(tune)} documents)", evaluate(tune, args.errors))
    if args.part in ("held", "both"):
        report(f"development, held-back part ({len(held)} documents)", evaluate(held, 0))


if __name__ == "__main__":
    main()
