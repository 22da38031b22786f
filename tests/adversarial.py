"""The adversarial harness: hypothesis-made archives for the indexer.

An archive is folders and files with odd names (controls, line breaks, bytes
that are not UTF-8, leading dashes, hidden ones), odd kinds (pipes, broken
links, binary, empty, UTF-16), odd modes (unreadable files and folders), and
JSON Lines, CSV and text content mixing good records (extreme and malformed
dates, every relative date word, huge paragraphs, control characters, odd ids
and field types) with bad ones (malformed JSON, non-objects, no body, nesting
too deep, broken UTF-8, duplicate ids, unclosed CSV quotes, rows that do not
fit the header, records over the size limit). The generator knows what each
piece is, so the expectation does not come from the code under test:

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

import csv
import io
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
from hypothesis import event
from hypothesis import strategies as st

MAX_ARTICLE_BYTES = 5 * 2**20  # the README's limit on one article
# An integer of 5,000 digits: json.dumps cannot write it (nor str() read it, by
# default), so it is put into the JSON text in place of this string.
BIG_INT = "<big-int>"

# --------------------------------------------------------------------------- what is made


@dataclass(repr=False)
class Piece:
    """A file or folder to make, relative to the archive, and what it holds."""

    parts: tuple[bytes, ...]  # path parts as bytes: names need not be UTF-8
    kind: str  # "folder", "file", "pipe", "broken link"
    content: bytes = b""
    readable: bool = True
    articles: list[tuple[str, int | None]] = field(default_factory=list)  # (id, line)
    skipped_lines: list[int | None] = field(default_factory=list)  # None: the whole file
    flawed_lines: list[int] = field(default_factory=list)  # may warn "indexed anyway"

    def __repr__(self) -> str:  # a failing example shows its start, not 5 MB
        content = self.content if len(self.content) < 600 else self.content[:600] + b"..."
        return (
            f"Piece({self.parts!r}, {self.kind!r}, {content!r} ({len(self.content)} bytes), "
            f"readable={self.readable}, articles={self.articles!r}, "
            f"skipped={self.skipped_lines!r}, flawed={self.flawed_lines!r})"
        )


@dataclass
class Archive:
    pieces: list[Piece]
    unreadable_later: list[int]  # indexes of pieces made unreadable before the second run
    removed_later: int | None  # index of a file removed before the second run


# --------------------------------------------------------------------------- text


RELATIVE = (
    "yesterday today tomorrow Yesterday Today Tomorrow Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday last next this January February March April May June July "
    "August September October November December month year week ago early late mid "
    "two days ago, 999 years ago, 12 weeks ago, last month, next year, earlier this month, "
    "Jan. 12, 31 December, 2019-08-20, 0001-01-01, 9999-12-31, Aug. 20, 2019, 1987"
).split()
WORDS = RELATIVE + (
    'said "quote" “curly” ‘single’ he she the spokesman told Reuters according to Mr. '
    "John Smith Foreign Minister Anna Berg Paris, Texas Acme Corp. (AC) U.S. al-Assad "
    "1,000 $5 12.5% \t \x1b[31m \x07 \x9b \u202e \u200f \x0c \x1c \ufeff é 東京 Αθήνα"
).split(" ")
CONTROL = st.sampled_from(["\x1b]0;T\x07", "\x00", "\x7f", "\x85", "\u2028", "\r", "\x0b"])


def prose(max_words: int) -> st.SearchStrategy[str]:
    """Text of news words, date words, quote marks and control characters."""
    word = st.sampled_from(WORDS) | st.text(max_size=6) | CONTROL
    return st.lists(word, min_size=1, max_size=max_words).map(" ".join)


def good_text(max_words: int) -> st.SearchStrategy[str]:
    """Prose that surely holds a word (so it is never blank)."""
    return prose(max_words).map(lambda text: f"Quay {text}")


def huge(size: int) -> st.SearchStrategy[str]:
    """One enormous paragraph."""
    unit = 'Smith said "the talks resume tomorrow," and Acme Corp. (AC) rose last Monday. '
    return st.integers(1, size // len(unit)).map(lambda n: unit * n)


# --------------------------------------------------------------------------- values


DATES = st.one_of(
    st.dates().map(str),
    st.sampled_from(
        ["0001-01-01", "9999-12-31", "2020-02-29", "2019-02-29", "2020-13-01", "9999-99-99",
         "yesterday", "20 August 2019", "Aug. 20, 2019", "08/20/2019", "1987", "1987-02",
         "2019-08-20T10:00:00Z", "9999-12-31T23:59:59-14:00", "", " ", "date", "0000-00-00",
         "+002019-01-01", "١٩٨٧-٠٢-٠١", "2019-08-20\x00"]
    ),  # fmt: skip
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False),
    st.none(),
    st.lists(st.integers(), max_size=2),
    st.text(max_size=20),
)
ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.just(BIG_INT),
)  # fmt: skip


def odd_id(serial: int) -> st.SearchStrategy[Any]:
    """An id unique by serial, of an odd type or spelling; None falls back to FILE#LINE."""
    text = st.tuples(st.sampled_from(["", " ", "-", "#", "\x1b[2J", "\n", "é", "/", "..", "*"]),
                     st.sampled_from(["", "\t", "\u202e", "x" * 300])).map(
        lambda bits: f"{bits[0]}id{serial}{bits[1]}")  # fmt: skip
    return st.one_of(st.just(serial * 7 + 1000), text, st.none(), st.just(f"  id{serial}  "))


