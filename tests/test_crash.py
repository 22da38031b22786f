"""Crash safety and concurrency, with real processes.

An indexer killed with SIGKILL at any moment leaves the previous state fully
searchable, and running it again completes the work; a second indexer is
turned away naming the lock; searches during an update answer from the old or
the new state, never fail.
"""

from __future__ import annotations

import fcntl
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import REPO, assert_clean_error, run_index, search_json

from index.articles import ReadLog, read_articles
from index.layout import LOCK
from index.writer import update_index

KILLS = 20
SMALL, LARGE = 80, 160  # articles in the two states an update moves between
INDEXER = "from search.cli import index_main; index_main()"


def articles(count: int) -> list[dict[str, object]]:
    """Articles written for the test: distinct words, places and dates."""
    towns = ["Rotterdam", "Antwerp", "Hamburg", "Gdansk", "Genoa", "Marseille"]
    return [
        {
            "id": f"a{n:04d}",
            "title": f"Port report {n}",
            "date": f"2021-{n % 12 + 1:02d}-{n % 27 + 1:02d}",
            "body": (
                f"Dock workers in {towns[n % len(towns)]} met on day {n}. "
                f"Minister Anna Berg said talks number {n} would go on.\n\n"
                + " ".join(f"word{n}x{k}" for k in range(40))
            ),
        }
        for n in range(count)
    ]


def write_state(feed: Path, count: int) -> None:
    feed.write_text("".join(json.dumps(a) + "\n" for a in articles(count)), encoding="utf-8")


def start_indexer(feed: Path, index_dir: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", INDEXER, str(feed), "--index", str(index_dir), "-q", *extra],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def total(index_dir: Path) -> int:
    """How many articles one search sees (every test article has these words),
    checked against the same answer's facet counts."""
    data = search_json(index_dir, "dock workers", "--limit", "1")
    assert sum(value["count"] for value in data["facets"]["month"]) == data["total"]
    return int(data["total"])


def run_to_completion(feed: Path, index_dir: Path, *extra: str) -> float:
    started = time.monotonic()
    process = start_indexer(feed, index_dir, *extra)
    assert process.wait(timeout=120) == 0
    return time.monotonic() - started


def complete_in_process(feed: Path, index_dir: Path, rebuild: bool) -> None:
    """The re-run after a kill: the same update, without paying a new process's
    start-up (the gazetteer) twenty times."""
    log = ReadLog()
    update_index(read_articles([feed], log), index_dir, log, rebuild=rebuild)


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    write_state(path, SMALL)
    return path


def test_sigkill_at_twenty_moments_loses_nothing(feed: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    duration = run_to_completion(feed, index_dir)
    state = SMALL
    for kill in range(KILLS):
        target = LARGE if state == SMALL else SMALL
        write_state(feed, target)
        extra = ("--rebuild",) if kill % 4 == 3 else ()
        process = start_indexer(feed, index_dir, *extra)
        time.sleep(duration * (kill + 0.5) / KILLS)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert total(index_dir) in (state, target), f"kill {kill}: a half-written state"
        complete_in_process(feed, index_dir, rebuild=bool(extra))
        assert total(index_dir) == target, f"kill {kill}: the re-run did not complete"
        state = target
    assert len(list(index_dir.glob("gen-*"))) == 1  # killed rebuilds were cleared


def test_second_indexer_is_turned_away_naming_the_lock(feed: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    run_to_completion(feed, index_dir)
    write_state(feed, LARGE)
    process = start_indexer(feed, index_dir)
    try:
        wait_for_lock(index_dir / LOCK)
        result = run_index(str(feed), "--index", str(index_dir))
        assert_clean_error(result, 5, str(index_dir / LOCK), "another indexer")
    finally:
        process.wait(timeout=120)
    assert total(index_dir) == LARGE


def test_lock_of_a_killed_indexer_is_released(feed: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    run_to_completion(feed, index_dir)
    write_state(feed, LARGE)
    process = start_indexer(feed, index_dir)
    wait_for_lock(index_dir / LOCK)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert run_index(str(feed), "--index", str(index_dir), "-q").exit_code == 0
    assert total(index_dir) == LARGE


def test_searches_during_an_update_answer_old_or_new(feed: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    run_to_completion(feed, index_dir)
    for target in (LARGE, SMALL, LARGE):  # an update, then removals, then additions
        before = total(index_dir)
        write_state(feed, target)
        process = start_indexer(feed, index_dir, *(("--rebuild",) if target == SMALL else ()))
        seen = set()
        while process.poll() is None:
            seen.add(total(index_dir))
        assert process.returncode == 0
        seen.add(total(index_dir))
        assert seen <= {before, target} and target in seen


def wait_for_lock(path: Path, timeout: float = 60.0) -> None:
    """Until some other process holds the indexer's lock."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            with path.open("a") as handle:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    fcntl.flock(handle, fcntl.LOCK_UN)
                except BlockingIOError:
                    return
        time.sleep(0.02)
    raise AssertionError(f"no indexer took {path} within {timeout}s")
