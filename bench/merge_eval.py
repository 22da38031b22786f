"""Score the labelled merge pairs of ``tests/data/merge_pairs.tsv`` (issue 14, item 2).

Usage (from the repository root)::

    python bench/merge_eval.py [--show]

For each pair, :func:`index.extract.resolution.join_rule` says whether the two spellings
become one entity. Reported: the share of "join" pairs joined (target >= 0.95) and of
"apart" pairs joined (false joins, target <= 0.01), overall and by source and type; and,
for comparison, the same figures for the name key alone (no gazetteer). ``--show`` lists
every pair scored wrongly.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.extract.resolution import join_rule  # noqa: E402
from index.names import name_key  # noqa: E402

PAIRS = ROOT / "tests" / "data" / "merge_pairs.tsv"


def read_pairs(path: Path = PAIRS) -> list[tuple[str, str, str, str, str]]:
    """(label, type, first, second, source) rows of the labelled file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            label, kind, first, second, source, *_ = line.split("\t")
            rows.append((label, kind, first, second, source))
    return rows


def score(rows: list[tuple[str, str, str, str, str]], key_only: bool = False) -> Counter[str]:
    """Counts per (label, group): total and joined, for groups "all", source, type."""
    counts: Counter[str] = Counter()
    for label, kind, first, second, source in rows:
        if key_only:
            joined = name_key(first) == name_key(second)
        else:
            joined = join_rule(kind, first, second) is not None
        for group in ("all", f"source {source}", f"type {kind}"):
            counts[f"{label}|{group}|n"] += 1
            counts[f"{label}|{group}|joined"] += joined
    return counts


def rates(counts: Counter[str], group: str = "all") -> tuple[float, float]:
    """(variants joined, false joins) for one group."""
    joins = counts[f"join|{group}|joined"] / max(1, counts[f"join|{group}|n"])
    false = counts[f"apart|{group}|joined"] / max(1, counts[f"apart|{group}|n"])
    return joins, false


def report(counts: Counter[str], title: str) -> None:
    print(title)
    groups = sorted({key.split("|")[1] for key in counts}, key=lambda g: (g != "all", g))
    for group in groups:
        joined, false = rates(counts, group)
        n_join, n_apart = counts[f"join|{group}|n"], counts[f"apart|{group}|n"]
        print(
            f"  {group:18} variants joined {joined:6.1%} of {n_join:3}   "
            f"false joins {false:6.1%} of {n_apart:3}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="list the pairs scored wrongly")
    args = parser.parse_args()
    rows = read_pairs()
    report(score(rows), "resolver (index.extract.resolution.join_rule):")
    report(score(rows, key_only=True), "name key alone (index.names.name_key), for comparison:")
    if args.show:
        for label, kind, first, second, source in rows:
            rule = join_rule(kind, first, second)
            if (rule is None) == (label == "join"):
                print(f"  wrong: {label} {kind} {first!r} / {second!r} ({source}): {rule}")


if __name__ == "__main__":
    main()
