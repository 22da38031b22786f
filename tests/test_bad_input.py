"""Bad input is reported with file and line, and the rest is indexed."""

from __future__ import annotations

import csv
import json
import os
from functools import partial
from pathlib import Path

import pytest
from helpers import hit_ids, run_in_own_process, run_index, search_json

from index.read.articles import Problem, read_articles

INDEXER = "from search.cli import index_main; index_main()"


def read(path: Path) -> tuple[list[str], list[Problem]]:
    problems: list[Problem] = []
    ids = [article.id for article in read_articles([path], problems.append)]
    return ids, problems


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = tmp_path / "windows.txt"
    text.write_bytes("Ports reopen\n\nDockers in Gdańsk returned.".encode("utf-16"))
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes((json.dumps({"id": "u", "body": "Łódź fair opens"}) + "\n").encode("utf-16"))
    for path, expected in ((text, ["windows.txt"]), (feed, ["u"])):
        ids, problems = read(path)
        assert (ids, problems) == (expected, [])
    index_dir = tmp_path / "index"
    assert run_index(str(tmp_path), "--index", str(index_dir), "-q").exit_code == 0
    assert hit_ids(index_dir, "gdansk") == {"windows.txt"}


FIFTY_MB = 50 * 2**20


def test_a_50_mb_file_of_each_kind_is_skipped_and_the_rest_indexed(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    dump = "word " * (FIFTY_MB // 5)
    (archive / "dump.txt").write_text("A dump\n\n" + dump, encoding="utf-8")
    records = [{"id": "j1", "body": "Kept before"}, {"id": "jbig", "body": dump}]
    records.append({"id": "j3", "body": "Kept after"})
    (archive / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    rows = f'id,title,body\nc1,One,Kept before\ncbig,Big,"{dump}"\nc3,Three,Kept after\n'
    (archive / "table.csv").write_text(rows, encoding="utf-8")
    assert all(path.stat().st_size > FIFTY_MB for path in archive.iterdir())
    index_dir = tmp_path / "index"
    result = run_index(str(archive), "--index", str(index_dir))
    assert result.exit_code == 6, result.output
    for where in ("dump.txt", "feed.jsonl:2", "table.csv:3"):
        assert f"{where}: too large for one article (50.0 MB" in result.stderr, where
    assert "skipped 3 input(s): 3 too large for one article" in result.stderr
    assert hit_ids(index_dir, "kept") == {"j1", "j3", "c1", "c3"}


def test_a_csv_field_longer_than_the_csv_module_default_is_read(tmp_path: Path) -> None:
    table = tmp_path / "export.csv"
    long_body = "harbour " * 40_000  # 320 KB: over csv's default field limit of 128 KB
    table.write_bytes(f'\ufeffid,body\nlong,"{long_body}"\nshort,Quay\n'.encode())
    ids, problems = read(table)
    assert (ids, problems) == (["long", "short"], [])


def test_a_csv_row_the_csv_module_cannot_parse_ends_the_file_with_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "export.csv"
    table.write_text('id,body\nc1,One\nc2,"unclosed\nc3,Three\n', encoding="utf-8")
    monkeypatch.setattr(csv, "DictReader", partial(csv.DictReader, strict=True))
    ids, problems = read(table)
    assert ids == ["c1"]
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [(4, "malformed CSV")]
    assert problems[0].message.endswith("the rest of the file is skipped")


def test_a_json_line_nested_too_deeply_is_malformed_and_the_rest_read(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "r1", "body": "One"}), "[" * 100_000, '{"id": "r3", "body": "3"}']
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ids, problems = read(feed)
    assert ids == ["r1", "r3"]
    assert [(p.line, p.message) for p in problems] == [(2, "malformed JSON (nested too deeply)")]


def test_an_unpaired_surrogate_escape_is_replaced_and_reported(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        r'{"id": "cut", "title": "Emoji cut \ud83d", "body": "Harbour \udc00 news"}',
        r'{"id": "pair", "body": "Harbour smile \ud83d\ude00"}',
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    index_dir = tmp_path / "index"
    result = run_index(str(feed), "--index", str(index_dir))
    assert result.exit_code == 6, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("search-index: w")]
    assert len(warnings) == 1 and f"{feed}:1: unpaired UTF-16 surrogate" in warnings[0]
    assert "indexed 1 with a warning" in result.stderr and "skipped" not in result.stderr
    assert hit_ids(index_dir, "harbour") == {"cut", "pair"}
    shown = search_json(index_dir, "--show", "cut")
    assert (shown["title"], shown["body"]) == ("Emoji cut \ufffd", "Harbour \ufffd news")
    assert search_json(index_dir, "--show", "pair")["title"] == "Harbour smile \U0001f600"


def test_a_bad_date_is_reported_as_indexed_not_skipped(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "d", "body": "Quay", "date": "2020-13-01"}) + "\n", "utf-8")
    index_dir = tmp_path / "index"
    result = run_index(str(feed), "--index", str(index_dir))
    assert result.exit_code == 6, result.output
    assert "bad date, indexed as undated" in result.stderr and "(indexed anyway)" in result.stderr
    assert "skipped" not in result.stderr
    assert hit_ids(index_dir, "quay") == {"d"}


