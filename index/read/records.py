"""Reading articles from records: JSON Lines and CSV exports, one article per
line or row, each field named as in the README's input table."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from datetime import date
from itertools import chain
from pathlib import Path
from typing import TextIO

from index.extract.dates import (
    DateValueError,
    find_publication_date,
    parse_date_value,
    stated_period,
)
from index.passages import PARAGRAPH_SEPARATOR, split_paragraphs
from index.read.article import MAX_ARTICLE_BYTES, Article, Problem, ProblemHandler, too_large
from index.read.text import encoding_of, split_title

# Record fields with a meaning of their own; anything else is kept as metadata.
KNOWN_FIELDS = frozenset({"id", "title", "body", "text", "date", "source", "url", "dateline"})

# A JSON escape of a UTF-16 surrogate: paired ones decode to one character, an
# unpaired one (a truncated emoji) to a code point no UTF-8 text can hold.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")

SURROGATE = re.compile("[\ud800-\udfff]")

_MAX_DIGITS = 4000  # Python refuses to convert integers of over 4,300 digits to text
_CSV_FIELD_LIMIT = 2**31 - 1  # the largest the csv module takes on every platform


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


def read_jsonl(path: Path, name: str, on_problem: ProblemHandler) -> Iterator[Article]:
    for number, line in _lines(path, on_problem):
        if not line.strip():
            continue
        if len(line) > MAX_ARTICLE_BYTES:
            on_problem(Problem(str(path), number, too_large(len(line))))
            continue
        try:
            record = _decoded(line)
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


def _integer(digits: str) -> int | str:
    """A JSON integer; one too long for Python to turn into text again (over
    4,000 digits) is kept as its digits, which is all a record's text needs."""
    return int(digits) if len(digits) <= _MAX_DIGITS else digits


# json.loads and json.dumps with options make a decoder or encoder per call.
_DECODER = json.JSONDecoder(parse_int=_integer)
_VALUE_TEXT = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # a list or object


def _decoded(line: str) -> object:
    """json.loads(line, parse_int=_integer), whose error for a line that starts with a
    byte-order mark (its own message) the decoder alone does not give."""
    if line.startswith("\ufeff"):
        return json.loads(line, parse_int=_integer)
    return _DECODER.decode(line)


def _without_lone_surrogates(
    record: dict[str, object], path: Path, number: int, on_problem: ProblemHandler
) -> dict[str, object]:
    """The record with each unpaired surrogate replaced by U+FFFD (reported)."""

    def clean(value: object) -> object:
        if isinstance(value, str):
            return SURROGATE.sub("\ufffd", value)
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


def read_csv(path: Path, name: str, on_problem: ProblemHandler) -> Iterator[Article]:
    # The csv module refuses fields over 128 KB; an article's size is checked here.
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    with path.open(encoding=encoding_of(path), newline="") as handle:
        lines = _LineLog(handle)
        reader = csv.DictReader(lines)
        try:
            header = reader.fieldnames
        except csv.Error as error:
            on_problem(Problem(str(path), 1, f"malformed CSV ({error})"))
            return
        if not header or not {"body", "text"} & set(header):
            on_problem(Problem(str(path), 1, "the CSV header needs a 'body' or 'text' column"))
            return
        lines.take()
        for number, row in _csv_rows(reader, lines, path, on_problem):
            article = _from_record(row, path, name, number, on_problem)
            if article is not None:
                yield article


class _LineLog:
    """The lines of a file as the csv module reads them, kept until taken, so
    that the text of each row can be looked at again."""

    def __init__(self, lines: Iterator[str] | TextIO) -> None:
        self._lines = iter(lines)
        self._taken: list[str] = []

    def __iter__(self) -> _LineLog:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self._taken.append(line)
        return line

    def take(self) -> list[str]:
        taken, self._taken = self._taken, []
        return taken

    def again(self, lines: list[str]) -> _LineLog:
        """A log that reads lines, then the lines not read yet."""
        return _LineLog(chain(lines, self._lines))


def _csv_rows(
    reader: csv.DictReader[str], lines: _LineLog, path: Path, on_problem: ProblemHandler
) -> Iterator[tuple[int, dict[str, str]]]:
    """Numbered rows that match the header and are of an article's size. A row
    of several lines whose quoted field is not properly closed (it would
    swallow the rows after it) is skipped and the lines after its first are
    read again as rows. After a row
    the csv module cannot parse, the rest of the file is skipped: where the
    next row starts is not known."""
    offset = 0  # lines before the reader's first, when it reads the rest again
    while True:
        first = offset + reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            message = f"malformed CSV ({error}); the rest of the file is skipped"
            on_problem(Problem(str(path), offset + reader.reader.line_num, message))
            return
        number, raw = offset + reader.line_num, lines.take()
        if len(raw) > 1 and _unclosed_quote(raw):
            message = (
                f"a quoted field opened on this line is not closed where a field can end "
                f"(it would run on to line {number}): close the quote; the next lines are "
                "read as rows"
            )
            on_problem(Problem(str(path), first, message))
            lines = lines.again(raw[1:])
            reader = csv.DictReader(lines, fieldnames=reader.fieldnames)
            offset = first
        elif None in row or any(value is None for value in row.values()):
            on_problem(Problem(str(path), number, "row does not match the header columns"))
        elif (size := sum(map(len, row.values()))) > MAX_ARTICLE_BYTES:
            on_problem(Problem(str(path), number, too_large(size)))
        else:
            yield number, row


def _unclosed_quote(raw: list[str]) -> bool:
    """Whether the lines of one row hold a quoted field that is not closed: it
    runs to the end of the file, or its closing mark is the opening mark of a
    later row's field (followed by more text, as the strict csv reader says)."""
    try:
        for _ in csv.reader(raw, strict=True):
            pass
    except csv.Error:
        return True
    return False


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
        title, rest = split_title(paragraphs[0])
        paragraphs = [rest, *paragraphs[1:]] if rest else paragraphs[1:]
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
        # An empty one (most of a wire feed's tag lists) without a call of the encoder.
        if not value:  # what the encoder gives for an empty one
            return "[]" if isinstance(value, list) else "{}"
        return _VALUE_TEXT(value)
    return str(value)
