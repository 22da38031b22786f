"""Run the news-search benchmark (issue 7). From the repository root::

    python -m bench.run                      # Reuters + a 200,000-article scaled corpus
    python -m bench.run --smoke              # ~200 articles, seconds (what CI runs)
    python -m bench.run --skip-index         # reuse the indexes already in the work dir

See bench/README.md for every option and the method.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shlex
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import corpus as corpora
from bench import measure, peers, profiles, snapshot, targets
from bench import report as reporting
from bench.queries import FilterValues, QuerySpec, build_queries, since_date

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SMOKE_ARTICLES = 200


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    p.add_argument("--corpus", type=Path, default=corpora.REUTERS, help="Reuters JSON Lines")
    p.add_argument("--limit", type=int, help="use only the first N articles of --corpus")
    p.add_argument("--scale", type=int, default=200_000, help="scaled corpus size (0: none)")
    p.add_argument(
        "--engines", default="tantivy,whoosh", help="engines measured on --corpus (first: peers)"
    )
    p.add_argument("--scale-engines", default="tantivy", help="engines on the scaled corpus")
    p.add_argument("--runs", type=int, default=5, help="indexing runs on --corpus")
    p.add_argument("--scale-runs", type=int, default=1, help="indexing runs on the scaled corpus")
    p.add_argument("--repeats", type=int, default=20, help="warm runs of each query")
    p.add_argument(
        "--budget", type=float, default=600.0, help="seconds per warm phase (>= 5 rounds)"
    )
    p.add_argument("--quotes", type=int, default=5, help="quote searches drawn from the corpus")
    p.add_argument("--cli-runs", type=int, default=5, help="`search` processes per query")
    p.add_argument("--work", type=Path, help="work dir (default: $TMPDIR/news-search-bench)")
    p.add_argument("--skip-index", action="store_true", help="reuse indexes in the work dir")
    p.add_argument("--peers", default=",".join(peers.PEERS), help="comma-separated peers")
    p.add_argument("--profile-articles", type=int, default=2000, help="indexing profile size")
    p.add_argument("--json", type=Path, help="report JSON (default: WORK/report.json)")
    p.add_argument("--results", type=Path, help=f"markdown (default: {RESULTS.name}; smoke: WORK)")
    p.add_argument("--smoke", action="store_true", help="tiny run for CI: ~200 articles")
    p.add_argument(
        "--code",
        help="`head` (default): measure HEAD's committed code; a commit: that one; "
        "`worktree`: the files as they are (default with --smoke)",
    )
    args = p.parse_args(argv)
    if args.smoke:
        args.limit = args.limit or SMOKE_ARTICLES
        args.scale = 0  # the generator has its own quick test
        args.runs = args.scale_runs = args.cli_runs = 1
        args.repeats = 2
        args.profile_articles = min(args.profile_articles, 50)
        args.quotes = 1
    args.engines = [e for e in args.engines.split(",") if e]
    args.scale_engines = [e for e in args.scale_engines.split(",") if e]
    args.code = args.code or ("worktree" if args.smoke else "head")
    args.work = args.work or Path(tempfile.gettempdir()) / "news-search-bench"
    args.json = args.json or args.work / "report.json"
    args.results = args.results or (args.work / "RESULTS.md" if args.smoke else RESULTS)
    return args


def prepare_corpora(args: argparse.Namespace) -> list[tuple[str, Path, str]]:
    """(label, JSON Lines path, description) of each corpus, generated into the work dir."""
    base, label = args.corpus, args.corpus.stem
    described = f"`{args.corpus.name}` as published (never copied into the repository)."
    if args.limit:
        label = f"{label}-first-{args.limit}"
        base = args.work / f"{label}.jsonl"
        if not base.exists():
            corpora.write_slice(args.corpus, base, args.limit)
        described = f"The first {args.limit:,} articles of `{args.corpus.name}`."
    found = [(label, base, described)]
    if args.scale > 0:
        scaled = args.work / f"scaled-{args.scale}-from-{label}.jsonl"
        if not scaled.exists():
            partial = scaled.with_suffix(".partial")
            corpora.write_scaled(base, partial, args.scale)
            partial.rename(scaled)
        text = (
            f"{args.scale:,} articles reassembled from shuffled paragraphs of {label} "
            "(method: bench/corpus.py, `write_scaled`), generated into the work dir."
        )
        found.append((f"scaled-{args.scale}", scaled, text))
    return found


def _wait_for_builder(index_dir: Path, saved: Path, limit_s: float = 7200.0) -> None:
    """With --skip-index, an index folder without saved figures is still being
    built by another benchmark process (started on its own): wait for it."""
    waited = 0.0
    while index_dir.exists() and not saved.exists() and waited < limit_s:
        if waited == 0:
            print(f"bench: waiting for the index being built in {index_dir}", file=sys.stderr)
        time.sleep(30)
        waited += 30


def indexing(
    args: argparse.Namespace, label: str, engine: str, path: Path, raw: int, runs: int
) -> Any:
    """Index the corpus with engine (or reuse the index and its saved figures with --skip-index)."""
    index_dir = args.work / f"index-{label}-{engine}"
    saved = args.work / f"indexing-{label}-{engine}.json"
    if args.skip_index:
        _wait_for_builder(index_dir, saved)
    if args.skip_index and (index_dir / "CURRENT").exists():
        return json.loads(saved.read_text()) if saved.exists() else {"skipped": True}
    commit = reporting.meta("", {})
    figures = measure.index_runs(path, index_dir, runs, raw, engine)
    figures["commit"] = commit["commit"]
    figures["uncommitted_changes"] = commit["uncommitted_changes"]
    saved.write_text(json.dumps(figures, indent=1))
    return figures


def filter_values(index_dir: Path, corpus: Path) -> FilterValues:
    """The preferred filter values where this index knows them, else its most
    frequent entity of that type (asked through the public search API)."""
    from bench.queries import PREFERRED
    from search.engine import search
    from search.errors import SearchError
    from search.models import Filters, SearchRequest
    from search.store import open_store

    chosen: dict[str, str | None] = {}
    with open_store(index_dir) as store:
        everything = search(store, SearchRequest(query="", limit=1, passages_per_hit=0))
        for field, plural in (("place", "places"), ("person", "people"), ("org", "orgs")):
            top = getattr(everything.facets, field)
            chosen[field] = top[0].value if top else None
            for value in PREFERRED[field]:
                request = SearchRequest(query="", filters=Filters(**{plural: (value,)}), limit=1)
                try:
                    search(store, request)
                except SearchError:
                    continue
                chosen[field] = value
                break
    return FilterValues(since=since_date(corpus), **chosen)  # type: ignore[arg-type]


def peer_builds(
    args: argparse.Namespace, path: Path, articles: int, raw: int
) -> tuple[dict[str, Any], dict[str, peers.Built]]:
    wanted = [p for p in args.peers.split(",") if p]
    figures: dict[str, Any] = {}
    built: dict[str, peers.Built] = {}
    for name in peers.PEERS:
        reason = "not requested (--peers)" if name not in wanted else peers.missing_reason(name)
        if reason:
            figures[name] = {"status": targets.MISSING, "reason": reason}
            continue
        ready = peers.build(name, path, args.work)
        built[name] = ready
        figures[name] = {
            "status": targets.MEASURED,
            "seconds": ready.seconds,
            "articles_per_s": articles / ready.seconds if ready.seconds else math.nan,
            "size_bytes": ready.size_bytes,
            "size_to_raw": ready.size_bytes / raw if raw else math.nan,
        }
    return figures, built


def peer_samples(
    args: argparse.Namespace, built: dict[str, peers.Built], specs: list[QuerySpec]
) -> dict[str, dict[str, list[float]]]:
    """Seconds per query per peer: ripgrep as processes, the others warm in-process."""
    samples: dict[str, dict[str, list[float]]] = {}
    for name, ready in built.items():
        answers = {s.name: ready.answer(s) for s in specs}
        if name == peers.RG:
            argv = {n: a() for n, a in answers.items() if a is not None}
            processes = measure.process_latency(argv, args.cli_runs)
            samples[name] = processes.wall
            samples[f"{name}-cpu"] = processes.cpu
        else:
            calls = {n: a for n, a in answers.items() if a is not None}
            samples[name] = measure.timed_rounds(calls, args.repeats, budget_s=args.budget)
    return samples


def engine_figures(
    args: argparse.Namespace, index_dir: Path, specs: list[QuerySpec]
) -> dict[str, Any]:
    """One engine's warm in-process and `search` process samples of every query."""
    warm, answers = measure.warm_latency(index_dir, specs, args.repeats, args.budget)
    cli = measure.cli_latency(index_dir, specs, args.cli_runs)
    return {"warm": warm, "answers": answers, "cli": cli}