def id_text(value: Any) -> str | None:
    """The id an indexer gives a record with this id field (None: FILE#LINE)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    return str(value)


# --------------------------------------------------------------------------- JSON Lines


@st.composite
def jsonl_file(draw: Any, serial: list[int], large: bool) -> Piece:
    lines: list[bytes] = []
    piece = Piece(parts=(), kind="file")
    seen: list[str] = []
    for number in range(1, draw(st.integers(2, 7)) + 1):
        kind = draw(st.sampled_from(["good"] * 5 + ["bad", "blank", "duplicate"]))
        if kind == "duplicate" and not seen:
            kind = "good"
        if kind == "blank":
            lines.append(b"   ")
            continue
        if kind == "bad":
            line = draw(bad_json_line(large))
            lines.append(line)
            piece.skipped_lines.append(number)
            continue
        record = draw(good_record(serial))
        if kind == "duplicate":
            record["id"] = draw(st.sampled_from(seen))
            piece.skipped_lines.append(number)
        else:
            article_id = id_text(record.get("id"))
            if article_id is not None:
                seen.append(article_id)
            piece.articles.append((article_id or "#", number))
            piece.flawed_lines.append(number)
        dumped = json.dumps(record, ensure_ascii=draw(st.booleans()))
        lines.append(dumped.replace(json.dumps(BIG_INT), "1" + "0" * 5000).encode("utf-8"))
    bom = b"\xef\xbb\xbf" if draw(st.booleans()) else b""
    piece.content = bom + b"\n".join(lines) + b"\n"
    return piece


@st.composite
def good_record(draw: Any, serial: list[int]) -> dict[str, Any]:
    serial[0] += 1
    record: dict[str, Any] = {"id": draw(odd_id(serial[0]))}
    body = draw(good_text(40) | huge(30_000))
    record[draw(st.sampled_from(["body", "text"]))] = body
    for key, values in (("title", prose(8) | ODD_VALUES), ("date", DATES),
                        ("source", prose(3) | ODD_VALUES), ("url", ODD_VALUES),
                        ("dateline", prose(4)), ("desk", ODD_VALUES)):  # fmt: skip
        if draw(st.booleans()):
            record[key] = draw(values)
    return record


def bad_json_line(large: bool) -> st.SearchStrategy[bytes]:
    lines = [
        b"{not json", b'{"id": "x",', b"[1, 2", b'{"body": "x"} trailing', b"42", b'"text"',
        b"null", b"[]", b'{"id": "nobody", "title": ""}', b'{"body": 42}', b'{"body": null}',
        b'{"body": ["a"]}', b'{"body": "   "}', b"[" * 100_000, b'{"body": "\xff\xfe broken"}',
        b'{"id": "x", "body": "a"' + b"}" * 3,
    ]  # fmt: skip
    if large:
        lines.append(json.dumps({"body": "x" * (MAX_ARTICLE_BYTES + 10)}).encode())
    return st.sampled_from(lines)


# --------------------------------------------------------------------------- CSV


@st.composite
def csv_file(draw: Any, serial: list[int]) -> Piece:
    piece = Piece(parts=(), kind="file")
    columns = draw(st.sampled_from([["id", "title", "body", "date"], ["body"], ["text", "id"]]))
    if draw(st.integers(0, 9)) == 0:  # a header without a body column: the file is skipped
        piece.content = b"id,title\n1,x\n"
        piece.skipped_lines.append(1)
        return piece
    out = io.StringIO()
    writer = csv.writer(out)  # its "\r\n" makes it quote a field holding \r or \n
    writer.writerow(columns)
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["good", "good", "good", "short", "long"]))
        serial[0] += 1
        values = {
            "id": f"csv{serial[0]}",
            "title": draw(prose(4)).replace("\x00", ""),
            "body": draw(good_text(20)).replace("\x00", ""),
            "text": draw(good_text(20)).replace("\x00", ""),
            "date": str(draw(DATES)).replace("\x00", ""),
        }
        row = [values[column] for column in columns]
        if kind == "short" and len(row) > 1:
            row = row[:-1]
        elif kind != "good":
            row = [*row, "extra"]
        writer.writerow(row)
        line = _lines_in(out.getvalue())  # as the csv module counts them: \r too
        if kind == "good":
            piece.articles.append((values["id"] if "id" in columns else "#", line))
            piece.flawed_lines.append(line)
        else:
            piece.skipped_lines.append(line)
    text = out.getvalue()
    if draw(st.booleans()):  # a quote never closed: its line is named, the next rows read
        line = _lines_in(text) + 1
        serial[0] += 1
        after = f"csv{serial[0]}"
        text += '"never closed\n' + ",".join(after if c == "id" else "Quay" for c in columns)
        text += "\n"
        piece.skipped_lines.append(line)
        piece.articles.append((after if "id" in columns else "#", line + 1))
        piece.flawed_lines.append(line + 1)
    piece.content = text.encode("utf-8")
    return piece


# --------------------------------------------------------------------------- text files


def _lines_in(text: str) -> int:
    return len(io.StringIO(text, newline="").readlines())


@st.composite
def text_file(draw: Any) -> Piece:
    piece = Piece(parts=(), kind="file")
    kind = draw(st.sampled_from(["good"] * 4 + ["utf16", "empty", "binary", "broken"]))
    if kind in ("empty", "binary", "broken"):
        piece.content = {"empty": b"  \n\t\n", "binary": b"\x89PNG\r\n\x1a\n\x00\x00IHDR",
                         "broken": b"Title\n\n\xff\xfe\xfa broken"}[kind]  # fmt: skip
        piece.skipped_lines.append(None)
        return piece
    marker = draw(st.sampled_from(["", "date 9999-12-31\n", "date 0001-01-01\n",
                                   "date 2020-02-30\n", "date 2019-08-20\n"]))  # fmt: skip
    title = "Quay " + draw(prose(6)).replace("\n", " ").replace("\x00", "")
    body = draw(good_text(60) | huge(30_000)).replace("\x00", "")
    text = f"{marker}{title}\n\n{body}\n"
    piece.content = text.encode("utf-16" if kind == "utf16" else "utf-8")
    piece.articles.append(("<path>", None))
    piece.flawed_lines.append(1)
    return piece


# --------------------------------------------------------------------------- names and tree


NAME_CHARS = st.sampled_from(list("abcXYZ-_ #%;'\",.=+") + ["é", "東", "\x1b", "\n", "\t", "\x7f"])


def utf8_name(suffix: str) -> st.SearchStrategy[bytes]:
    stem = st.lists(NAME_CHARS, min_size=1, max_size=12).map("".join)
    return stem.map(lambda s: (s.strip(".") or "n").encode("utf-8") + suffix.encode())


def name(suffix: str) -> st.SearchStrategy[bytes]:
    """A file or folder name, sometimes not UTF-8 ("\xff", Latin-1)."""
    odd = st.sampled_from([b"", b"\xff", b"-", b"\xe9t\xe9"])
    return st.tuples(odd, utf8_name(suffix)).map(b"".join)


@st.composite
def archives(draw: Any, permissions: bool, large: bool = False) -> Archive:
    serial = [0]
    pieces: list[Piece] = []
    folders: list[tuple[bytes, ...]] = [()]
    for number in range(draw(st.integers(1, 3))):
        parent = draw(st.sampled_from(folders))
        hidden = b"." if draw(st.integers(0, 5)) == 0 else b""
        folder = (*parent, hidden + draw(name("")) + b"%d" % number)
        folders.append(folder)
        pieces.append(Piece(parts=folder, kind="folder"))
    anchor = draw(jsonl_file(serial, large))  # a feed at the top, always there and readable
    anchor.parts = (b"feed" + draw(utf8_name(".jsonl")),)
    for number in range(draw(st.integers(2, 8))):
        where = draw(st.sampled_from(folders))
        kind = draw(st.sampled_from([".jsonl", ".jsonl", ".csv", ".txt", ".md", ".TXT", "odd"]))
        if kind == "odd":
            odd = draw(st.sampled_from(["pipe", "broken link", "other suffix", "hidden"]))
            suffix = ".pdf" if odd == "other suffix" else ".txt"
            base = (b"." if odd == "hidden" else b"") + b"%d" % number + draw(name(suffix))
            piece = Piece(parts=(*where, base), kind="file")
            if odd in ("pipe", "broken link"):
                piece.kind = odd
                piece.skipped_lines.append(None)
            else:
                piece.content = b"Quay hidden\n\nNot an article of the archive."
            pieces.append(piece)
            continue
        made = {".jsonl": jsonl_file(serial, large), ".csv": csv_file(serial)}.get(kind)
        piece = draw(made if made is not None else text_file())
        piece.parts = (*where, b"%d" % number + draw(name(kind)))
        pieces.append(piece)
    if permissions:
        for piece in pieces:
            piece.readable = draw(st.integers(0, 7)) != 0
    pieces.append(anchor)
    files = [n for n, p in enumerate(pieces) if p.kind == "file"]
    readable = [n for n, p in enumerate(pieces) if p.readable and p.kind in ("file", "folder")]
    later = draw(st.lists(st.sampled_from(readable), max_size=2, unique=True)) if (
        permissions and readable) else []  # fmt: skip
    removed = draw(st.sampled_from(files)) if files and draw(st.booleans()) else None
    return Archive(pieces, later if removed not in later else [], removed)


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
