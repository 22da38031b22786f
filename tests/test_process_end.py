"""The `search` console script (search.cli.main) in a process of its own: what it
prints and its exit code are those of the command run in-process, through a real
pipe, even when the reader goes away early."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import REPO, run_index, run_search

MAIN = [sys.executable, "-c", "from search.cli import main; main()"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    return env | {"PYTHONPATH": str(REPO), "NO_COLOR": "1"}


def _run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*MAIN, *args], cwd=cwd, env=_env(), capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize(
    "args",
    [
        ("observation post", "--place", "Morek"),
        ("rebels", "--json"),
        ("rebels", "--facets"),
        ('"no such words anywhere at all"',),
    ],
)
def test_output_and_exit_code_are_the_commands(seed_index: Path, args: tuple[str, ...]) -> None:
    done = _run(*args, "--index", str(seed_index))
    expected = run_search(seed_index, *args)
    assert done.returncode == expected.exit_code == 0, done.stderr
    assert done.stdout == expected.stdout
    assert done.stderr == expected.stderr


@pytest.mark.parametrize(
    ("args", "code"),
    [(('"unclosed',), 2), (("rebels", "--since", "not-a-date"), 2)],
)
def test_errors_keep_their_exit_codes(seed_index: Path, args: tuple[str, ...], code: int) -> None:
    done = _run(*args, "--index", str(seed_index))
    assert done.returncode == code
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_a_missing_index_exits_3(tmp_path: Path) -> None:
    done = _run("rebels", "--index", str(tmp_path / "none"), cwd=tmp_path)  # no seeds/ here
    assert done.returncode == 3 and "Traceback" not in done.stderr


def test_a_reader_that_goes_away_is_no_error(tmp_path: Path) -> None:
    """`search ... | head -1`: the pipe closes after the first line, long before the
    answer (far more than a pipe holds) is written; the command ends quietly, exit
    0, with no traceback or "Exception ignored" message."""
    lines = (
        f'{{"id": "a{i}", "title": "Harbour report {i}", "date": "2020-01-{1 + i % 28:02d}", '
        f'"body": "The harbour at the port reopened on day {i}. Ships waited."}}'
        for i in range(400)
    )
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
    index = tmp_path / "index"
    assert run_index("--quiet", "--index", str(index), str(tmp_path / "a.jsonl")).exit_code == 0
    argv = [*MAIN, "harbour", "--json", "--limit", "400", "--index", str(index)]
    with subprocess.Popen(
        argv, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline()
        process.stdout.close()
        err = process.stderr.read().decode()
        assert process.wait(timeout=300) == 0
    assert "Traceback" not in err and "Exception ignored" not in err