def test_a_line_that_is_not_utf8_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"r{n}", "body": f"Story {n}"}).encode() for n in range(3)]
    lines[1] = lines[1].replace(b"Story", b"St\xffory")
    feed.write_bytes(b"\n".join(lines) + b"\n")
    ids, problems = read(feed)
    assert ids == ["r0", "r2"]
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [(2, "not UTF-8 text")]


def test_a_file_that_vanishes_before_it_is_read_is_reported(tmp_path: Path) -> None:
    gone = tmp_path / "gone.txt"
    gone.write_text("Gone\n\nSoon.", encoding="utf-8")
    kept = tmp_path / "kept.txt"
    kept.write_text("Kept\n\nStays.", encoding="utf-8")
    problems: list[Problem] = []
    articles = read_articles([tmp_path], problems.append)
    first = next(articles)  # the files are listed; the first has been read
    gone.unlink() if first.id != "gone.txt" else kept.unlink()
    rest = list(articles)
    assert len(rest) == 0 and len(problems) == 1
    assert "cannot read" in problems[0].message


def test_empty_and_binary_files_are_skipped_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.md").write_text("\n \n\t\n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 4)
    (tmp_path / "fine.txt").write_text("Fine\n\nAll good.", encoding="utf-8")
    problems: list[Problem] = []
    ids = [a.id for a in read_articles([tmp_path], problems.append)]
    assert ids == ["fine.txt"]
    reasons = {Path(p.path).name: p.message for p in problems}
    assert reasons == {
        "blank.md": "empty file",
        "empty.txt": "empty file",
        "image.txt": "binary file, not text",
    }


def test_csv_row_with_missing_columns_is_skipped_with_its_line(tmp_path: Path) -> None:
    table = tmp_path / "export.csv"
    table.write_text(
        "id,title,body,date\n"
        "c1,First,Body one,2020-01-01\n"
        "c2,Second\n"
        "c3,Third,Body three,2020-01-03\n",
        encoding="utf-8",
    )
    ids, problems = read(table)
    assert ids == ["c1", "c3"]
    assert [(p.line, p.message) for p in problems] == [(3, "row does not match the header columns")]


def test_a_file_name_that_is_not_utf8_is_skipped_with_a_warning(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    latin1 = os.path.join(os.fsencode(archive), "caf\xe9.txt".encode("latin-1"))
    with open(latin1, "wb") as handle:
        handle.write(b"Cafe news\n\nThe quay cafe reopened.")
    (archive / "fine.txt").write_text("Fine\n\nThe quay is open.", encoding="utf-8")
    index_dir = tmp_path / "index"
    result = run_index(str(archive), "--index", str(index_dir))
    assert result.exit_code == 6, result.output
    assert "caf\\xe9.txt: file name is not UTF-8 text" in result.stderr
    assert hit_ids(index_dir, "quay") == {"fine.txt"}


def test_a_named_pipe_given_as_a_feed_is_skipped_not_waited_on(tmp_path: Path) -> None:
    """Opening a pipe blocks until someone writes to it: the indexer, in a
    process of its own here so that a hang fails the test, must not open it."""
    pipe = tmp_path / "feed.jsonl"
    os.mkfifo(pipe)
    fine = tmp_path / "fine.txt"
    fine.write_text("Fine\n\nThe quay is open.", encoding="utf-8")
    index_dir = tmp_path / "index"
    result = run_in_own_process("search-index", pipe, fine, "--index", index_dir)
    assert result.returncode == 6, result.stderr
    assert f"{pipe}: cannot read: not a regular file" in result.stderr
    assert hit_ids(index_dir, "quay") == {"fine.txt"}


def test_a_pipe_or_broken_link_inside_a_folder_is_reported_not_passed_over(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    os.mkfifo(archive / "pipe.txt")
    (archive / "gone.txt").symlink_to(archive / "deleted.txt")
    (archive / "fine.txt").write_text("Fine\n\nThe quay is open.", encoding="utf-8")
    index_dir = tmp_path / "index"
    result = run_in_own_process("search-index", archive, "--index", index_dir)
    assert result.returncode == 6, result.stderr
    assert f"{archive / 'pipe.txt'}: cannot read: not a regular file" in result.stderr
    assert f"{archive / 'gone.txt'}: cannot read" in result.stderr
    assert hit_ids(index_dir, "quay") == {"fine.txt"}
