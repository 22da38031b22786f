"""The files of a folder of a git repository at one revision, read in one batch.

The corpus builders read their articles out of a clone (bare or not) at a fixed
commit, so that drawing again gives the same text whatever the clone's working tree
holds; ``git cat-file --batch`` reads them all in one process.
"""

from __future__ import annotations

import csv
import io
import subprocess
from collections.abc import Callable


def git_files(
    git_dir: str, revision: str, folder: str, keep: Callable[[str], object]
) -> list[tuple[str, bytes]]:
    """(path, content) of the files under ``folder`` at ``revision`` whose path
    ``keep`` accepts, sorted by path."""
    listing = subprocess.run(
        ["git", "-C", git_dir, "ls-tree", "-r", revision, folder],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    entries = sorted(
        (line.split("\t", 1)[1], line.split()[2])
        for line in listing
        if line.split()[1] == "blob" and keep(line.split("\t", 1)[1])
    )
    batch = subprocess.run(
        ["git", "-C", git_dir, "cat-file", "--batch"],
        input="".join(f"{sha}\n" for _, sha in entries).encode(),
        check=True,
        capture_output=True,
    ).stdout
    found: list[tuple[str, bytes]] = []
    at = 0
    for path, _ in entries:
        header_end = batch.index(b"\n", at)
        size = int(batch[at:header_end].split()[2])
        found.append((path, batch[header_end + 1 : header_end + 1 + size]))
        at = header_end + 1 + size + 1
    return found


def csv_rows(content: bytes) -> csv.DictReader[str]:
    """The rows of a CSV file's ``content`` (UTF-8, a byte order mark aside), by the
    header's names; a field may hold a whole article."""
    csv.field_size_limit(1 << 30)
    return csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline=""))
