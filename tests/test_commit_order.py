"""The last phase of a run: the tables and the engine's commit. An update writes the
tables first (a killed run never leaves a live commit without its tables); a fresh
generation, not live till both are done, commits the engine on a thread of its own
while the tables are written, and a failure of either leaves the old index whole."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from helpers import live_generation, stored_documents

import index.write.writer as writer_module
from index.engines.base import Writer
from index.read.articles import Article
from index.store.tables import Tables
from index.write.writer import update_index


def articles(*ids: str) -> list[Article]:
    return [Article(i, f"Talks {i}", f"Officials met in Geneva on Monday, day {i}.") for i in ids]


class Recorder:
    """Which of the tables and the engine's commit ran, in what order, on which thread."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[tuple[str, str, int]] = []
        real_write, real_open = Tables.write, writer_module.open_writer

        def write(tables: Tables, *args: Any) -> None:
            self._note("tables", "start")
            real_write(tables, *args)
            self._note("tables", "end")

        def open_writer(generation: Path) -> Writer:
            opened = real_open(generation)
            real_commit = opened.commit

            def commit() -> None:
                self._note("engine", "start")
                real_commit()
                self._note("engine", "end")

            opened.commit = commit  # type: ignore[method-assign]
            return opened

        monkeypatch.setattr(Tables, "write", write)
        monkeypatch.setattr(writer_module, "open_writer", open_writer)

    def _note(self, what: str, when: str) -> None:
        self.events.append((what, when, threading.get_ident()))

    def order(self) -> list[str]:
        return [f"{what} {when}" for what, when, _ in self.events]

    def threads(self) -> dict[str, int]:
        return {what: ident for what, _, ident in self.events}


@pytest.mark.parametrize("engine", ["tantivy", "whoosh"])
def test_an_update_writes_its_tables_before_the_engine_commits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    update_index(articles("a1", "a2"), tmp_path / "index", engine=engine)
    recorder = Recorder(monkeypatch)
    stats = update_index(articles("a1", "a2", "a3"), tmp_path / "index")
    assert stats.added == 1 and not stats.rebuilt
    assert recorder.order() == ["tables start", "tables end", "engine start", "engine end"]
    assert recorder.threads()["engine"] == threading.get_ident()


@pytest.mark.parametrize("engine", ["tantivy", "whoosh"])
def test_a_fresh_build_commits_the_engine_beside_the_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    recorder = Recorder(monkeypatch)
    stats = update_index(articles("a1", "a2"), tmp_path / "index", engine=engine)
    assert stats.rebuilt and stats.articles == 2
    threads = recorder.threads()
    assert threads["tables"] == threading.get_ident() != threads["engine"]
    assert sorted(recorder.order()) == ["engine end", "engine start", "tables end", "tables start"]
    assert [d["id"] for d in stored_documents(tmp_path / "index")] == ["a1", "a2"]


def test_a_rebuild_whose_tables_fail_leaves_the_old_index_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles("a1"), index_dir)
    old = live_generation(index_dir)
    engine_done: list[bool] = []
    real_open = writer_module.open_writer

    def open_writer(generation: Path) -> Writer:
        opened = real_open(generation)
        real_commit = opened.commit

        def commit() -> None:
            real_commit()
            engine_done.append(True)

        opened.commit = commit  # type: ignore[method-assign]
        return opened

    def failing(*_args: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(writer_module, "open_writer", open_writer)
    monkeypatch.setattr(Tables, "write", failing)
    with pytest.raises(OSError, match="disk full"):
        update_index(articles("b1", "b2"), index_dir, rebuild=True)
    assert engine_done == [True]  # waited for before the new generation was removed
    assert live_generation(index_dir) == old
    assert sorted(p.name for p in index_dir.glob("gen-*")) == [old.name]
    assert [d["id"] for d in stored_documents(index_dir)] == ["a1"]
