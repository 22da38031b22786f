"""The benchmark report: machine facts, targets met or missed, and RESULTS.md."""

from __future__ import annotations

import math
import os
import platform
import subprocess
import time
from pathlib import Path
from typing import Any

from bench.peers import PEERS, RG
from bench.snapshot import measured_code
from bench.targets import MEASURED, per_cpu_second, targets

ANALYSIS = Path(__file__).resolve().parent / "ANALYSIS.md"
# Extraction quality figures (issues 3-5), measured by their own scripts.
EXTRACTION = Path(__file__).resolve().parent / "EXTRACTION.md"


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, check=False)
    except OSError:
        return ""
    return done.stdout.strip()


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gib() -> float:
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):
        return math.nan
    return round(pages * size / 2**30, 1)


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "memory_gib": _memory_gib(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average": list(os.getloadavg()),
    }


def meta(command: str, options: dict[str, Any]) -> dict[str, Any]:
    snapshot, measured_head = measured_code()
    return {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "commit": snapshot or _git("rev-parse", "HEAD") or "unknown",
        "code": "HEAD snapshot (git archive)" if measured_head else "work tree",
        "uncommitted_changes": False
        if measured_head
        else bool(_git("status", "--porcelain", "--untracked-files=no")),
        "command": command,
        "options": options,
        "machine": machine(),
    }


def _ratio(tool_ms: float, peer_ms: float) -> float:
    return tool_ms / peer_ms if peer_ms and not math.isnan(peer_ms) else math.nan


def geometric_mean(values: list[float]) -> float:
    kept = [v for v in values if v > 0 and not math.isnan(v)]
    return math.exp(sum(math.log(v) for v in kept) / len(kept)) if kept else math.nan


def peer_summary(rows: list[dict[str, Any]], peer: str) -> dict[str, Any]:
    """Geometric mean of the tool-to-peer time ratios over the queries the peer answered."""
    ratios = [r["peers"][peer]["ratio"] for r in rows if r["peers"][peer]["status"] == MEASURED]
    return {"queries": len(ratios), "geomean_ratio": geometric_mean(ratios)}


# --- markdown -----------------------------------------------------------------------------


def _ms(value: float) -> str:
    return "-" if value is None or math.isnan(value) else f"{value:,.1f}"


def _met(met: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "not measured"}[met]


def markdown(report: dict[str, Any]) -> str:
    parts = [_header(report), _targets_md(report), _startup_md(report)]
    parts += [_corpus_md(corpus) for corpus in report["corpora"]]
    parts.append(_profiles_md(report))
    for notes in (ANALYSIS, EXTRACTION):
        if notes.exists() and not report["meta"]["options"].get("smoke"):
            parts.append(notes.read_text(encoding="utf-8").strip())
    return "\n\n".join(parts) + "\n"


def _header(report: dict[str, Any]) -> str:
    m = report["meta"]
    mach = m["machine"]
    dirty = " (plus uncommitted changes in the work tree)" if m["uncommitted_changes"] else ""
    return (
        "# Benchmark results\n\n"
        f"- Date: {m['date']}\n"
        f"- Machine: {mach['cpus']} CPUs ({mach['cpu_model']}), {mach['memory_gib']} GiB, "
        f"Python {mach['python']}, {mach['platform']}; load average at start "
        f"{', '.join(f'{x:.2f}' for x in mach['load_average'])}, at the end "
        f"{', '.join(f'{x:.2f}' for x in mach.get('load_average_end', []))} "
        "(shared, noisy machine: other engineers' tests ran during the benchmark)\n"
        f"- Commit: `{m['commit']}` ({m['code']}){dirty}\n"
        f"- Command: `{m['command']}`\n"
        f"- Options: `{m['options']}`"
    )


def _targets_md(report: dict[str, Any]) -> str:
    lines = [
        "## Targets",
        "",
        "Issue 13's targets are set for the tantivy engine; Whoosh's figures are judged on",
        "the same goals beside them.",
        "",
        "| Engine | Target | Goal | Measured | Result |",
        "|---|---|---|---|---|",
    ]
    for t in report["targets"]:
        lines.append(
            f"| {t['engine']} | {t['target']} | {t['goal']} | {t['measured']} | {_met(t['met'])} |"
        )
    return "\n".join(lines)


