"""How much date extraction costs the indexer (issue 4: at most 15%).

Indexes the same slice of the Reuters corpus with date extraction on and off
(off: ``index.write.documents.date_fields`` replaced by one that keeps only the stated
publication date), alternating the runs, and reports median throughput: by wall
clock, and by CPU time (this process and the forked document builder together),
which a loaded machine disturbs less; also the median cost over the pairs of
runs made one after the other. Every run's figures are printed too.

    python bench/dates_impact.py [--corpus PATH] [--articles 3000] [--runs 5]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from datetime import datetime
from datetime import time as clock
from pathlib import Path
from typing import Any

from index.extract.dates import month_of
from index.read.articles import Article, ReadLog, read_articles
from index.write import documents
from index.write.writer import update_index

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl"


def without_dates(article: Article) -> dict[str, Any]:
    if article.published is None:
        return {}
    return {
        "published": datetime.combine(article.published, clock()),
        "month": month_of(article.published),
        "any_month": month_of(article.published),
    }


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the builder)."""
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def one_run(articles: list[Article]) -> tuple[float, float]:
    """Articles per second of wall clock and of CPU time."""
    with tempfile.TemporaryDirectory() as folder:
        started, cpu = time.perf_counter(), cpu_seconds()
        update_index(articles, Path(folder) / "index", ReadLog())
        wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        return len(articles) / wall, len(articles) / cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    articles = list(read_articles([args.corpus], ReadLog()))[: args.articles]
    original = documents.date_fields
    rates: dict[str, list[tuple[float, float]]] = {"with dates": [], "without dates": []}
    one_run(articles[:200])  # warm the gazetteer and caches
    for _ in range(args.runs):
        for label, fields in (("with dates", original), ("without dates", without_dates)):
            documents.date_fields = fields  # type: ignore[assignment]
            rates[label].append(one_run(articles))
    documents.date_fields = original
    print(f"{len(articles)} Reuters articles, median of {args.runs} alternating runs each:")
    for kind, column in (("wall clock", 0), ("CPU time", 1)):
        with_dates, without = (
            statistics.median(run[column] for run in rates[k])
            for k in ("with dates", "without dates")
        )
        print(f"  by {kind}:")
        for label in ("with dates", "without dates"):
            runs = " ".join(f"{run[column]:.0f}" for run in rates[label])
            median = with_dates if label == "with dates" else without
            print(f"    {label + ':':<15}{median:8.1f} articles/s  (runs: {runs})")
        print(f"    cost of date extraction: {100 * (1 - with_dates / without):.1f}% of throughput")
        paired = statistics.median(
            1 - on[column] / off[column]
            for on, off in zip(rates["with dates"], rates["without dates"], strict=True)
        )
        print(f"    median over the pairs of runs side by side: {100 * paired:.1f}%")


if __name__ == "__main__":
    main()
