"""Measuring this tool: indexing runs, warm in-process queries, `search` processes.

Child processes are reaped with ``os.wait4``, which gives each child's CPU time
with that of the processes it reaped (so "cores used" is CPU seconds over wall
seconds). Peak RSS is the largest sum of resident memory over the child and its
own children (the indexer's worker), sampled every 50 ms from /proc, or the
child's own peak from ``wait4`` when that is larger. That sum counts the pages a
forked worker shares with the indexer (the gazetteer, ~160 MB) once per process;
peak PSS, sampled with it from /proc/PID/smaps_rollup, divides each shared page
among the processes mapping it, so the tree's sum counts it once: the memory the
run needs. Where smaps_rollup is missing (not Linux 4.14+) peak PSS is None.
"""

from __future__ import annotations

import math
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.queries import QuerySpec, cli_args


@dataclass(frozen=True)
class ChildRun:
    seconds: float
    peak_rss_mb: float
    cpu_seconds: float
    returncode: int
    #: Largest sum of proportional set size over the tree (None: /proc has no smaps_rollup).
    peak_pss_mb: float | None = None


REPO_ROOT = Path(__file__).resolve().parent.parent


def child_env() -> dict[str, str]:
    """This environment with the repository measured first on PYTHONPATH: the
    installed console scripts are an editable install of another tree, and a
    child must load the code this benchmark measures (a --code snapshot has
    already put its copy first, ahead of this tree). PYTHONDONTWRITEBYTECODE is
    dropped: an installed package has its modules compiled, and a `search`
    process compiling ours from source each time costs ~0.1 s of CPU."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    if str(REPO_ROOT) not in paths:
        paths.insert(0, str(REPO_ROOT))
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def run_child(
    command: Sequence[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> ChildRun:
    """Run command to completion (output discarded, as a pipe reader would), in
    cwd if given."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env if env is not None else child_env(),
        cwd=cwd,
    )
    assert child.stdout is not None
    peak = _Peaks()
    sampler = threading.Thread(target=_sample_tree, args=(child.pid, peak), daemon=True)
    sampler.start()
    child.stdout.read()
    child.stdout.close()
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    sampler.join()
    return ChildRun(
        seconds=seconds,
        peak_rss_mb=max(usage.ru_maxrss / 1024, peak.rss_mb),
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        returncode=child.returncode,
        peak_pss_mb=peak.pss_mb,
    )


@dataclass
class _Peaks:
    """The largest tree sums seen so far, in MB (pss_mb None while unreadable)."""

    rss_mb: float = 0.0
    pss_mb: float | None = None


def _sample_tree(pid: int, peak: _Peaks) -> None:
    """Keep peak at the largest resident and proportional MB of pid plus its
    children, until pid exits."""
    while True:
        own = _rss_mb(pid)
        if own is None:
            return
        tree = [pid, *_children(pid)]
        rss = own + sum(_rss_mb(p) or 0.0 for p in tree[1:])
        peak.rss_mb = max(peak.rss_mb, rss)
        pss = [_pss_mb(p) for p in tree]
        if pss[0] is not None:  # a child gone meanwhile counts nothing
            total = sum(m or 0.0 for m in pss)
            peak.pss_mb = total if peak.pss_mb is None else max(peak.pss_mb, total)
        time.sleep(0.05)


def _rss_mb(pid: int) -> float | None:
    """pid's resident set size (None once it has exited: a zombie has none)."""
    return _proc_mb(pid, "status", "VmRSS:")


def _pss_mb(pid: int) -> float | None:
    """pid's proportional set size: its private pages plus its share of each
    page it shares (None where /proc has no smaps_rollup, or pid has exited)."""
    return _proc_mb(pid, "smaps_rollup", "Pss:")


def _proc_mb(pid: int, name: str, key: str) -> float | None:
    """The megabytes /proc/PID/NAME gives on its line starting with key, if any."""
    try:
        text = Path(f"/proc/{pid}/{name}").read_text()
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(key):
            return int(line.split()[1]) / 1024
    return None


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(n) for n in task.read_text().split()]
        except OSError:
            pass
    return found


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else math.nan


