"""Documents built in a worker process make the same index as built in-process."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from helpers import stored_documents

from index.aliases import AliasBook
from index.collector import BULK_THRESHOLDS
from index.engines.document import IndexDocument
from index.read.articles import Article
from index.write import builder, writer
from index.write.writer import update_index

PLACES = ["Geneva", "Tripoli", "Lyon", "Osaka", "Quito"]


def articles(count: int) -> list[Article]:
    return [
        Article(
            f"a{n:03d}",
            f"Port talks, day {n}",
            f'Officials met in {PLACES[n % 5]} on Monday. "We will reopen the port," said '
            f"Minister Lena Sorberg on March {n % 28 + 1}, 2021.\n\nTalks resume on day {n}.",
        )
        for n in range(count)
    ]


@pytest.mark.parametrize("workers", [1, 3])
def test_worker_built_index_equals_in_process_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setenv(builder.WORKERS_VARIABLE, str(workers))
    batch = articles(150)
    monkeypatch.setattr(builder, "INLINE_ARTICLES", 10**6)
    update_index(batch, tmp_path / "inline")
    started: list[bool] = []
    real = builder._in_worker
    monkeypatch.setattr(builder, "INLINE_ARTICLES", 20)
    monkeypatch.setattr(builder, "BATCH", 7)  # batches that do not divide the articles
    monkeypatch.setattr(builder, "_in_worker", lambda *a: started.append(a[-1]) or real(*a))
    stats = update_index(batch, tmp_path / "worker")
    assert started == [workers] and stats.added == 150
    inline, worker = (stored_documents(tmp_path / name) for name in ("inline", "worker"))
    assert [d["id"] for d in worker] == [d["id"] for d in inline]  # same order: same docnums
    assert worker == inline


def collector_thresholds(work: list[tuple[Article, str]]) -> list[dict[str, Any]]:
    """Stands in for the worker's document builder: reports where it runs."""
    return [{"thresholds": gc.get_threshold()} for _ in work]


def test_worker_collects_garbage_less_often(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(builder, "INLINE_ARTICLES", 2)
    monkeypatch.setattr(builder, "BATCH", 3)
    monkeypatch.setattr(builder, "_build_batch", collector_thresholds)
    before = gc.get_threshold()
    items = ((article, "digest", None) for article in articles(8))
    documents = [document for *_, document in builder.build_documents(items, AliasBook())]
    assert isinstance(documents[0], IndexDocument)  # built here, to warm up the tables
    worker = [d["thresholds"] for d in documents[1:]]  # the rest of the head too
    assert worker == [builder.WORKER_GC_THRESHOLDS] * 7
    assert builder.WORKER_GC_THRESHOLDS != before  # the indexer's own are left alone
    assert gc.get_threshold() == before


def test_the_indexer_collects_garbage_less_often_while_it_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The indexer's own collector runs at the build's thresholds during an update (it
    holds the growing entity tables), and at its own again after it."""
    seen: list[tuple[tuple[int, int, int], bool]] = []
    real = writer.build_documents

    def recording(*args: Any) -> Any:
        seen.append((gc.get_threshold(), gc.isenabled()))
        return real(*args)

    monkeypatch.setattr(writer, "build_documents", recording)
    before = gc.get_threshold()
    assert update_index(articles(3), tmp_path / "index").added == 3
    assert seen == [(BULK_THRESHOLDS, True)] and BULK_THRESHOLDS != before
    assert gc.get_threshold() == before and gc.isenabled()
    gc.disable()  # as the search command's process has it: on for a build, off after
    try:
        assert update_index(articles(4), tmp_path / "index").added == 1
        assert seen[-1] == (BULK_THRESHOLDS, True) and not gc.isenabled()
    finally:
        gc.enable()


def test_worker_count_comes_from_the_environment_or_the_cores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(builder.WORKERS_VARIABLE, "0")
    assert builder.default_workers() == 0
    monkeypatch.setenv(builder.WORKERS_VARIABLE, "2")
    assert builder.default_workers() == 2
    monkeypatch.delenv(builder.WORKERS_VARIABLE)
    monkeypatch.setattr(builder.os, "sched_getaffinity", lambda _pid: set(range(4)))
    assert builder.default_workers() == 4
    monkeypatch.setattr(builder.os, "sched_getaffinity", lambda _pid: {0, 1})
    assert builder.default_workers() == 2
    monkeypatch.setattr(builder.os, "sched_getaffinity", lambda _pid: {0})
    assert builder.default_workers() == 0
