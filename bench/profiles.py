"""Explaining the figures: CLI start-up, import times, cProfile of a query and of indexing."""

from __future__ import annotations

import cProfile
import dataclasses
import io
import pstats
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.measure import command, median, request_of, run_child
from bench.queries import QuerySpec, cli_args


def startup(runs: int) -> dict[str, Any]:
    """`search --version` wall time (process start to exit), and a bare interpreter's."""
    version = [run_child([*command("search"), "--version"]).seconds for _ in range(runs)]
    bare = [run_child([sys.executable, "-c", "pass"]).seconds for _ in range(runs)]
    figures = {
        "search_version_ms": median(version) * 1000,
        "python_bare_ms": median(bare) * 1000,
        "runs": runs,
        "command": command("search")[0],
    }
    on_path = shutil.which("search")
    if on_path and on_path != figures["command"]:
        shim = [run_child([on_path, "--version"]).seconds for _ in range(runs)]
        figures["path_command"] = on_path
        figures["path_version_ms"] = median(shim) * 1000
    return figures


def import_times(index_dir: Path, spec: QuerySpec, top: int = 12) -> dict[str, Any]:
    """`python -X importtime` of one real query: the costliest top-level imports."""
    argv = ["search", "--index", str(index_dir), "--color", "never", *cli_args(spec)]
    code = f"import sys; sys.argv = {argv!r}; from search.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        check=False,
    )
    rows = parse_importtime(done.stderr)
    total_us = sum(cumulative for _name, cumulative in rows)
    ranked = sorted(rows, key=lambda row: -row[1])[:top]
    return {
        "query": spec.name,
        "total_import_ms": total_us / 1000,
        "top_level": [{"module": m, "cumulative_ms": us / 1000} for m, us in ranked],
    }


def parse_importtime(stderr: str) -> list[tuple[str, int]]:
    """(module, cumulative microseconds) of every top-level import in -X importtime output."""
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "imported package" in line:
            continue
        _self, cumulative, name = line[len("import time:") :].split("|", 2)
        if not name.startswith(" ") or name.startswith("  "):
            continue  # nested import: counted in its parent's cumulative time
        rows.append((name.strip(), int(cumulative)))
    return rows


def _stats_text(profile: cProfile.Profile, sort: str, top: int) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.strip_dirs().sort_stats(sort).print_stats(top)
    lines = out.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    return "\n".join(line.rstrip() for line in lines[start:] if line.strip())


def profile_query(index_dir: Path, spec: QuerySpec, top: int = 18) -> dict[str, Any]:
    """cProfile of one warm query (the store is opened and the query run once first)."""
    from search.engine import search
    from search.store import open_store

    request = request_of(spec)
    if hasattr(request, "timeout"):  # profiling slows the search: don't let it time out
        request = dataclasses.replace(request, timeout=3600.0)
    with open_store(index_dir) as store:
        search(store, request)
        profile = cProfile.Profile(time.process_time)
        started = time.perf_counter()
        profile.enable()
        search(store, request)
        profile.disable()
        seconds = time.perf_counter() - started
    return {
        "query": spec.name,
        "profiled_ms": seconds * 1000,
        "by_cumulative": _stats_text(profile, "cumulative", top),
        "by_self": _stats_text(profile, "tottime", top),
    }


def profile_indexing(corpus: Path, index_dir: Path, top: int = 22) -> dict[str, Any]:
    """cProfile of indexing corpus in-process (the writer and the extraction)."""
    from index.read.articles import read_articles
    from index.write import writer

    build = getattr(writer, "update_index", None) or writer.build_index

    shutil.rmtree(index_dir, ignore_errors=True)  # a fresh build, not an update
    problems: list[Any] = []
    profile = cProfile.Profile(time.process_time)
    started = time.perf_counter()
    profile.enable()
    stats = build(read_articles([corpus], problems.append), index_dir)
    profile.disable()
    seconds = time.perf_counter() - started
    return {
        "articles": getattr(stats, "articles", None),
        "profiled_s": seconds,
        "by_self": _stats_text(profile, "tottime", top),
        "by_cumulative": _stats_text(profile, "cumulative", top),
    }


def slowest(samples: dict[str, list[float]], specs: Sequence[QuerySpec]) -> QuerySpec:
    """The query with the highest median."""
    by_name = {s.name: s for s in specs}
    name = max(samples, key=lambda n: median(samples[n]))
    return by_name[name]
