"""`search` process latency of two commits, side by side: did a change move it?

Usage (from the repository root)::

    python -m bench.ab_cli OLD NEW INDEX CORPUS.jsonl [--rounds 3]

Each commit is taken with ``git archive`` into a temporary folder and compiled
(as an installed package is). Then, ``--rounds`` times, every benchmark query
(``bench/queries.py``, with the filter values and ``since`` date of
``bench.warm_queries``) is run as a ``search --index INDEX --color never``
process of each commit in turn, the order swapped every round, output read
through a pipe. Each process runs in its commit's folder: ``python -c`` puts
the working directory first on its path, so a process started in the
repository would import the checkout's code whatever PYTHONPATH says (before
this, an A/B run from the repository root compared the checkout with itself).
Reported per commit: the median wall and CPU milliseconds of
each query and over all samples. On a shared machine the CPU figure is the
steadier; the two commits always share the machine's state of the moment.
The index must be one both commits can read.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench import measure
from bench.ab_index import snapshot
from bench.queries import QuerySpec, cli_args, preferred_queries

SEARCH = "from search.cli import main; main()"
Samples = dict[str, dict[str, list[float]]]  # per commit, per query


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("index", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    specs = preferred_queries(args.corpus)
    with tempfile.TemporaryDirectory(prefix="ab-cli-") as scratch:
        codes = {
            rev: snapshot(rev, Path(scratch) / f"code-{k}")
            for k, rev in enumerate((args.old, args.new))
        }
        for code in codes.values():
            compileall.compile_dir(code, quiet=1)
        wall: Samples = {rev: {s.name: [] for s in specs} for rev in codes}
        cpu: Samples = {rev: {s.name: [] for s in specs} for rev in codes}
        for round_ in range(args.rounds):
            order = list(codes) if round_ % 2 == 0 else list(reversed(codes))
            for spec in specs:
                argv = [
                    sys.executable,
                    "-c",
                    SEARCH,
                    "--index",
                    str(args.index),
                    "--color",
                    "never",
                ]
                for rev in order:
                    env = dict(measure.child_env(), PYTHONPATH=str(codes[rev]))
                    run = measure.run_child([*argv, *cli_args(spec)], env=env, cwd=codes[rev])
                    wall[rev][spec.name].append(run.seconds * 1000)
                    cpu[rev][spec.name].append(run.cpu_seconds * 1000)
    report(specs, codes, wall, cpu)


def report(specs: Sequence[QuerySpec], codes: dict[str, Path], wall: Samples, cpu: Samples) -> None:
    revs = list(codes)
    print(f"{'query':<28}" + "".join(f"{rev[:12]:>26}" for rev in revs))
    print(f"{'':<28}" + "".join(f"{'wall ms':>13}{'CPU ms':>13}" for _ in revs))
    for spec in specs:
        cells = "".join(
            f"{statistics.median(wall[r][spec.name]):>13.0f}{statistics.median(cpu[r][spec.name]):>13.0f}"
            for r in revs
        )
        print(f"{spec.name[:28]:<28}{cells}")
    every = "".join(
        f"{statistics.median(sum(wall[r].values(), [])):>13.0f}"
        f"{statistics.median(sum(cpu[r].values(), [])):>13.0f}"
        for r in revs
    )
    print(f"{'all samples (median)':<28}{every}")


if __name__ == "__main__":
    main()
