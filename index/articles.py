"""Reading articles from text files, JSON Lines and CSV exports.

``read_articles(paths, on_problem)`` walks folders recursively and yields one
``Article`` per text file, JSON line or CSV row. A file or record it cannot read
is reported through ``on_problem`` (with its line number) and skipped; the rest
of the input is still read.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from index.dates import DateValueError, find_publication_date, parse_date_value, stated_period
from index.passages import PARAGRAPH_SEPARATOR, split_paragraphs

TEXT_SUFFIXES = frozenset({".txt", ".md"})
_ATX_HEADING = re.compile(r"^\s*#{1,6}\s+|\s+#+\s*$")
SUFFIXES = TEXT_SUFFIXES | {".jsonl", ".csv"}
# Record fields with a meaning of their own; anything else is kept as metadata.
KNOWN_FIELDS = frozenset({"id", "title", "body", "text", "date", "source", "url", "dateline"})

_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
# A JSON escape of a UTF-16 surrogate: paired ones decode to one character, an
# unpaired one (a truncated emoji) to a code point no UTF-8 text can hold.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_TITLE = 300
# One article larger than this is a dump, not an article: it is skipped with a
# warning rather than indexed as one enormous document.
MAX_ARTICLE_BYTES = 5 * 2**20
_CSV_FIELD_LIMIT = 2**31 - 1  # the largest the csv module takes on every platform


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    body: str  # paragraphs joined by PARAGRAPH_SEPARATOR
    published: date | None = None
    date_source: str | None = None  # "field" or "text"
    file_date: date | None = None  # the file's modification day: a last resort
    source: str = ""
    url: str = ""
    dateline: str = ""  # e.g. "CLEVELAND, Feb 26", from a record's dateline field
    path: str = ""
    line: int | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Problem:
    """An input the reader skipped, or (``skipped`` False) indexed with a flaw:
    a bad date read as undated, broken characters replaced."""

    path: str
    line: int | None
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


ProblemHandler = Callable[[Problem], None]


class ReadLog:
    """What a reading pass saw: every file it opened and the ones it could
    not read cleanly (whose absence of an article proves nothing)."""

    def __init__(self, on_problem: ProblemHandler | None = None) -> None:
        self.files: set[str] = set()
        self.troubled: set[str] = set()
        self.problems: list[Problem] = []
        self._on_problem = on_problem

    def started(self, path: Path) -> None:
        self.files.add(file_key(path))

    def __call__(self, problem: Problem) -> None:
        self.problems.append(problem)
        self.troubled.add(file_key(Path(problem.path)))
        if self._on_problem is not None:
            self._on_problem(problem)


def file_key(path: str | os.PathLike[str]) -> str:
    """The identity of an input file: its absolute path."""
    return os.path.abspath(path)


def iter_input_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, str]]:
    """Yield (file, id prefix) for every readable article file under paths.

    Files inside a folder are named relative to that folder; a file given
    directly is named by its file name. Hidden files and folders are skipped.
    """
    for given in paths:
        root = Path(given)
        if root.is_dir():
            listed = [  # listed first: a file that vanishes before it is read is reported
                (path, path.relative_to(root))
                for path in sorted(root.rglob("*"))
                # Not only regular files: a pipe or a broken link is reported, not passed over.
                if path.suffix.lower() in SUFFIXES and not path.is_dir()
            ]
            yield from ((path, rel.as_posix()) for path, rel in listed if not _hidden(rel))
        else:
            yield root, root.name


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def read_articles(
    paths: Iterable[str | os.PathLike[str]], on_problem: ProblemHandler
) -> Iterator[Article]:
    """Articles from files and folders; problems go to on_problem, never raise.
    A ReadLog given as on_problem also learns which files were opened."""
    for path, name in iter_input_files(paths):
        if isinstance(on_problem, ReadLog):
            on_problem.started(path)
        if _SURROGATE.search(str(path)):  # a name in another encoding: Python kept its bytes
            shown = os.fsencode(path).decode("utf-8", "backslashreplace")
            on_problem(Problem(shown, None, "file name is not UTF-8 text: rename it to index it"))
            continue
        yield from read_file(path, name, on_problem)


def read_file(path: Path, name: str, on_problem: ProblemHandler) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        on_problem(Problem(str(path), None, f"not an article file (use {_suffix_list()})"))
        return
    if path.exists() and not path.is_file():  # a pipe would block; a folder cannot be read
        on_problem(Problem(str(path), None, "cannot read: not a regular file"))
        return
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, name, on_problem)
        elif suffix == ".csv":
            yield from _read_csv(path, name, on_problem)
        else:
            article = _read_text(path, name, on_problem)
            if article is not None:
                yield article
    except OSError as error:
        on_problem(Problem(str(path), None, f"cannot read: {error.strerror or error}"))
    except UnicodeError as error:
        where = f" (byte {error.start})" if isinstance(error, UnicodeDecodeError) else ""
        on_problem(Problem(str(path), None, f"not UTF-8 or UTF-16 text{where}"))


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB; the limit is {MAX_ARTICLE_BYTES // 2**20} MB"


def _suffix_list() -> str:
    return ", ".join(sorted(SUFFIXES))


def encoding_of(path: Path) -> str:
    """UTF-8 (with or without a byte-order mark), or UTF-16 when a byte-order
    mark says so (as Windows tools write)."""
    with path.open("rb") as handle:
        start = handle.read(2)
    return "utf-16" if start in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else "utf-8-sig"


def _markdown_heading(title: str, rest: str) -> tuple[str, str]:
    """A Markdown title without its heading marks: "# Title", or "Title" above a
    line of "=" or "-"."""
    underline, _, after = rest.partition("\n")
    if underline.strip() and set(underline.strip()) <= {"=", "-"}:
        rest = after
    return _ATX_HEADING.sub("", title), rest


def _read_text(path: Path, name: str, on_problem: ProblemHandler) -> Article | None:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        on_problem(Problem(str(path), None, f"too large for one article ({_megabytes(size)})"))
        return None
    raw = path.read_bytes()
    encoding = encoding_of(path)
    if encoding != "utf-16" and b"\x00" in raw[:8192]:
        on_problem(Problem(str(path), None, "binary file, not text"))
        return None
    text = raw.decode(encoding)
    published = None
    marker = _DATE_MARKER.match(text)
    if marker:
        try:
            published = parse_date_value(marker.group(1))
            text = text[marker.end() :]
        except DateValueError as error:
            message = f"bad date marker: {error}"
            on_problem(Problem(str(path), 1, message, skipped=False))
    title, _, rest = text.lstrip().partition("\n")
    if path.suffix.lower() == ".md":
        title, rest = _markdown_heading(title, rest)
    if not title.strip():
        on_problem(Problem(str(path), None, "empty file"))
        return None
    body = PARAGRAPH_SEPARATOR.join(split_paragraphs(rest))
    title = " ".join(title.split())[:_MAX_TITLE]
    source = "text" if published else None
    if published is None:
        published = find_publication_date(title, body)
        source = "text" if published else None
    return Article(
        id=name,
        title=title,
        body=body,
        published=published,
        date_source=source,
        file_date=date.fromtimestamp(path.stat().st_mtime),
        path=str(path),
    )


def _lines(path: Path, on_problem: ProblemHandler) -> Iterator[tuple[int, str]]:
    """Numbered text lines; a UTF-8 line that does not decode is reported and
    skipped, and the rest of the file is still read."""
    encoding = encoding_of(path)
    if encoding == "utf-16":
        with path.open(encoding=encoding) as handle:
            yield from enumerate(handle, start=1)
        return
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                on_problem(Problem(str(path), number, f"not UTF-8 text (byte {error.start})"))


def _read_jsonl(path: Path, name: str, on_problem: ProblemHandler) -> Iterator[Article]:
    for number, line in _lines(path, on_problem):
        if not line.strip():
            continue
        if len(line) > MAX_ARTICLE_BYTES:
            size = _megabytes(len(line))
            on_problem(Problem(str(path), number, f"too large for one article ({size})"))
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            on_problem(Problem(str(path), number, f"malformed JSON ({error.msg})"))
            continue
        except RecursionError:
            on_problem(Problem(str(path), number, "malformed JSON (nested too deeply)"))
            continue
        if not isinstance(record, dict):
            on_problem(Problem(str(path), number, "a line must hold a JSON object"))
            continue
        if _SURROGATE_ESCAPE.search(line):
            record = _without_lone_surrogates(record, path, number, on_problem)
        article = _from_record(record, path, name, number, on_problem)
        if article is not None:
            yield article


def _without_lone_surrogates(
    record: dict[str, object], path: Path, number: int, on_problem: ProblemHandler
) -> dict[str, object]:
    """The record with each unpaired surrogate replaced by U+FFFD (reported)."""

    def clean(value: object) -> object:
        if isinstance(value, str):
            return _SURROGATE.sub("\ufffd", value)
        if isinstance(value, list):
            return [clean(item) for item in value]
        if isinstance(value, dict):
            return {clean(key): clean(item) for key, item in value.items()}
        return value

    cleaned = clean(record)
    assert isinstance(cleaned, dict)
    if cleaned != record:
        message = "unpaired UTF-16 surrogate escape, indexed with U+FFFD in its place"
        on_problem(Problem(str(path), number, message, skipped=False))
    return cleaned


def _read_csv(path: Path, name: str, on_problem: ProblemHandler) -> Iterator[Article]:
    # The csv module refuses fields over 128 KB; an article's size is checked here.
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    with path.open(encoding=encoding_of(path), newline="") as handle:
        reader = csv.DictReader(handle)
        try:
            header = reader.fieldnames
        except csv.Error as error:
            on_problem(Problem(str(path), 1, f"malformed CSV ({error})"))
            return
        if not header or not {"body", "text"} & set(header):
            on_problem(Problem(str(path), 1, "the CSV header needs a 'body' or 'text' column"))
            return
        for number, row in _csv_rows(reader, path, on_problem):
            article = _from_record(row, path, name, number, on_problem)
            if article is not None:
                yield article


def _csv_rows(
    reader: csv.DictReader[str], path: Path, on_problem: ProblemHandler
) -> Iterator[tuple[int, dict[str, str]]]:
    """Numbered rows that match the header and are of an article's size. After
    a row the csv module cannot parse, the rest of the file is skipped: where
    the next row starts is not known."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            message = f"malformed CSV ({error}); the rest of the file is skipped"
            on_problem(Problem(str(path), reader.reader.line_num, message))
            return
        number = reader.line_num
        if None in row or any(value is None for value in row.values()):
            on_problem(Problem(str(path), number, "row does not match the header columns"))
        elif (size := sum(map(len, row.values()))) > MAX_ARTICLE_BYTES:
            message = f"too large for one article ({_megabytes(size)})"
            on_problem(Problem(str(path), number, message))
        else:
            yield number, row


