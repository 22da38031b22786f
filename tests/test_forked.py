"""Work forked off the indexer: the lookup file of a large table is written by a child
process, the same file as written in-process, and a failure there is raised here."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from helpers import live_generation, stored_documents

import index.store.tables as tables_module
from index.forked import run_forked
from index.read.articles import Article
from index.write.writer import update_index

PLACES = ["Geneva", "Tripoli", "Lyon", "Osaka", "Quito", "Lima", "Hanoi"]


def articles(count: int, tag: str = "a") -> list[Article]:
    return [
        Article(
            f"{tag}{n}",
            f"Talks, day {n}",
            f"Minister Lena Sorberg met Omar Haddad in {PLACES[n % 7]} and {PLACES[n % 3]}.",
            source="Wire",
        )
        for n in range(count)
    ]


def lookups_dump(index_dir: Path) -> list[str]:
    (path,) = live_generation(index_dir).glob("lookups-*.sqlite")
    db = sqlite3.connect(path)
    try:
        return list(db.iterdump())
    finally:
        db.close()


def test_the_forked_lookup_file_equals_the_one_written_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writers = tmp_path / "writers"
    real = tables_module.write_lookups

    def noting(*args: Any) -> None:
        with writers.open("a") as note:
            note.write(f"{os.getpid()}\n")
        real(*args)

    monkeypatch.setattr(tables_module, "write_lookups", noting)
    monkeypatch.setattr(tables_module, "FORKED_LOOKUPS", 10**9)
    update_index(articles(12), tmp_path / "here")
    monkeypatch.setattr(tables_module, "FORKED_LOOKUPS", 0)
    update_index(articles(12), tmp_path / "forked")
    here, forked = writers.read_text().split()
    assert here == str(os.getpid()) != forked  # a child wrote the second
    assert len(lookups_dump(tmp_path / "here")) > 10
    assert lookups_dump(tmp_path / "forked") == lookups_dump(tmp_path / "here")


def test_a_failure_in_the_child_is_raised_and_the_old_index_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles(3), index_dir)
    old = live_generation(index_dir)

    def failing(*_args: Any) -> None:
        raise OSError("no space left on device")

    monkeypatch.setattr(tables_module, "FORKED_LOOKUPS", 0)
    monkeypatch.setattr(tables_module, "write_lookups", failing)
    with pytest.raises(OSError, match="no space left"):
        update_index(articles(5, tag="b"), index_dir, rebuild=True)
    assert live_generation(index_dir) == old
    assert sorted(p.name for p in index_dir.glob("gen-*")) == [old.name]
    assert [d["id"] for d in stored_documents(index_dir)] == ["a0", "a1", "a2"]


def test_forked_work_reports_success_or_failure(tmp_path: Path) -> None:
    done = tmp_path / "done"
    assert run_forked(lambda: done.write_text(str(os.getpid())))() is True
    assert done.read_text() != str(os.getpid())
    assert run_forked(lambda: 1 / 0)() is False