def query_rows(
    specs: list[QuerySpec],
    engines: dict[str, dict[str, Any]],
    peer_figures: dict[str, Any],
    samples: dict[str, dict[str, list[float]]],
) -> list[dict[str, Any]]:
    """Each query's figures for every engine and peer; peer ratios are over the
    first engine's times (ripgrep against `search` processes, others warm)."""
    rows = []
    for spec in specs:
        row = spec.as_dict()
        row["engines"] = {}
        for engine, tool in engines.items():
            cli: measure.CliSamples = tool["cli"]
            row["engines"][engine] = {
                "warm": measure.summarize_ms(tool["warm"][spec.name]),
                "cli": measure.summarize_ms(cli.wall[spec.name]),
                "cli_cpu": measure.summarize_ms(cli.cpu[spec.name]),
                "cli_exit_codes": sorted(set(cli.codes[spec.name])),
                **tool["answers"][spec.name],
            }
        first = row["engines"][next(iter(engines))]
        row["peers"] = {
            name: _peer_entry(name, spec, peer_figures, samples, first) for name in peers.PEERS
        }
        rows.append(row)
    return rows


def _peer_entry(
    name: str,
    spec: QuerySpec,
    peer_figures: dict[str, Any],
    samples: dict[str, dict[str, list[float]]],
    tool: dict[str, Any],
) -> dict[str, Any]:
    if peer_figures[name]["status"] != targets.MEASURED:
        return {"status": targets.MISSING, "reason": peer_figures[name]["reason"]}
    if spec.name not in samples[name]:
        return {"status": targets.NOT_APPLICABLE}
    figures = measure.summarize_ms(samples[name][spec.name])
    against = tool["cli"] if name == peers.RG else tool["warm"]  # processes vs processes
    entry = {
        "status": targets.MEASURED,
        **figures,
        "ratio": reporting._ratio(against["median_ms"], figures["median_ms"]),
    }
    if name == peers.RG:  # a process's CPU too: ripgrep spreads its work over the cores
        entry["cpu_median_ms"] = measure.summarize_ms(samples[f"{name}-cpu"][spec.name])[
            "median_ms"
        ]
    return entry


