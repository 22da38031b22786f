"""Indexing throughput by number of document workers (issue 13).

    python -m bench.workers --articles 4000 --workers 1,2 --runs 5

Indexes the first N Reuters articles with `search-index` (tantivy unless
--engine) once per worker count per round, rounds interleaved so the noise of a
shared machine spreads over every count; prints the median articles/s wall, per
CPU-second, cores used and peak memory of each count (summed RSS of the indexer
and its workers, and summed PSS, which counts their shared pages once: see
bench/measure.py), and writes them as JSON.
The count is set with NEWS_SEARCH_INDEX_WORKERS (index/write/builder.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import corpus as corpora
from bench import measure
from index.write.builder import WORKERS_VARIABLE


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.workers", description=__doc__)
    p.add_argument("--corpus", type=Path, default=corpora.REUTERS)
    p.add_argument("--articles", type=int, default=4000, help="first N articles (0: all)")
    p.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--engine", default="tantivy")
    p.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "bench-workers")
    args = p.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    source = args.corpus
    if args.articles:
        source = args.work / f"first-{args.articles}.jsonl"
        if not source.exists():
            corpora.write_slice(args.corpus, source, args.articles)
    articles = measure.count_lines(source)
    counts = [int(n) for n in args.workers.split(",")]
    runs: dict[int, list[measure.ChildRun]] = {n: [] for n in counts}
    for _ in range(args.runs):
        for n in counts:
            env = measure.child_env()
            env[WORKERS_VARIABLE] = str(n)
            runs[n].append(_index(source, args.work / f"index-{n}", args.engine, env))
    figures = {n: _summary(articles, done) for n, done in runs.items()}
    for n, f in figures.items():
        print(
            f"workers={n}: {f['articles_per_s']:,.0f} articles/s wall, "
            f"{f['articles_per_cpu_s']:,.0f} per CPU-second, {f['cores_used']:.2f} cores, "
            f"peak RSS {f['peak_rss_mb']:,.0f} MB, PSS {_mb(f['peak_pss_mb'])} "
            f"(median of {f['runs']}; walls "
            f"{', '.join(f'{s:.1f}' for s in f['walls'])} s)"
        )
    out = args.work / "workers.json"
    out.write_text(json.dumps({"articles": articles, "engine": args.engine, **figures}, indent=1))
    print(f"wrote {out}", file=sys.stderr)
    return 0


def _index(source: Path, index_dir: Path, engine: str, env: dict[str, str]) -> measure.ChildRun:
    import shutil

    shutil.rmtree(index_dir, ignore_errors=True)
    argv = ["--quiet", "--engine", engine, "--index", str(index_dir), str(source)]
    run = measure.run_child([*measure.command("search-index"), *argv], env=env)
    if run.returncode not in (0, 6):
        raise SystemExit(f"search-index exited {run.returncode} on {source}")
    return run


def _summary(articles: int, done: list[measure.ChildRun]) -> dict[str, Any]:
    return {
        "runs": len(done),
        "articles_per_s": measure.median([articles / r.seconds for r in done]),
        "articles_per_cpu_s": measure.median([articles / r.cpu_seconds for r in done]),
        "cores_used": measure.median([r.cpu_seconds / r.seconds for r in done]),
        "peak_rss_mb": max(r.peak_rss_mb for r in done),
        "peak_pss_mb": measure.peak_pss(done),
        "walls": [r.seconds for r in done],
        "cpus": [r.cpu_seconds for r in done],
    }


def _mb(value: float | None) -> str:
    return "unmeasured" if value is None else f"{value:,.0f} MB"


if __name__ == "__main__":
    sys.exit(main())
