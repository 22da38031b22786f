"""The adversarial harness: hypothesis-made archives for the indexer.

An archive (made by ``tests/hostile_archives.py``) is folders and files with
odd names (controls, line breaks, bytes that are not UTF-8, leading dashes,
hidden ones), odd kinds (pipes, broken links, binary, empty, UTF-16), odd modes
(unreadable files and folders), and JSON Lines, CSV and text content mixing
good records (extreme and malformed dates, every relative date word, huge
paragraphs, control characters, odd ids and field types) with bad ones
(malformed JSON, non-objects, no body, nesting too deep, broken UTF-8,
duplicate ids, unclosed CSV quotes, rows that do not fit the header, records
over the size limit). The generator knows what each piece is, so the
expectation does not come from the code under test:

- no traceback and no internal error; every line on stderr is a warning, the
  summary or the one error line;
- every good article is indexed, and nothing else;
- every skipped input is named in a warning with its file (and line for a
  record), and every warning names something that was skipped or flawed;
- the exit code is the README's: 0 with no warning, 6 with warnings and
  something indexed, 4 with nothing readable;
- a second run with some files and folders made unreadable (and one removed)
  keeps what was indexed from the unreadable ones and names each of them.

``tests/test_adversarial.py`` runs a few dozen examples within the test time;
``python -m bench.adversarial --examples N`` runs as many as wanted.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from as_user import Sandbox
from helpers import stored_documents
from hostile_archives import Archive
from hypothesis import event

# --------------------------------------------------------------------------- the oracle

ARTICLE_SUFFIXES = (".jsonl", ".csv", ".txt", ".md")
_STEERING = frozenset("\u061c\u200e\u200f\u2028\u2029") | frozenset(
    chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def shown(path: bytes) -> str:
    """A path as a message shows it: bytes that are not UTF-8 as \\xNN, and
    controls, line breaks and bidirectional marks as U+FFFD."""
    text = path.decode("utf-8", "backslashreplace")
    return "".join(
        "\ufffd" if unicodedata.category(c) == "Cc" or c in _STEERING else c for c in text
    )


@dataclass
class Expected:
    ids: set[str] = field(default_factory=set)
    by_piece: dict[int, set[str]] = field(default_factory=dict)
    skips: list[str] = field(default_factory=list)  # the "PATH[:LINE]: " each warning starts with
    flaws: set[str] = field(default_factory=set)


def expect(archive: Archive, root: bytes, unreadable: set[int], removed: set[int]) -> Expected:
    """What a run over the archive at root must do, from how it was made."""
    expected = Expected()
    folders = {piece.parts: n for n, piece in enumerate(archive.pieces) if piece.kind == "folder"}

    def closed(n: int) -> bool:
        return not archive.pieces[n].readable or n in unreadable

    for n, piece in enumerate(archive.pieces):
        above = [folders[piece.parts[:k]] for k in range(1, len(piece.parts))]
        if n in removed or any(p.startswith(b".") for p in piece.parts):
            continue
        if any(closed(k) for k in above):
            continue
        full = b"/".join((root, *piece.parts))
        if piece.kind == "folder":
            if closed(n):
                expected.skips.append(f"{shown(full)}: ")
            continue
        if not piece.parts[-1].lower().endswith(tuple(s.encode() for s in ARTICLE_SUFFIXES)):
            continue
        try:
            rel = b"/".join(piece.parts).decode("utf-8")
        except UnicodeDecodeError:
            expected.skips.append(f"{shown(full)}: ")  # file name is not UTF-8
            continue
        if closed(n) and piece.kind == "file":
            expected.skips.append(f"{shown(full)}: ")
            continue
        for line in piece.skipped_lines:
            expected.skips.append(f"{shown(full)}{'' if line is None else f':{line}'}: ")
        expected.flaws.update(f"{shown(full)}:{line}: " for line in piece.flawed_lines)
        ids = {rel if i == "<path>" else f"{rel}#{line}" if i == "#" else i
               for i, line in piece.articles}  # fmt: skip
        expected.by_piece[n] = ids
        expected.ids |= ids
    return expected


def materialise(archive: Archive, root: Path, sandbox: Sandbox) -> None:
    base = os.fsencode(root)
    os.mkdir(base)
    for piece in archive.pieces:
        path = b"/".join((base, *piece.parts))
        if piece.kind == "folder":
            os.mkdir(path)
        elif piece.kind == "pipe":
            os.mkfifo(path)
        elif piece.kind == "broken link":
            os.symlink(b"/".join((base, b"gone.txt")), path)
        else:
            with open(path, "wb") as handle:
                handle.write(piece.content)
    sandbox.give(root)
    set_modes(archive, root, {n for n, p in enumerate(archive.pieces) if not p.readable})


def set_modes(archive: Archive, root: Path, closed: set[int]) -> None:
    base = os.fsencode(root)
    for n in sorted(closed, reverse=True):  # files before the folders holding them
        piece = archive.pieces[n]
        if piece.kind in ("file", "folder"):
            os.chmod(b"/".join((base, *piece.parts)), 0o000)


def open_all(root: Path) -> None:
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            if not os.path.islink(path) and os.path.isfile(path) or os.path.isdir(path):
                os.chmod(path, 0o755 if os.path.isdir(path) else 0o644)
        os.chmod(folder, 0o755)


_WARNING = "search-index: warning: "
_NO_ARTICLES = "search-index: error: no readable articles in the given paths"
_SUMMARY = re.compile(r"Indexed (\d+) articles? into ")


def check_run(outcome: Any, expected: Expected, readable_any: bool, total: int) -> None:
    """The run's exit code, messages and summary against what was expected."""
    lines = [line for line in outcome.stderr.splitlines() if line.strip()]
    assert "Traceback" not in outcome.stderr and "internal error" not in outcome.stderr, outcome
    warnings = [line for line in lines if line.startswith(_WARNING)]
    others = [line for line in lines if not line.startswith(_WARNING)]
    skipped = [w for w in warnings if w.endswith(" (skipped)")]
    flawed = [w for w in warnings if w.endswith(" (indexed anyway)")]
    assert len(skipped) + len(flawed) == len(warnings), warnings
    for where in expected.skips:  # each skipped input named once, with its file and line
        named = [w for w in skipped if w.startswith(_WARNING + where)]
        assert len(named) == expected.skips.count(where), (where, skipped)
    assert len(skipped) == len(expected.skips), (skipped, expected.skips)
    for warning in flawed:
        assert any(warning.startswith(_WARNING + where) for where in expected.flaws), warning
    if not readable_any:
        assert outcome.exit_code == 4 and others == [_NO_ARTICLES], outcome
        return
    assert outcome.exit_code == (6 if warnings else 0), outcome
    assert len(others) == 1, others
    summary = _SUMMARY.match(others[0])
    assert summary is not None and int(summary.group(1)) == total, others