def _from_record(
    record: Mapping[str, object], path: Path, name: str, number: int, on_problem: ProblemHandler
) -> Article | None:
    text = record.get("body") if record.get("body") is not None else record.get("text")
    title = _as_text(record.get("title"))
    if not isinstance(text, str) or not (text.strip() or title):
        on_problem(Problem(str(path), number, "record has no 'body' or 'text'"))
        return None
    paragraphs = split_paragraphs(text)
    if not title and paragraphs:
        title, paragraphs = paragraphs[0][:_MAX_TITLE], paragraphs[1:]
    body = PARAGRAPH_SEPARATOR.join(paragraphs)
    dateline = _as_text(record.get("dateline"))
    lead = f"{dateline} - {body}" if dateline else body
    try:
        published, source = _record_date(_as_text(record.get("date")), title, lead)
    except DateValueError as error:
        message = f"bad date, indexed as undated: {error}"
        on_problem(Problem(str(path), number, message, skipped=False))
        published = find_publication_date(title, lead)
        source = "text" if published else None
    given_id = _as_text(record.get("id"))
    return Article(
        id=given_id or f"{name}#{number}",
        title=" ".join(title.split()),
        body=body,
        published=published,
        date_source=source,
        source=_as_text(record.get("source")),
        url=_as_text(record.get("url")),
        dateline=dateline,
        path=str(path),
        line=number,
        metadata={k: _as_text(v) for k, v in record.items() if k not in KNOWN_FIELDS},
    )


def _record_date(value: str, title: str, lead: str) -> tuple[date | None, str | None]:
    """A record's publication date and its source: the date field, else a date
    stated at the top of the text. A field that states only a year or a month
    ("1987", "1987-02") gives a dateline without one ("CLEVELAND, Feb 26") its
    year; the field's first day stands when the text states no day in it.
    Raises DateValueError for a field that is not a date."""
    field_date = parse_date_value(value) if value else None
    period = stated_period(value) if field_date else None
    if field_date is not None and period is None:
        return field_date, "field"
    stated = find_publication_date(title, lead, period[0].year if period else None)
    if stated is not None and (period is None or period[0] <= stated <= period[1]):
        return stated, "text"
    return field_date, "field" if field_date else None


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def count_articles(paths: Iterable[str | os.PathLike[str]]) -> int:
    """A quick upper bound on the number of articles under paths (for progress)."""
    total = 0
    for path, _name in iter_input_files(paths):
        if path.suffix.lower() in TEXT_SUFFIXES or not path.is_file():
            total += 1
            continue
        try:
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            continue
    return total
