"""The benchmark script's smoke mode, so it cannot rot (issue 7).

Runs ``python -m bench.run --smoke`` on ~200 Reuters articles in a temporary
work dir and checks the report's structure: every figure present, every query
kind covered, every peer either measured or explicitly reported missing. The
corpus lives outside the repository; without it the test is skipped.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import corpus, peers  # noqa: E402
from bench.queries import AND, PHRASE, QUOTE, WORD  # noqa: E402

pytestmark = pytest.mark.skipif(
    not corpus.REUTERS.exists(),
    reason=f"needs ../shared beside the repo (the benchmark corpus at {corpus.REUTERS})",
)
STATUSES = {"measured", "missing"}
ENGINES = ("tantivy", "whoosh")  # the benchmark's default: both engines of the project


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("bench")
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--smoke", "--work", str(work)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert (work / "RESULTS.md").read_text().startswith("# Benchmark results")
    loaded: dict[str, Any] = json.loads((work / "report.json").read_text())
    return loaded


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not math.isnan(value) and value >= 0


def test_meta_names_machine_commit_and_command(report: dict[str, Any]) -> None:
    meta = report["meta"]
    assert meta["date"] and meta["commit"] and meta["command"].startswith("python -m bench.run")
    assert meta["machine"]["cpus"] >= 1


def test_indexing_figures_of_both_engines(report: dict[str, Any]) -> None:
    (small,) = report["corpora"]
    assert 150 <= small["articles"] <= 200
    assert tuple(small["engines"]) == ENGINES
    for engine in ENGINES:
        idx = small["engines"][engine]["indexing"]
        assert idx["engine"] == engine
        for key in ("articles_per_s", "articles_per_cpu_s", "cpu_seconds", "peak_rss_mb"):
            assert _number(idx[key]), (engine, key)
        for key in ("cores_used", "index_to_raw", "seconds"):
            assert _number(idx[key]), (engine, key)
        assert idx["peak_pss_mb"] is None or 0 < idx["peak_pss_mb"] <= idx["peak_rss_mb"] + 1


def test_queries_cover_every_kind_with_and_without_filters(report: dict[str, Any]) -> None:
    queries = report["corpora"][0]["queries"]
    assert len(queries) >= 16  # the 15 base queries (all filter values exist) and a quote
    kinds = {(q["kind"], bool(q["filters"])) for q in queries}
    for kind in (WORD, AND, PHRASE):
        assert {(kind, False), (kind, True)} <= kinds
    assert (QUOTE, False) in kinds
    filters = {name for q in queries for name in q["filters"]}
    assert filters == {"place", "person", "org", "since"}
    for q in queries:
        assert tuple(q["engines"]) == ENGINES
        for engine, tool in q["engines"].items():
            assert _number(tool["warm"]["median_ms"]) and _number(tool["warm"]["p95_ms"])
            assert _number(tool["cli"]["median_ms"]) and _number(tool["cli"]["p95_ms"])
            assert _number(tool["cli_cpu"]["median_ms"]) and tool["total"] >= 0, engine
            assert tool["cli_exit_codes"] == [0], (engine, q["name"])
        totals = {tool["total"] for tool in q["engines"].values()}
        assert len(totals) == 1, (q["name"], totals)  # the engines agree on every query


def test_every_peer_measured_or_reported_missing(report: dict[str, Any]) -> None:
    small = report["corpora"][0]
    assert set(small["peer_builds"]) == set(peers.PEERS)
    for name, build in small["peer_builds"].items():
        assert build["status"] in STATUSES, name
        if build["status"] == "missing":
            assert build["reason"]
    for q in small["queries"]:
        assert set(q["peers"]) == set(peers.PEERS)
        for name, entry in q["peers"].items():
            assert entry["status"] in STATUSES | {"n/a"}, (q["name"], name)
            if entry["status"] == "measured":
                assert _number(entry["median_ms"]) and _number(entry["ratio"])
            if entry["status"] == "measured" and name == peers.RG:  # CPU beside wall
                assert _number(entry["cpu_median_ms"])


def test_targets_startup_and_profiles(report: dict[str, Any]) -> None:
    assert [t["engine"] for t in report["targets"]] == [e for e in ENGINES for _ in range(5)]
    assert all(t["met"] in (True, False, None) and t["measured"] for t in report["targets"])
    assert _number(report["startup"]["search_version_ms"])
    assert report["imports"]["top_level"]
    assert "ncalls" in report["profiles"]["query"]["by_cumulative"]
    assert "ncalls" in report["profiles"]["indexing"]["by_self"]


def test_missing_peers_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    assert "rg" in (peers.missing_reason(peers.RG) or "")
    monkeypatch.setitem(sys.modules, "tantivy", None)
    assert "tantivy" in (peers.missing_reason(peers.TANTIVY) or "")


def test_scaled_corpus_has_new_ids_and_spread_dates(tmp_path: Path) -> None:
    source, scaled = tmp_path / "slice.jsonl", tmp_path / "scaled.jsonl"
    corpus.write_slice(corpus.REUTERS, source, 50)
    corpus.write_scaled(source, scaled, 300)
    records = list(corpus.read_records(scaled))
    assert len(records) == 300 == len({r.id for r in records})
    assert len({r.date[:4] for r in records}) >= 10
    paragraphs = {p for r in corpus.read_records(source) for p in r.body.split("\n")}
    assert all(r.body for r in records)
    assert len(paragraphs) > 0