def p95(values: Sequence[float]) -> float:
    """Nearest-rank 95th percentile."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)])


def command(name: str) -> list[str]:
    """The console script installed beside this interpreter (not a version
    manager's shim, such as pyenv's bash wrapper, which adds its own start-up),
    else the one on PATH, else the same entry point through python."""
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which(name)
    if found:
        return [found]
    entry = "main" if name == "search" else "index_main"
    return [sys.executable, "-c", f"from search.cli import {entry}; {entry}()"]


def count_lines(corpus: Path) -> int:
    with corpus.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def index_once(corpus: Path, index_dir: Path, engine: str) -> ChildRun:
    """One fresh build: the index folder is removed first (a link to a folder is
    removed, not followed: rmtree refuses links, and an update in place would be
    timed as a build)."""
    if index_dir.is_symlink():
        index_dir.unlink()
    shutil.rmtree(index_dir, ignore_errors=True)
    if index_dir.exists():
        raise RuntimeError(f"cannot remove {index_dir} for a fresh build")
    argv = ["--quiet", "--engine", engine, "--index", str(index_dir), str(corpus)]
    run = run_child([*command("search-index"), *argv])
    if run.returncode not in (0, 6):
        raise RuntimeError(f"search-index failed with exit code {run.returncode} on {corpus}")
    return run


def index_runs(
    corpus: Path, index_dir: Path, runs: int, raw_bytes: int, engine: str
) -> dict[str, Any]:
    """Index corpus runs times with engine (the last index is kept); medians and every run."""
    articles = count_lines(corpus)
    done = [index_once(corpus, index_dir, engine) for _ in range(runs)]
    size = sum(p.stat().st_size for p in index_dir.rglob("*") if p.is_file())
    return {
        "engine": engine,
        "runs": len(done),
        "articles": articles,
        "articles_per_s": median([articles / r.seconds for r in done]),
        "seconds": median([r.seconds for r in done]),
        "peak_rss_mb": max(r.peak_rss_mb for r in done),
        "peak_pss_mb": peak_pss(done),
        "cpu_seconds": median([r.cpu_seconds for r in done]),
        "cores_used": median([r.cpu_seconds / r.seconds for r in done]),
        "articles_per_cpu_s": median([articles / r.cpu_seconds for r in done]),
        "index_bytes": size,
        "index_to_raw": size / raw_bytes if raw_bytes else math.nan,
        "each_run": [asdict(r) for r in done],
    }


def peak_pss(done: Sequence[ChildRun]) -> float | None:
    """The largest peak PSS of runs, None if none was measured."""
    measured = [r.peak_pss_mb for r in done if r.peak_pss_mb is not None]
    return max(measured) if measured else None


def summarize_ms(samples: Sequence[float]) -> dict[str, float]:
    return {"median_ms": median(samples) * 1000, "p95_ms": p95(samples) * 1000, "n": len(samples)}


# CPU seconds (this process) of the calls timed_rounds measured, by id of its calls
# dict: on a shared machine CPU time shows the cost that wall time hides under load.
CPU_SAMPLES: dict[int, dict[str, list[float]]] = {}


def timed_rounds(
    calls: dict[str, Callable[[], Any]],
    repeats: int,
    warmup: int = 1,
    budget_s: float | None = None,
    min_rounds: int = 5,
) -> dict[str, list[float]]:
    """Seconds of each call, in interleaved rounds (noise spreads over all queries).
    With budget_s, rounds stop once it is spent and min_rounds are done."""
    for _ in range(warmup):
        for call in calls.values():
            call()
    samples: dict[str, list[float]] = {name: [] for name in calls}
    cpu = CPU_SAMPLES.setdefault(id(calls), {name: [] for name in calls})
    began = time.perf_counter()
    for number in range(repeats):
        spent = time.perf_counter() - began
        if budget_s is not None and number >= min_rounds and spent > budget_s:
            break
        for name, call in calls.items():
            started, cpu_started = time.perf_counter(), time.process_time()
            call()
            samples[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - cpu_started)
    return samples


def request_of(spec: QuerySpec) -> Any:
    from search.models import Filters, SearchRequest

    filters = Filters(
        places=(spec.place,) if spec.place else (),
        people=(spec.person,) if spec.person else (),
        orgs=(spec.org,) if spec.org else (),
        since=spec.since,
    )
    return SearchRequest(query=spec.text, filters=filters)


def _answer(store: Any, spec: QuerySpec) -> dict[str, Any]:
    """One answer's size, or the error a query ends with (a search timeout)."""
    from search.engine import search
    from search.errors import SearchError

    try:
        response = search(store, request_of(spec))
    except SearchError as error:
        return {"total": None, "hits": None, "error": f"{type(error).__name__}: {error}"}
    return {"total": response.total, "hits": len(response.hits), "error": None}


def warm_latency(
    index_dir: Path, specs: Sequence[QuerySpec], repeats: int, budget_s: float | None = None
) -> tuple[dict[str, list[float]], dict[str, dict[str, Any]]]:
    """Warm in-process latency through search.engine.search with one open store,
    and each query's answer size. A query that fails (times out) is timed to
    its failure and the error kept with its answer."""
    from search.store import open_store

    with open_store(index_dir) as store:
        answers = {spec.name: _answer(store, spec) for spec in specs}
        calls = {s.name: (lambda s=s: _answer(store, s)) for s in specs}
        wall = timed_rounds(calls, repeats, warmup=0, budget_s=budget_s)
        for name, cpu in CPU_SAMPLES.pop(id(calls)).items():
            answers[name]["cpu"] = summarize_ms(cpu)
        return wall, answers


@dataclass(frozen=True)
class CliSamples:
    """Per query: wall and CPU seconds of each `search` process, and its exit codes."""

    wall: dict[str, list[float]]
    cpu: dict[str, list[float]]
    codes: dict[str, list[int]]


def cli_latency(index_dir: Path, specs: Sequence[QuerySpec], runs: int) -> CliSamples:
    """Wall and CPU seconds of `search --index DIR ...` processes, process start
    to exit, and their exit codes (0, or e.g. 7 for a search timeout)."""
    base = [*command("search"), "--index", str(index_dir), "--color", "never"]
    found = CliSamples(*({s.name: [] for s in specs} for _ in range(3)))  # type: ignore[arg-type]
    for _ in range(runs):
        for spec in specs:
            run = run_child([*base, *cli_args(spec)])
            found.wall[spec.name].append(run.seconds)
            found.cpu[spec.name].append(run.cpu_seconds)
            found.codes[spec.name].append(run.returncode)
    return found


def process_latency(commands: dict[str, list[str]], runs: int) -> CliSamples:
    """Wall and CPU seconds of peer processes (ripgrep), interleaved like cli_latency."""
    found = CliSamples(*({name: [] for name in commands} for _ in range(3)))  # type: ignore[arg-type]
    for _ in range(runs):
        for name, argv in commands.items():
            run = run_child(argv)
            found.wall[name].append(run.seconds)
            found.cpu[name].append(run.cpu_seconds)
            found.codes[name].append(run.returncode)
    return found
