"""Measuring one commit while others edit the work tree.

With ``--code head`` (or a commit) the benchmark extracts ``index/`` and
``search/`` of that commit (``git archive``) into the work dir and re-runs
itself with that copy first on sys.path and PYTHONPATH. Every process it starts
(the installed ``search`` and ``search-index`` commands too, whose editable
install would otherwise load the work tree) inherits it, so the figures belong
to the commit RESULTS.md names.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
MARKER = "NEWS_SEARCH_BENCH_CODE"
PACKAGES = ("index", "search")


def resolve_commit(ref: str) -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--verify", f"{ref}^{{commit}}"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def extract(work: Path, ref: str) -> tuple[str, Path]:
    """The library packages of commit ref under work/code-COMMIT (extracted once)."""
    commit = resolve_commit(ref)
    target = work / f"code-{commit[:12]}"
    if not target.exists():
        archive = subprocess.run(
            ["git", "archive", "--format=tar", commit, *PACKAGES],
            cwd=REPO_ROOT,
            capture_output=True,
            check=True,
        ).stdout
        partial = target.with_suffix(".partial")
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(partial, filter="data")
        partial.rename(target)
    return commit, target


def reexec_on_commit(work: Path, ref: str, argv: list[str]) -> None:
    """Replace this process with the same benchmark run on a commit's code (once).

    The copy goes first on sys.path (ahead of the current directory, which
    ``python -m`` would put first) and on PYTHONPATH for every child process."""
    if os.environ.get(MARKER):
        return
    commit, code = extract(work, ref)
    env = dict(os.environ)
    env[MARKER] = commit
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(code), str(REPO_ROOT), env.get("PYTHONPATH", "")) if p
    )
    boot = (
        f"import runpy, sys; sys.path[:0] = [{str(code)!r}, {str(REPO_ROOT)!r}]; "
        "runpy.run_module('bench.run', run_name='__main__', alter_sys=True)"
    )
    os.execve(sys.executable, [sys.executable, "-c", boot, *argv], env)


def measured_code() -> tuple[str | None, bool]:
    """(commit, True) when running on a HEAD snapshot, else (None, False)."""
    commit = os.environ.get(MARKER)
    return commit, bool(commit)