def indexed(index_dir: Path) -> set[str]:
    return {document["id"] for document in stored_documents(index_dir)}


def run_archive(archive: Archive, sandbox: Sandbox, work: Path) -> list[str]:
    """Index the archive, check; make some of it unreadable, remove a file,
    index again, check that nothing readable before was lost. Returns notes
    on what happened (also told to hypothesis as events)."""
    notes: list[str] = []

    def note(text: str) -> None:
        event(text)
        notes.append(text)

    root, index_dir = work / "archive", work / "index"
    work.mkdir(mode=0o755)
    sandbox.give(work)
    materialise(archive, root, sandbox)
    try:
        first = expect(archive, os.fsencode(root), set(), set())
        outcome = sandbox.run("search-index", str(root), "--index", str(index_dir))
        note(f"first run: exit {outcome.exit_code}")
        note(f"skipped inputs named: {min(len(first.skips), 5)}{'+' * (len(first.skips) > 5)}")
        check_run(outcome, first, bool(first.ids), len(first.ids))
        if not first.ids:
            return notes
        assert indexed(index_dir) == first.ids
        _show_one(sandbox, index_dir, sorted(first.ids)[0])
        later = set(archive.unreadable_later)
        removed = {archive.removed_later} if archive.removed_later is not None else set()
        set_modes(archive, root, later)
        for n in removed:
            os.unlink(b"/".join((os.fsencode(root), *archive.pieces[n].parts)))
        second = expect(archive, os.fsencode(root), later, removed)
        kept = set(first.ids)
        if second.ids:  # (a run that reads nothing changes nothing)
            gone = set().union(*(first.by_piece.get(n, set()) for n in removed))
            present = expect(archive, os.fsencode(root), later, set())
            kept -= gone & set().union(*(present.by_piece.get(n, set()) for n in removed))
        outcome = sandbox.run("search-index", str(root), "--index", str(index_dir))
        note(f"second run: exit {outcome.exit_code}, {len(first.ids) - len(kept)} removed")
        check_run(outcome, second, bool(second.ids), len(kept))
        assert indexed(index_dir) == kept
        return notes
    finally:
        open_all(work)
        shutil.rmtree(work, ignore_errors=True)


def _show_one(sandbox: Sandbox, index_dir: Path, article_id: str) -> None:
    outcome = sandbox.run("search", f"--show={article_id}", "--json", "--index", str(index_dir))
    assert outcome.exit_code == 0, outcome
    assert json.loads(outcome.stdout)["id"] == article_id
