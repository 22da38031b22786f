"""Reading one article from a text or Markdown file."""

from __future__ import annotations

import codecs
import re
from datetime import date
from pathlib import Path

from index.extract.dates import DateValueError, find_publication_date, parse_date_value
from index.passages import PARAGRAPH_SEPARATOR, split_paragraphs
from index.read.article import MAX_ARTICLE_BYTES, Article, Problem, ProblemHandler, too_large

TEXT_SUFFIXES = frozenset({".txt", ".md"})

_ATX_HEADING = re.compile(r"^\s*#{1,6}\s+|\s+#+\s*$")

_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")

MAX_TITLE = 300


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


def _date_marker(text: str, path: Path, on_problem: ProblemHandler) -> tuple[date | None, str]:
    """The date of a "date YYYY-MM-DD" line opening ``text``, and the text after it; a
    marker whose date is no date is reported and left in the text."""
    marker = _DATE_MARKER.match(text)
    if marker:
        try:
            return parse_date_value(marker.group(1)), text[marker.end() :]
        except DateValueError as error:
            message = f"bad date marker: {error}"
            on_problem(Problem(str(path), 1, message, skipped=False))
    return None, text


def read_text(path: Path, name: str, on_problem: ProblemHandler) -> Article | None:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        on_problem(Problem(str(path), None, too_large(size)))
        return None
    raw = path.read_bytes()
    encoding = encoding_of(path)
    if encoding != "utf-16" and b"\x00" in raw[:8192]:
        on_problem(Problem(str(path), None, "binary file, not text"))
        return None
    published, text = _date_marker(raw.decode(encoding), path, on_problem)
    title, _, rest = text.lstrip().partition("\n")
    if path.suffix.lower() == ".md":
        title, rest = _markdown_heading(title, rest)
    if not title.strip():
        on_problem(Problem(str(path), None, "empty file"))
        return None
    body = PARAGRAPH_SEPARATOR.join(split_paragraphs(rest))
    title = " ".join(title.split())[:MAX_TITLE]
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
