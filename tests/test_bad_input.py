"""Bad input is reported with file and line, and the rest is indexed."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import hit_ids, run_index

from index.articles import MAX_ARTICLE_BYTES, Problem, read_articles


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


def test_a_file_too_large_for_one_article_is_skipped(tmp_path: Path) -> None:
    huge = tmp_path / "dump.txt"
    with huge.open("w", encoding="utf-8") as handle:
        handle.write("A dump\n\n")
        line = "word " * 200 + "\n"
        while handle.tell() <= MAX_ARTICLE_BYTES:
            handle.write(line)
    (tmp_path / "fine.txt").write_text("Fine\n\nA normal article.", encoding="utf-8")
    index_dir = tmp_path / "index"
    result = run_index(str(tmp_path), "--index", str(index_dir))
    assert result.exit_code == 6
    assert "dump.txt: too large for one article" in result.stderr
    assert hit_ids(index_dir, "normal") == {"fine.txt"}


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
