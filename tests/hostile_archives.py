"""Hostile archives for the adversarial harness (``tests/adversarial.py``):
hypothesis strategies that make folders and files, and record what each piece
holds (its good articles, the lines to be skipped, the lines that may warn),
so that the expectation comes from how the archive was made."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

MAX_ARTICLE_BYTES = 5 * 2**20  # the README's limit on one article
# An integer of 5,000 digits: json.dumps cannot write it (nor str() read it, by
# default), so it is put into the JSON text in place of this string.
BIG_INT = "<big-int>"


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
        [
            "0001-01-01",
            "9999-12-31",
            "2020-02-29",
            "2019-02-29",
            "2020-13-01",
            "9999-99-99",
            "yesterday",
            "20 August 2019",
            "Aug. 20, 2019",
            "08/20/2019",
            "1987",
            "1987-02",
            "2019-08-20T10:00:00Z",
            "9999-12-31T23:59:59-14:00",
            "",
            " ",
            "date",
            "0000-00-00",
            "+002019-01-01",
            "١٩٨٧-٠٢-٠١",
            "2019-08-20\x00",
        ]
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
