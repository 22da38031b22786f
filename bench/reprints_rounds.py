"""Score the search's fold rule by corpus group, with a design half and a check
half of groups fixed before any rule is drawn (stop 47, round after ``test23``).

A pair's group is its corpus (``bench.reprints_groups.GROUPS``). Rules are
drawn on the DESIGN groups' errors only; the CHECK groups are scored, never
studied: a change is shipped only if it gains on a check group too and loses
nothing there. The split was fixed before the round's errors were read by
class (the one-line notes of ``--errors`` had been listed once, for all parts).

    python -m bench.reprints_rounds [--cache FILE] [--before FILE] [--out FILE]

``--cache`` keeps the loaded sides (a pickle, outside git: it holds corpus
text); ``--before`` is a ``--out`` file of an earlier run, whose decisions are
shown beside this run's (each pair that changed listed); ``--out`` writes this
run's decisions (pair, folded) as JSON lines.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections.abc import Iterable
from pathlib import Path

from bench.reprints_groups import group_of
from bench.reprints_score import (
    CORPUS,
    PARTS,
    Decision,
    Pair,
    Side,
    evaluate,
    load_pairs,
    load_sides,
    score,
    search_rule,
)

# Fixed before the round: the design groups (errors read, rules drawn on them)
# and the check groups (scored only). Stop 48 (round after test24) keeps stop
# 47's split and adds test24's corpus, mepress, to the check half; stop 49 (round
# after test25) adds test25's corpus, kcna, to the design half; stop 50 (round
# after test26) adds test26's corpus, innews, to the design half; stop 51 (round
# after test27) adds test27's corpus, pacnews, to the design half.
DESIGN = (
    "reuters", "written", "webis", "isot", "zimnews", "bdpress", "kcna", "innews", "pacnews",
)  # fmt: skip
CHECK = ("recovery", "ghananews", "pknews", "newslk", "lknews", "uknews", "mepress")


def sides(pairs: list[Pair], cache: Path | None) -> dict[str, Side]:
    if cache is not None and cache.exists():
        loaded: dict[str, Side] = pickle.loads(cache.read_bytes())
        return loaded
    texts = load_sides(pairs, CORPUS)
    if cache is not None:
        cache.write_bytes(pickle.dumps(texts))
    return texts


def cell(decisions: Iterable[Decision]) -> str:
    s = score(decisions)
    folded = s.same_folded + s.different_folded
    return (f"{s.same_folded}/{s.same} ({s.recall:.1%}), "
            f"{s.different_folded} of {folded} ({s.wrong_share:.1%})")  # fmt: skip


def table(decisions: list[Decision]) -> list[str]:
    lines = []
    for name in (*DESIGN, *CHECK):
        lines.append(f"  {name:10} {cell(d for d in decisions if group_of(d.pair) == name)}")
    for half, names in (("design", DESIGN), ("check", CHECK)):
        chosen = [d for d in decisions if group_of(d.pair) in names]
        lines.append(f"  {half:10} {cell(chosen)}")
    lines.append(f"  {'all':10} {cell(decisions)}")
    return lines


def key(pair: Pair) -> str:
    return f"{pair.split} {pair.a} {pair.b}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--before", type=Path)
    parser.add_argument("--out", type=Path)
    options = parser.parse_args()
    pairs = [p for p in load_pairs() if p.split in PARTS]
    decisions = evaluate(pairs, sides(pairs, options.cache), search_rule)
    print("\n".join(["by group (same folded, wrong folds):", *table(decisions)]))
    if options.out is not None:
        rows = ({"pair": key(d.pair), "folded": d.folded} for d in decisions)
        options.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    if options.before is not None:
        lines = options.before.read_text(encoding="utf-8").splitlines()
        was = {r["pair"]: r["folded"] for r in map(json.loads, lines)}
        for d in decisions:
            if was.get(key(d.pair), d.folded) != d.folded:
                moved = "now folded" if d.folded else "now apart"
                print(f"  {moved:10} {group_of(d.pair):9} {d.pair.label:9} {key(d.pair)}")


if __name__ == "__main__":
    main()
