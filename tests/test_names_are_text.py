"""Names are text too: every path, file name, id or value echoed in a message
or in output goes through the same neutralisation as article text, so a name
cannot steer the terminal (retitle it, recolour it, reorder the line) or forge
a line of its own."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest
from helpers import SEEDS, run_index, run_search, search_json

from search.cli import entities_command
from search.safe_text import safe, safe_json, safe_line

ESCAPES = "\x1b]0;PWNED\x07\x1b[31m\x9b2J\u202e"
# Anything but a tab or line break that steers a terminal, and the line
# separators; JSON escapes all of them.
STEERING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def assert_inert(text: str) -> None:
    assert STEERING.search(text) is None, repr(text)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def test_a_file_name_with_escapes_reaches_the_warning_inert(tmp_path: Path) -> None:
    """The hostile test's case: a terminal title set through a warning."""
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / f"x{ESCAPES}.jsonl").write_text("not json\n", encoding="utf-8")
    (archive / "ok.txt").write_text("Ok\n\nThe quay is open.", encoding="utf-8")
    result = run_index(str(archive), "--index", str(tmp_path / "index"))
    assert result.exit_code == 6, result.output
    assert_inert(result.stderr)
    warning = error_lines(result.stderr)[0]
    assert warning == (
        f"search-index: warning: {archive}/x{safe(ESCAPES)}.jsonl:1: "
        "malformed JSON (Expecting value) (skipped)"
    )


def test_a_folder_name_with_escapes_and_a_line_break_stays_one_inert_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "archive"
    hostile = archive / f"sub{ESCAPES}\nsearch-index: all fine"
    hostile.mkdir(parents=True)
    (archive / "ok.txt").write_text("Ok\n\nThe quay is open.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> os.ScandirIterator[str]:  # type: ignore[type-var]
        if Path(path) == hostile:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run_index(str(archive), "--index", str(tmp_path / "index"))
    monkeypatch.undo()
    assert result.exit_code == 6, result.output
    assert_inert(result.stderr)
    lines = error_lines(result.stderr)
    assert len(lines) == 2 and "search-index: all fine" not in lines[1]
    assert lines[0].startswith(f"search-index: warning: {safe_line(str(hostile))}: cannot read")


def test_the_index_path_is_inert_in_the_summary_and_in_errors(tmp_path: Path) -> None:
    index_dir = tmp_path / f"index{ESCAPES}\nforged"
    result = run_index(str(SEEDS), "--index", str(index_dir))
    assert result.exit_code == 0, result.output
    assert_inert(result.stderr)
    assert error_lines(result.stderr) == [result.stderr.strip()]
    index_dir.chmod(0o777)
    result = run_search(index_dir, "assad")
    assert result.exit_code == 5
    assert_inert(result.stderr)
    assert len(error_lines(result.stderr)) == 1
    assert safe_line(str(index_dir)) in result.stderr


def test_ids_sources_and_paths_are_inert_in_every_output(tmp_path: Path) -> None:
    hostile_id = f"id{ESCAPES}\u2028x\nforged line"
    feed = tmp_path / f"feed{ESCAPES}.jsonl"
    records = [
        {"id": hostile_id, "title": f"Quay{ESCAPES}", "body": "The quay reopened.",
         "source": f"Wire{ESCAPES}", "url": f"https://example.org/{ESCAPES}"},
        {"id": hostile_id, "title": "Again", "body": "The quay again."},
    ]  # fmt: skip
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    index_dir = tmp_path / "index"
    result = run_index(str(feed), "--index", str(index_dir))
    assert result.exit_code == 6, result.output  # the second is a duplicate id
    assert_inert(result.stderr)
    assert len(error_lines(result.stderr)) == 2
    for argv in (["quay"], ["--show", hostile_id], ["--facets", "--source", f"Wire{ESCAPES}"]):
        shown = run_search(index_dir, *argv, "--color", "never")
        assert shown.exit_code == 0, shown.output
        assert_inert(shown.stdout)
        assert "forged line" not in shown.stdout.splitlines()
    data = search_json(index_dir, "quay")
    assert (data["hits"][0]["id"], data["hits"][0]["path"]) == (hostile_id, str(feed))
    raw = run_search(index_dir, "quay", "--json").stdout
    assert_inert(raw.replace("\n", ""))
    assert "\u2028" not in raw


def test_unknown_values_are_inert_in_error_messages(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    assert run_index(str(SEEDS), "--index", str(index_dir), "-q").exit_code == 0
    for argv in (
        ["--show", f"nope{ESCAPES}"],
        ["--place", f"Atlantis{ESCAPES}"],
        ["--color", f"x{ESCAPES}"],
        ["--since", f"2019{ESCAPES}"],
        [f"--no-such{ESCAPES}"],
    ):
        result = run_search(index_dir, *argv)
        assert result.exit_code == 2, (argv, result.output)
        assert_inert(result.stderr)
        assert len(error_lines(result.stderr)) == 1, result.stderr


def test_search_entities_output_is_inert_json(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    text = f"Talks in Paris{ESCAPES}\u2029 ended."
    line = json.dumps({"id": f"a{ESCAPES}", "text": text}, ensure_ascii=False) + "\n"
    result = CliRunner().invoke(entities_command, [], input=io.BytesIO(line.encode()))
    assert result.exit_code == 0, result.output
    assert_inert(result.stdout.replace("\n", ""))
    assert "\u2029" not in result.stdout
    assert json.loads(result.stdout)["id"] == f"a{ESCAPES}"


def test_a_file_name_that_is_not_utf8_shows_its_bytes(tmp_path: Path) -> None:
    assert safe_line("caf\udce9\n") == "caf\\xe9\ufffd"
    assert json.loads(safe_json(json.dumps("a\x9bb\u202e", ensure_ascii=False))) == "a\x9bb\u202e"
