"""Running a command as an ordinary user, for the tests of file permissions.

A permission test needs a user that permissions stop: root reads a folder of
mode 000 anyway. Run as an ordinary user, the tests change modes in a folder of
their own. Run as root, they run the command in a forked child that gives up
root for the ``nobody`` user first, in a folder that user owns. Where neither
works (no such user, or a user whom modes do not stop), ``permission_sandbox``
skips, saying why, and ``open_sandbox`` says so in ``modes_apply``.
"""

from __future__ import annotations

import gc
import io
import os
import pwd
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from search.cli import index_command, search_command

COMMANDS = {"search-index": index_command, "search": search_command}


@dataclass(frozen=True)
class Outcome:
    exit_code: int
    stdout: str
    stderr: str


@dataclass(frozen=True)
class Sandbox:
    """A folder the test user owns, and how to run a command as that user."""

    root: Path
    uid: int | None  # the user to become (None: stay who we are)
    gid: int | None
    modes_apply: bool = False  # whether file modes stop that user

    def run(self, prog: str, *argv: str) -> Outcome:
        return _run_forked(prog, list(argv), self.uid, self.gid)

    def give(self, *paths: Path) -> None:
        """Hand paths (made by the test as root) to the sandbox's user."""
        for path in paths:
            for folder, dirs, files in os.walk(path):
                for name in (folder, *(os.path.join(folder, n) for n in dirs + files)):
                    if self.uid is not None:
                        os.chown(name, self.uid, self.gid or -1, follow_symlinks=False)


def _run_forked(prog: str, argv: list[str], uid: int | None, gid: int | None) -> Outcome:
    """The command in a child process (as uid/gid when given); a hang or crash
    of the child shows as its exit code, never as a hung test."""
    # Engine objects this process no longer uses go first: tantivy watches an
    # open index from a thread of its own, which takes the index's lock file when
    # the child changes the index; forked at that moment, the child would inherit
    # the held lock and wait for it forever.
    gc.collect()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            code = 70
            try:
                _close_inherited(out.fileno(), err.fileno())
                if gid is not None:
                    os.setgroups([])
                    os.setgid(gid)
                if uid is not None:
                    os.setuid(uid)
                sys.stdout = io.TextIOWrapper(os.fdopen(out.fileno(), "wb", closefd=False))
                sys.stderr = io.TextIOWrapper(os.fdopen(err.fileno(), "wb", closefd=False))
                try:
                    COMMANDS[prog].main(argv, prog_name=prog)
                    code = 0
                except SystemExit as stop:
                    code = stop.code if isinstance(stop.code, int) else 1
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)
        status = _wait(pid)
        out.seek(0)
        err.seek(0)
        return Outcome(
            os.waitstatus_to_exitcode(status),
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def _close_inherited(*kept: int) -> None:  # pragma: no cover - the child
    """Close every descriptor the child inherited but the standard three and
    kept: a lock file of an engine open in the parent among them would keep its
    lock held for as long as the child runs."""
    low = 3
    for fd in sorted(kept):
        os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, os.sysconf("SC_OPEN_MAX"))


CHILD_TIMEOUT = 300  # seconds a command may take before it counts as hung


def _wait(pid: int) -> int:
    """The child's wait status; a child still running after CHILD_TIMEOUT is
    killed (its status then says SIGKILL, which fails the test that ran it)."""
    deadline = time.monotonic() + CHILD_TIMEOUT
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    return os.waitpid(pid, 0)[1]


_warmed: list[bool] = []


def _warm_up(folder: Path) -> None:
    """Import what a run needs in this process, before forking: the child may
    not read root's files."""
    if _warmed:
        return
    from helpers import run_index, run_search

    source = folder / "archive"
    source.mkdir(parents=True)
    text = "Warm up\n\nTalks in Paris, said John Smith on Monday."
    (source / "warm.txt").write_text(text, "utf-8")
    (source / "warm.md").write_text("# " + text, "utf-8")
    (source / "warm16.txt").write_text(text, "utf-16")
    (source / "feed.jsonl").write_text('{"id": "j", "body": "Quay", "date": "1987"}\n', "utf-8")
    (source / "table.csv").write_text('id,body\nc,"Quay\nside"\n', "utf-8-sig")
    index_dir = str(folder / "index")
    assert run_index(str(source), "--index", index_dir, "-q").exit_code == 0
    for options in (["--json"], ["--color", "never"]):
        assert run_search(Path(index_dir), "talks", *options).exit_code == 0
    shutil.rmtree(folder)
    from anyascii import anyascii  # reads a data file per block of code points, when first met

    anyascii("".join(chr(block << 8 | 0x80) for block in range(0x1100) if not 0xD8 <= block < 0xE0))
    _warmed.append(True)


@contextmanager
def open_sandbox() -> Iterator[Sandbox]:
    """A sandbox folder, removed afterwards; its ``modes_apply`` says whether
    file modes stop the user it runs commands as."""
    if os.geteuid() == 0:
        try:
            nobody = pwd.getpwnam("nobody")
            uid, gid = nobody.pw_uid, nobody.pw_gid
        except KeyError:
            uid = gid = None
    else:
        uid = gid = None
    root = Path(tempfile.mkdtemp(prefix="news-search-perms-"))
    try:
        _warm_up(root / "warm")
        sandbox = Sandbox(root, uid, gid)
        sandbox.give(root)
        root.chmod(0o755)
        yield replace(sandbox, modes_apply=_modes_stop(sandbox))
    finally:
        for folder, dirs, _files in os.walk(root):
            for name in dirs:
                os.chmod(os.path.join(folder, name), 0o700)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def permission_sandbox() -> Iterator[Sandbox]:
    with open_sandbox() as sandbox:
        if not sandbox.modes_apply:
            pytest.skip(
                "file modes do not stop the user the tests run as (root, and no 'nobody' "
                "user to run them as instead): modes cannot be tested here"
            )
        yield sandbox


def _modes_stop(sandbox: Sandbox) -> bool:
    """Whether a folder of mode 000 stops the sandbox's user."""
    closed = sandbox.root / "closed"
    closed.mkdir(mode=0o755)
    (closed / "probe.txt").write_text("Probe\n\nText.", "utf-8")
    sandbox.give(closed)
    closed.chmod(0o000)
    outcome = sandbox.run("search-index", str(closed), "--index", str(sandbox.root / "probe"))
    closed.chmod(0o755)
    shutil.rmtree(closed)
    shutil.rmtree(sandbox.root / "probe", ignore_errors=True)
    return "Permission denied" in outcome.stderr