def _startup_md(report: dict[str, Any]) -> str:
    s = report["startup"]
    if "error" in s:
        return f"## Start-up\n\nNot measured: {s['error']}"
    lines = [
        "## Start-up",
        "",
        f"- `search --version`: {_ms(s['search_version_ms'])} ms median; a bare "
        f"`python -c pass`: {_ms(s['python_bare_ms'])} ms (`{s['command']}`).",
    ]
    if "path_command" in s:
        lines.append(
            f"- The `search` first on PATH here is `{s['path_command']}` (a shim): "
            f"`search --version` through it takes {_ms(s['path_version_ms'])} ms; the figures "
            "above and the CLI figures below run the console script itself."
        )
    imports = report.get("imports")
    if imports and "error" not in imports:
        lines.append(
            f"- `python -X importtime` of the query `{imports['query']}` "
            f"(total {imports['total_import_ms']:.0f} ms of imports); top-level imports:"
        )
        lines += ["", "| Module | Cumulative ms |", "|---|---|"]
        lines += [f"| {r['module']} | {r['cumulative_ms']:.1f} |" for r in imports["top_level"]]
    return "\n".join(lines)


def _optional_mb(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def _indexing_md(corpus: dict[str, Any]) -> list[str]:
    lines = [
        "| Indexer | Articles/s | Articles per CPU-s | Seconds | CPU seconds | Peak RSS MB "
        "| Peak PSS MB | Cores used | Size / raw text |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for engine, figures in corpus["engines"].items():
        idx = figures["indexing"]
        if "articles_per_s" in idx:
            lines.append(
                f"| news-search, {engine} ({idx['runs']} run(s), median) | "
                f"{idx['articles_per_s']:,.0f} | {per_cpu_second(idx):,.0f} | "
                f"{idx['seconds']:,.1f} | {idx.get('cpu_seconds', math.nan):,.1f} | "
                f"{idx['peak_rss_mb']:,.0f} | {_optional_mb(idx.get('peak_pss_mb'))} | "
                f"{idx['cores_used']:.2f} | {idx['index_to_raw']:.2f} |"
            )
    for name, peer in corpus["peer_builds"].items():
        if peer["status"] == MEASURED:
            rate, seconds = peer["articles_per_s"], peer["seconds"]
            if rate is None or math.isnan(rate) or seconds < 0.01:  # files kept from a run before
                rate_text, seconds_text = "(files reused)", "-"
            else:
                rate_text, seconds_text = f"{rate:,.0f}", f"{seconds:,.1f}"
            label = f"{name} (text files written)" if name == RG else f"{name} (1 run)"
            lines.append(
                f"| {label} | {rate_text} | - | {seconds_text} | - | - | - | - | "
                f"{peer['size_to_raw']:.2f} |"
            )
        else:
            lines.append(f"| {name} | {peer['status']}: {peer.get('reason', '')} |" + " |" * 7)
    return lines


def _peer_cell(entry: dict[str, Any], against_ms: float) -> str:
    if entry["status"] != MEASURED:
        return entry["status"]
    return f"{_ms(entry['median_ms'])} ({_ratio(against_ms, entry['median_ms']):.1f}x)"


def _queries_md(corpus: dict[str, Any], engine: str) -> list[str]:
    lines = [
        "| Query | Filters | Matches | Warm median ms | Warm p95 ms | Warm CPU median ms "
        "| CLI median ms | CLI p95 ms | CLI CPU median ms "
        "| ripgrep ms (CLI/rg) | FTS5 ms (warm/FTS5) | tantivy ms (warm/tantivy) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in corpus["queries"]:
        tool = r["engines"][engine]
        filters = ", ".join(f"{k}={v}" for k, v in r["filters"].items()) or ""
        matches = f"{tool['total']:,}" if tool.get("error") is None else tool["error"][:60]
        if any(tool.get("cli_exit_codes") or []):
            matches += f" (CLI exit {tool['cli_exit_codes']})"
        peers = [
            _peer_cell(r["peers"][p], tool["cli" if p == RG else "warm"]["median_ms"])
            for p in PEERS
        ]
        lines.append(
            f"| `{r['text']}` | {filters} | {matches} | {_ms(tool['warm']['median_ms'])} | "
            f"{_ms(tool['warm']['p95_ms'])} | {_ms(tool.get('cpu', {}).get('median_ms'))} | "
            f"{_ms(tool['cli']['median_ms'])} | {_ms(tool['cli']['p95_ms'])} | "
            f"{_ms(tool['cli_cpu']['median_ms'])} | " + " | ".join(peers) + " |"
        )
    return lines


def _indexed_at(engine: str, idx: dict[str, Any]) -> str:
    if "commit" not in idx:
        return f"The {engine} index: indexing figures not measured in this run."
    dirty = " plus uncommitted changes" if idx.get("uncommitted_changes") else ""
    return f"The {engine} index was built at commit `{idx['commit'][:12]}`{dirty}."


def _corpus_md(corpus: dict[str, Any]) -> str:
    lines = [
        f"## {corpus['name']}: {corpus['articles']:,} articles, "
        f"{corpus['raw_bytes'] / 1e6:,.1f} MB raw text",
        "",
        corpus["description"],
        "",
        *_indexing_md(corpus),
        "",
        " ".join(_indexed_at(e, f["indexing"]) for e, f in corpus["engines"].items()),
    ]
    first = next(iter(corpus["engines"]))
    ratios = ", ".join(
        f"{p}: {corpus['peers'][p]['geomean_ratio']:.1f}x over {corpus['peers'][p]['queries']}"
        " queries"
        for p in PEERS
        if corpus["peers"][p]["queries"]
    )
    for engine, s in corpus["engines"].items():
        lines += [
            "",
            f"### {corpus['name']}, {engine} engine",
            "",
            f"Warm queries: median {s['warm_all']['median_ms']:.1f} ms, p95 "
            f"{s['warm_all']['p95_ms']:.1f} ms over {s['warm_all']['n']} runs. CLI end to end: "
            f"median {s['cli_all']['median_ms']:.0f} ms wall, "
            f"{s['cli_cpu_all']['median_ms']:.0f} ms CPU, over {s['cli_all']['n']} runs. "
            "Ratios are this tool's time over the peer's (>1: the tool is slower)"
            + (f"; geometric means ({engine}): {ratios}." if engine == first and ratios else "."),
            "",
            *_queries_md(corpus, engine),
        ]
    return "\n".join(lines)


def _profiles_md(report: dict[str, Any]) -> str:
    lines = ["## Profiles"]
    for key, title in (("query", "Slowest warm query"), ("indexing", "Indexing")):
        prof = report["profiles"].get(key)
        if not prof:
            continue
        if "error" in prof:
            lines += ["", f"### {title}: not profiled ({prof['error']})"]
            continue
        what = prof.get("query") or f"{prof.get('articles')} articles"
        lines += ["", f"### {title} ({what}), cProfile in CPU seconds", ""]
        lines += ["By own time:", "", "```"]
        lines += [prof["by_self"], "```", "", "By cumulative time:", "", "```"]
        lines += [prof["by_cumulative"], "```"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Re-render RESULTS.md from a report.json (after editing bench/ANALYSIS.md), or
    from several, one per corpus (runs made apart, e.g. the scaled corpus measured
    while Reuters was), joined in the order given: the meta of the first, start-up,
    imports and profiles of the last, targets judged again over all corpora."""
    import argparse
    import json

    parser = argparse.ArgumentParser(prog="python -m bench.report", description=main.__doc__)
    parser.add_argument("reports", type=Path, nargs="+", help="WORK/report.json of each run")
    parser.add_argument("--results", type=Path, default=ANALYSIS.parent / "RESULTS.md")
    args = parser.parse_args(argv)
    loaded = [json.loads(path.read_text(encoding="utf-8")) for path in args.reports]
    report = dict(loaded[-1])
    report["meta"] = dict(loaded[0]["meta"])
    if len(loaded) > 1:
        report["meta"]["command"] = " ; ".join(r["meta"]["command"] for r in loaded)
        report["meta"]["machine"]["load_average_end"] = loaded[-1]["meta"]["machine"].get(
            "load_average_end", []
        )
    report["corpora"] = [corpus for r in loaded for corpus in r["corpora"]]
    report["targets"] = targets(report)
    if len(loaded) > 1:
        args.reports[-1].with_name("report-joined.json").write_text(
            json.dumps(report, indent=1, default=str)
        )
    args.results.write_text(markdown(report), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
