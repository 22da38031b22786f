"""Indexing throughput of two commits, side by side: did a change move it?

Usage (from the repository root)::

    python bench/ab_index.py OLD NEW [--articles 2000] [--rounds 6] [CORPUS.jsonl]

Each commit is taken with ``git archive`` into a temporary folder; the two then
index the first ``--articles`` records of the corpus into fresh indexes, in
alternating order, ``--rounds`` times each. Reported: each run and the medians,
in articles/s by wall clock and per CPU-second (the indexer and its worker),
the steadier figure on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
INDEXER = "from search.cli import index_main; index_main()"


def snapshot(rev: str, into: Path) -> Path:
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def index_once(code: Path, feed: Path, index_dir: Path, articles: int) -> tuple[float, float]:
    """Articles/s by wall clock and per CPU-second of one fresh build."""
    shutil.rmtree(index_dir, ignore_errors=True)
    env = dict(os.environ, PYTHONPATH=str(code))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    argv = [sys.executable, "-c", INDEXER, str(feed), "--index", str(index_dir), "-q"]
    subprocess.run(argv, env=env, cwd=feed.parent, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return articles / wall, articles / cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ab-index-") as scratch:
        work = Path(scratch)
        feed = work / "feed.jsonl"
        with args.corpus.open(encoding="utf-8") as lines, feed.open("w") as out:
            out.writelines(line for _, line in zip(range(args.articles), lines, strict=False))
        revs = (args.old, args.new)
        codes = {rev: snapshot(rev, work / f"code-{k}") for k, rev in enumerate(revs)}
        runs: dict[str, list[tuple[float, float]]] = {rev: [] for rev in codes}
        for round_ in range(args.rounds):
            order = list(codes) if round_ % 2 == 0 else list(reversed(codes))
            for rev in order:
                result = index_once(codes[rev], feed, work / "index", args.articles)
                runs[rev].append(result)
                print(f"{rev}: {result[0]:.0f} articles/s wall, {result[1]:.0f} per CPU-second")
        for rev, results in runs.items():
            wall = statistics.median(r[0] for r in results)
            cpu = statistics.median(r[1] for r in results)
            print(f"{rev}: median {wall:.0f} articles/s wall, {cpu:.0f} per CPU-second")


if __name__ == "__main__":
    main()
