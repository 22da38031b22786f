"""Piped output is written without rich (search/writer.py): the same text,
byte for byte, that rich writes to a pipe, for every mode; and a piped
search does not import rich at all (rich's import is most of a search
process's own start-up)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import run_search, search_json
from hypothesis import given
from hypothesis import strategies as st

from search import writer
from search.writer import Piece, PlainWriter


def _first_values(index: Path) -> dict[str, str]:
    """An article id, a speaker, a word of a quotation and a place in the index."""
    answer = search_json(index, "--facets", "--facet-size", "3")
    hit = search_json(index, "said")["hits"][0]
    facets = answer["facets"]
    return {
        "id": hit["id"],
        "speaker": facets["speaker"][0]["value"],
        "place": facets["place"][0]["value"],
        "word": hit["title"].split()[0],
    }


def _invocations(values: dict[str, str]) -> list[tuple[str, ...]]:
    return [
        (values["word"],),
        ("said", "--passages", "3", "--limit", "3"),
        ("said", "--all-copies"),
        ("--facets", "--facet-size", "20"),
        ("--facets", "--by-country"),
        ("said", "--place", values["place"], "--explain"),
        ("--show", values["id"]),
        ("--show", values["id"], values["word"]),
        ("--quote", values["word"]),
        ("--quote", "zzzz qqqq"),
        ("--speaker", values["speaker"], "--quotes"),
        ("zzzzqqqq",),
    ]


def _with_rich(monkeypatch: pytest.MonkeyPatch, index: Path, args: tuple[str, ...]) -> Any:
    with monkeypatch.context() as patch:
        patch.setattr(writer, "plain_output", lambda color, stream=None: False)
        return run_search(index, *args)


def test_piped_output_is_what_rich_writes_to_a_pipe(
    seed_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for args in _invocations(_first_values(seed_index)):
        plain = run_search(seed_index, *args)
        drawn = _with_rich(monkeypatch, seed_index, args)
        assert plain.exit_code == drawn.exit_code, args
        assert plain.stdout, args
        assert plain.stdout == drawn.stdout, args


_TEXT = st.text(alphabet=st.sampled_from(list("ab \t\nÉé中文\u0301xyz·")), min_size=0, max_size=40)


@given(st.lists(st.tuples(_TEXT, st.sampled_from(["", "bold", "dim"])), max_size=4), _TEXT)
def test_a_line_is_written_as_rich_writes_it(pieces: list[tuple[str, str]], lead: str) -> None:
    from search.render_terminal import RichWriter, make_console

    plain_file, rich_file = io.StringIO(), io.StringIO()
    line = tuple(Piece(text, style) for text, style in pieces)
    first = (Piece(lead),)
    PlainWriter(plain_file).emit(line, 2, first)
    PlainWriter(plain_file).row(line)
    rich = RichWriter(make_console("never", file=rich_file))
    rich.emit(line, 2, first)
    rich.row(line)
    assert plain_file.getvalue() == rich_file.getvalue()


@pytest.mark.parametrize(
    ("env", "tty", "plain"),
    [
        ({}, False, True),
        ({}, True, False),
        ({"FORCE_COLOR": "1"}, False, False),
        ({"FORCE_COLOR": ""}, True, True),
        ({"TTY_COMPATIBLE": "0"}, True, True),
        ({"TTY_COMPATIBLE": "1"}, False, False),
    ],
)
def test_plain_output_is_rich_s_own_test_of_a_terminal(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tty: bool, plain: bool
) -> None:
    from search.render_terminal import make_console

    for name in ("FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    class Stream(io.StringIO):
        def isatty(self) -> bool:
            return tty

    stream = Stream()
    assert writer.plain_output("auto", stream) is plain
    assert writer.plain_output("always", stream) is False
    assert make_console("auto", file=stream).is_terminal is not plain


PROBE = """
import json, sys
sys.argv = ["search", *json.loads(sys.argv[1])]
from search.cli import main
try:
    main()
except SystemExit:
    pass
sys.__stderr__.write(json.dumps(sorted(m for m in sys.modules if m.startswith("rich"))))
"""


def test_a_piped_search_does_not_import_rich(seed_index: Path) -> None:
    argv = ["said", "--index", str(seed_index), "--color", "auto"]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argv)],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "", "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert "1." in done.stdout, done.stderr
    assert json.loads(done.stderr.splitlines()[-1]) == []
