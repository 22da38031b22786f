"""Incremental indexing: only what changed is touched, and the result equals a
fresh build of the same files (hits, facet counts, entity table)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from helpers import read_entity_table, run_index, search_json

import index.read.articles as articles_module
import index.write.writer as writer_module

RECORDS = [
    {
        "id": "r1",
        "title": "Port strike spreads",
        "date": "2021-03-02",
        "source": "Wire",
        "body": "Dock workers in Rotterdam joined the strike, union leader Anna de Vries said.",
    },
    {
        "id": "r2",
        "title": "Strike talks fail",
        "date": "2021-03-04",
        "source": "Wire",
        "body": "Talks in Antwerp broke down on Thursday, said Minister Pieter Claes.",
    },
    {
        "id": "r3",
        "title": "Ferries cancelled",
        "date": "2021-04-01",
        "source": "Courier",
        "body": "Ferries from Hamburg were cancelled as the strike entered its second week.",
    },
]
TEXTS = {
    "a.txt": "Harbour reopens\n\nRotterdam harbour reopened after the strike ended, they said.",
    "b.txt": "Union vote\n\nAnna de Vries said members in Rotterdam would vote on the offer.",
}
QUERIES = [
    ["strike"],
    ["strike", "--place", "Rotterdam"],
    ["--person", "Anna de Vries"],
    ["union OR ferries"],
    ["--facets"],
    ["--since", "2021-03", "--until", "2021-03"],
]


def write_archive(folder: Path, records: list[dict[str, Any]], texts: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / "feed.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")


def answers(index_dir: Path) -> list[dict[str, Any]]:
    """What every query answers, with scores left out (Whoosh keeps deleted
    documents in its term statistics until segments merge)."""
    found = []
    for argv in QUERIES:
        data = search_json(index_dir, *argv, "--limit", "100")
        hits = sorted(
            (h["id"], h["title"], h["date"], json.dumps(h["entities"])) for h in data["hits"]
        )
        found.append({"total": data["total"], "hits": hits, "facets": data["facets"]})
    return found


def index(folder: Path, index_dir: Path, *extra: str) -> str:
    result = run_index(str(folder), "--index", str(index_dir), *extra)
    assert result.exit_code == 0, result.output
    return result.stderr


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    write_archive(folder, RECORDS, TEXTS)
    return folder


def test_incremental_update_equals_a_fresh_build(archive: Path, tmp_path: Path) -> None:
    live = tmp_path / "live"
    index(archive, live)
    changed = [
        dict(RECORDS[0], body=RECORDS[0]["body"] + " Pay is the issue."),
        RECORDS[2],
        {"id": "r4", "title": "Strike over", "body": "The strike in Rotterdam ended."},
    ]
    write_archive(
        archive, changed, {"b.txt": TEXTS["b.txt"], "c.txt": "Calm\n\nAll quiet in Antwerp."}
    )
    summary = index(archive, live)
    assert "(2 added, 1 updated, 2 unchanged, 2 removed)" in summary
    fresh = tmp_path / "fresh"
    index(archive, fresh)
    assert answers(live) == answers(fresh)
    assert read_entity_table(live) == read_entity_table(fresh)


def test_rerun_without_changes_touches_nothing(archive: Path, tmp_path: Path) -> None:
    live = tmp_path / "live"
    index(archive, live)
    before = sorted(p.name for p in next(live.glob("gen-*")).iterdir())
    summary = index(archive, live)
    assert "(0 added, 0 updated, 5 unchanged, 0 removed)" in summary
    assert sorted(p.name for p in next(live.glob("gen-*")).iterdir()) == before


def test_unreadable_file_keeps_what_was_indexed_from_it(archive: Path, tmp_path: Path) -> None:
    live = tmp_path / "live"
    index(archive, live)
    (archive / "a.txt").write_bytes(b"Harbour\n\n\xff\xfe broken")
    result = run_index(str(archive), "--index", str(live))
    assert result.exit_code == 6
    assert "a.txt" in result.stderr and "not UTF-8" in result.stderr
    ids = {hit["id"] for hit in search_json(live, "harbour", "--limit", "100")["hits"]}
    assert "a.txt" in ids


def test_prune_removes_articles_not_seen_and_rebuild_starts_afresh(
    archive: Path, tmp_path: Path
) -> None:
    live = tmp_path / "live"
    index(archive, live)
    other = tmp_path / "other"
    write_archive(other, [], {"z.txt": "Elsewhere\n\nNothing about ports."})
    index(other, live)
    assert search_json(live, "--facets")["total"] == 6
    assert "5 removed" in index(other, live, "--prune")
    assert search_json(live, "--facets")["total"] == 1
    assert "(5 added, 0 updated, 0 unchanged, 0 removed)" in index(archive, live, "--rebuild")
    assert search_json(live, "--facets")["total"] == 5


def test_files_that_vanish_or_turn_unreadable_mid_run_lose_nothing(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the files are listed, a.txt is deleted and b.txt replaced by a
    folder (unreadable, even to root) just before each is read; the new record
    of the same run is indexed, and what both files gave before is kept."""
    live = tmp_path / "live"
    index(archive, live)
    with (archive / "feed.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "r5", "title": "Ferry news", "body": "Ferries run."}) + "\n")
    real_read_file = articles_module.read_file

    def read_file(path: Path, *args: Any) -> Any:
        if path.name == "a.txt":
            path.unlink()
        elif path.name == "b.txt":
            path.unlink()
            path.mkdir()
        return real_read_file(path, *args)

    monkeypatch.setattr(articles_module, "read_file", read_file)
    result = run_index(str(archive), "--index", str(live))
    assert result.exit_code == 6, result.output
    warnings = sorted(line for line in result.stderr.splitlines() if "warning" in line)
    assert len(warnings) == 2, result.stderr
    assert "a.txt: cannot read: No such file" in warnings[0]
    assert "b.txt: cannot read: not a regular file" in warnings[1]
    assert "(1 added, 0 updated, 3 unchanged, 0 removed); skipped 2 input(s)" in result.stderr
    found = search_json(live, "rotterdam", "--limit", "100")["hits"]
    assert {hit["id"] for hit in found} == {"r1", "a.txt", "b.txt"}
    assert search_json(live, "--facets")["total"] == 6


def test_only_new_and_changed_articles_are_processed(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Documents are built (entities, dates, quotations extracted) only for the
    articles whose content hash changed; a file touched without a change is not."""
    live = tmp_path / "live"
    index(archive, live)
    built: list[str] = []
    real_build = writer_module.build_documents

    def build_documents(items: Any, aliases: Any) -> Any:
        for item in real_build(items, aliases):
            built.append(item[0].id)
            yield item

    monkeypatch.setattr(writer_module, "build_documents", build_documents)
    records = [dict(RECORDS[0], title="Port strike spreads further"), *RECORDS[1:]]
    records.append({"id": "r4", "title": "New", "body": "A new record about Antwerp."})
    write_archive(archive, records, TEXTS)
    os.utime(archive / "a.txt", (0, 0))  # touched, not changed
    summary = index(archive, live)
    assert "(1 added, 1 updated, 4 unchanged, 0 removed)" in summary
    assert sorted(built) == ["r1", "r4"]
