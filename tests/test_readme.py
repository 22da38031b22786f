"""The README agrees with behaviour: its examples are real output, its test
command is what CI runs, and it documents every option and exit code."""

from __future__ import annotations

import re
import shlex
from datetime import date
from pathlib import Path

import click
import pytest
from helpers import REPO, SEEDS, run_search

from search.cli import index_command, search_command
from search.exit_codes import EXIT_CODES, EXIT_INTERRUPTED, EXIT_PARTIAL

README = (REPO / "README.md").read_text(encoding="utf-8")
EXAMPLE = re.compile(
    r"<!-- example -->\n```console\n\$ search (?P<command>[^\n]*)\n(?P<output>.*?)```", re.S
)
EXAMPLES = [(m.group("command"), m.group("output")) for m in EXAMPLE.finditer(README)]
# An undated seed shows its file's modification day, the day of the checkout.
FILE_DATE = re.compile(r"~(\d{4}-\d{2}-\d{2}) \(file date\) · (\S+)")


def test_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_output_is_real(
    seed_index: Path, engine: str, command: str, expected: str
) -> None:
    """Every example, on both engines (the README shows the default, tantivy)."""
    expected = expected.replace("Engine: tantivy", f"Engine: {engine}")
    result = run_search(seed_index, *shlex.split(command))
    shown = result.stdout + result.stderr
    for day, article_id in FILE_DATE.findall(shown):
        mtime = (SEEDS / article_id).stat().st_mtime
        assert date.fromisoformat(day) == date.fromtimestamp(mtime), (article_id, day)
    assert any_file_date(shown) == any_file_date(expected)


def any_file_date(output: str) -> str:
    return FILE_DATE.sub(r"~(file date) · \2", output)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    commands = re.findall(r"^\$ (pip install -e '\.\[test\]'.*)$", README, re.M)
    assert len(commands) == 1, commands
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert commands[0] in ci


def test_readme_documents_every_option() -> None:
    for command in (search_command, index_command):
        for param in command.params:
            if getattr(param, "hidden", False) or not isinstance(param, click.Option):
                continue
            assert any(f"`{opt}" in README for opt in param.opts), param.opts


def test_readme_lists_every_exit_code() -> None:
    table = README[README.index("## Exit codes") :]
    for code in {*EXIT_CODES.values(), EXIT_PARTIAL, EXIT_INTERRUPTED, 0, 1}:
        assert re.search(rf"^\| {code} \|", table, re.M), code


@pytest.mark.parametrize(("column", "command"), [(1, search_command), (2, index_command)])
def test_help_names_every_exit_code_the_readme_gives_the_command(
    column: int, command: click.Command
) -> None:
    table = README[README.index("## Exit codes") :].split("\n\n")[1]
    rows = [row.split("|") for row in table.splitlines()[2:]]  # below the header
    codes = [cells[1].strip() for cells in rows if cells[column + 1].strip()]
    assert {"0", "2", "5"} <= set(codes)
    help_text = " ".join(command.get_help(click.Context(command)).split())
    exit_part = help_text[help_text.index("Exit codes:") :]
    for code in codes:
        assert re.search(rf"\b{code} ", exit_part), (command.name, code, exit_part)
