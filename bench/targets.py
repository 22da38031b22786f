"""Issue 13's targets, judged on a benchmark report: each figure met or missed.

The goals are set for tantivy and judged for every engine measured (Whoosh's figures
are reported beside tantivy's). ``bench.report`` renders them in RESULTS.md.
"""

from __future__ import annotations

import math
from typing import Any

from bench.peers import RG
from bench.queries import PHRASE_KINDS

MEASURED, MISSING, NOT_APPLICABLE = "measured", "missing", "n/a"
RATE_GOAL, RSS_GOAL_MB, CLI_GOAL_MS, WARM_GOAL_MS, RG_GOAL = 1200, 1024, 150, 50, 10


def per_cpu_second(idx: dict[str, Any]) -> float:
    """Articles per CPU-second of the indexer (steadier than wall time on a shared machine)."""
    if "articles_per_cpu_s" in idx:
        return float(idx["articles_per_cpu_s"])
    runs = idx.get("each_run") or []
    rates = sorted(idx["articles"] / r["cpu_seconds"] for r in runs if r["cpu_seconds"])
    return rates[len(rates) // 2] if rates else math.nan


def _target(engine: str, name: str, goal: str, measured: str, met: bool | None) -> dict[str, Any]:
    return {"engine": engine, "target": name, "goal": goal, "measured": measured, "met": met}


def targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target for each engine: the figure it was judged on, and met or missed.
    Indexing rate on the first corpus and on the largest; queries on the largest
    corpus the engine was measured on."""
    corpora = report["corpora"]
    found = []
    for engine in corpora[0]["engines"]:
        measured = [c for c in corpora if engine in c["engines"]]
        small, large = measured[0], measured[-1]
        found += [_throughput_target(engine, small)]
        if large is not small:
            found += [_throughput_target(engine, large)]
        found += [
            _rss_target(engine, large),
            _cli_target(engine, large),
            _warm_target(engine, large),
            _rg_target(engine, large),
        ]
    return found


def _throughput_target(engine: str, corpus: dict[str, Any]) -> dict[str, Any]:
    idx = corpus["engines"][engine]["indexing"]
    name = f"indexing {corpus['name']}"
    goal = f">= {RATE_GOAL:,} articles/s wall"
    if "articles_per_s" not in idx:
        return _target(engine, name, goal, "skipped", None)
    rate, cores = idx["articles_per_s"], idx["cores_used"]
    measured = (
        f"{rate:,.0f} articles/s ({per_cpu_second(idx):,.0f} per CPU-second), "
        f"{cores:.2f} cores used"
    )
    return _target(engine, name, goal, measured, rate >= RATE_GOAL)


def _rss_target(engine: str, corpus: dict[str, Any]) -> dict[str, Any]:
    """Peak memory, judged on the summed PSS of the indexer and its workers where
    measured (their shared pages counted once), else on the summed RSS."""
    idx = corpus["engines"][engine]["indexing"]
    rss, pss = idx.get("peak_rss_mb"), idx.get("peak_pss_mb")
    name, goal = "indexing peak memory", f"<= {RSS_GOAL_MB:,} MB"
    if rss is None:
        return _target(engine, name, goal, "skipped", None)
    at = f"at {corpus['articles']:,} articles"
    if pss is None:
        return _target(engine, name, goal, f"{rss:,.0f} MB RSS {at}", rss <= RSS_GOAL_MB)
    measured = f"{pss:,.0f} MB PSS ({rss:,.0f} MB summed RSS) {at}"
    return _target(engine, name, goal, measured, pss <= RSS_GOAL_MB)


def _cli_target(engine: str, corpus: dict[str, Any]) -> dict[str, Any]:
    worst = max(corpus["queries"], key=lambda r: r["engines"][engine]["cli"]["median_ms"])
    figures = worst["engines"][engine]
    every = corpus["engines"][engine]["cli_all"]
    measured = (
        f"worst query `{worst['text']}` median {figures['cli']['median_ms']:.0f} ms wall, "
        f"{figures['cli_cpu']['median_ms']:.0f} ms CPU; all runs median {every['median_ms']:.0f}"
        f" ms, at {corpus['articles']:,}"
    )
    met = figures["cli"]["median_ms"] <= CLI_GOAL_MS
    return _target(
        engine, "CLI end to end, every query", f"median <= {CLI_GOAL_MS} ms", measured, met
    )


def _warm_target(engine: str, corpus: dict[str, Any]) -> dict[str, Any]:
    warm = corpus["engines"][engine]["warm_all"]
    worst = max(r["engines"][engine]["warm"]["p95_ms"] for r in corpus["queries"])
    measured = (
        f"p95 {warm['p95_ms']:.0f} ms over all runs of all queries (worst query p95 "
        f"{worst:.0f} ms) at {corpus['articles']:,}"
    )
    met = warm["p95_ms"] <= WARM_GOAL_MS
    return _target(engine, "warm in-process p95", f"<= {WARM_GOAL_MS} ms", measured, met)


def _rg_target(engine: str, corpus: dict[str, Any]) -> dict[str, Any]:
    name, goal = "faster than ripgrep on phrases", f">= {RG_GOAL}x on every phrase query"
    rows = [
        r
        for r in corpus["queries"]
        if r["kind"] in PHRASE_KINDS and r["peers"][RG]["status"] == MEASURED
    ]
    if not rows:
        return _target(engine, name, goal, "ripgrep missing", None)
    speedups = [
        r["peers"][RG]["median_ms"] / r["engines"][engine]["cli"]["median_ms"] for r in rows
    ]
    by_cpu = [
        r["peers"][RG]["cpu_median_ms"] / r["engines"][engine]["cli_cpu"]["median_ms"]
        for r in rows
        if "cpu_median_ms" in r["peers"][RG]
    ]
    cpu_note = f"; by CPU {min(by_cpu):.2g}x to {max(by_cpu):.2g}x" if by_cpu else ""
    measured = (
        f"{min(speedups):.2g}x to {max(speedups):.2g}x as fast (rg median over CLI median) on "
        f"{len(rows)} phrase queries at {corpus['articles']:,}{cpu_note}"
    )
    return _target(engine, name, goal, measured, min(speedups) >= RG_GOAL)
