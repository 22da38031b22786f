"""Warm in-process latency of the benchmark queries on one index, without the full benchmark.

Usage (from the repository root)::

    python -m bench.warm_queries INDEX CORPUS.jsonl [--rounds 7] [--json OUT.json]

The queries and the timing are those of ``python -m bench.run`` (``bench.measure
.warm_latency``: one open store, interleaved rounds, wall and CPU time per
call), with the preferred filter values and the corpus's ``since_date``.
Prints per query the median and p95 wall milliseconds and the median CPU
milliseconds, then the same over every sample.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench import measure
from bench.queries import preferred_queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()
    specs = preferred_queries(args.corpus)
    wall, answers = measure.warm_latency(args.index, specs, args.rounds)
    rows = {}
    for spec in specs:
        rows[spec.name] = {
            **measure.summarize_ms(wall[spec.name]),
            "cpu_median_ms": answers[spec.name]["cpu"]["median_ms"],
            "total": answers[spec.name]["total"],
        }
        row = rows[spec.name]
        print(
            f"{spec.name:32s} {row['total']!s:>7} median {row['median_ms']:8.1f} "
            f"p95 {row['p95_ms']:8.1f} cpu {row['cpu_median_ms']:8.1f}"
        )
    every = [s for samples in wall.values() for s in samples]
    overall = measure.summarize_ms(every)
    cpu = [row["cpu_median_ms"] for row in rows.values()]
    print(
        f"{'ALL':32s} {'':>7} median {overall['median_ms']:8.1f} p95 {overall['p95_ms']:8.1f} "
        f"cpu {measure.median(cpu):8.1f} (median of the queries' CPU medians)"
    )
    if args.json:
        args.json.write_text(json.dumps({"queries": rows, "overall": overall}, indent=1))


if __name__ == "__main__":
    main()