def bench_corpus(
    args: argparse.Namespace, label: str, path: Path, text: str, engines: list[str], runs: int
) -> Any:
    """Every measurement on one corpus, for each engine (the first one chooses
    the filter values, and the peers are compared with it)."""
    raw = corpora.raw_text_bytes(path)
    articles = measure.count_lines(path)
    indexed = {e: indexing(args, label, e, path, raw, runs) for e in engines}
    dirs = {e: args.work / f"index-{label}-{e}" for e in engines}
    specs = build_queries(path, filter_values(dirs[engines[0]], path), args.quotes)
    tools = {e: engine_figures(args, dirs[e], specs) for e in engines}
    peer_figures, built = peer_builds(args, path, articles, raw)
    samples = peer_samples(args, built, specs)
    rows = query_rows(specs, tools, peer_figures, samples)
    summary = {
        e: {
            "indexing": indexed[e],
            "warm_all": measure.summarize_ms([x for v in tools[e]["warm"].values() for x in v]),
            "cli_all": measure.summarize_ms([x for v in tools[e]["cli"].wall.values() for x in v]),
            "cli_cpu_all": measure.summarize_ms(
                [x for v in tools[e]["cli"].cpu.values() for x in v]
            ),
        }
        for e in engines
    }
    result = {
        "name": label,
        "path": str(path),
        "description": text,
        "articles": articles,
        "raw_bytes": raw,
        "engines": summary,
        "peer_builds": peer_figures,
        "peers": {p: reporting.peer_summary(rows, p) for p in peers.PEERS},
        "queries": rows,
    }
    first = engines[0]
    return result, dirs[first], specs, tools[first]["warm"]


def explain(args: argparse.Namespace, last: tuple[Path, list[QuerySpec], Any]) -> Any:
    """Start-up, import times and profiles (on the largest corpus)."""
    index_dir, specs, warm = last
    slice_path = args.work / f"profile-{args.profile_articles}.jsonl"
    corpora.write_slice(args.corpus, slice_path, args.profile_articles)
    return {
        "startup": _guarded(lambda: profiles.startup(1 if args.smoke else max(3, args.cli_runs))),
        "imports": _guarded(lambda: profiles.import_times(index_dir, specs[0])),
        "profiles": {
            "query": _guarded(
                lambda: profiles.profile_query(index_dir, profiles.slowest(warm, specs))
            ),
            "indexing": _guarded(
                lambda: profiles.profile_indexing(slice_path, args.work / "index-profile")
            ),
        },
    }


def _guarded(step: Any) -> dict[str, Any]:
    """A step's figures, or the error it ended with (the report is still written)."""
    try:
        return dict(step())
    except Exception as error:  # an explanation step must never lose the measurements
        return {"error": f"{type(error).__name__}: {error}"}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.code != "worktree":
        ref = "HEAD" if args.code == "head" else args.code
        snapshot.reexec_on_commit(args.work, ref, sys.argv[1:] if argv is None else list(argv))
    shown = " ".join(shlex.quote(a) for a in (sys.argv[1:] if argv is None else argv))
    options = {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()}
    report: dict[str, Any] = {
        "meta": reporting.meta(f"python -m bench.run {shown}".strip(), options)
    }
    report["corpora"] = []
    last: Any = None
    for number, (label, path, text) in enumerate(prepare_corpora(args)):
        engines = args.engines if number == 0 else args.scale_engines
        runs = args.runs if number == 0 else args.scale_runs
        print(f"bench: {label} ({', '.join(engines)}) ...", file=sys.stderr, flush=True)
        result, *last = bench_corpus(args, label, path, text, engines, runs)
        report["corpora"].append(result)
        saved = args.work / f"measured-{label}.json"
        saved.write_text(json.dumps(result, indent=1, default=str))
    print("bench: start-up and profiles ...", file=sys.stderr, flush=True)
    report.update(explain(args, tuple(last)))
    report["meta"]["machine"]["load_average_end"] = list(os.getloadavg())
    report["targets"] = targets.targets(report)
    args.json.write_text(json.dumps(report, indent=1, default=str))
    args.results.write_text(reporting.markdown(report), encoding="utf-8")
    print(f"bench: wrote {args.json} and {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
