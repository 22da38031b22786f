"""Reading one article from a text or Markdown file."""

from __future__ import annotations

import codecs
import re
from datetime import date
from pathlib import Path

from index.extract.dates import DateValueError, find_publication_date, parse_date_value
from index.passages import PARAGRAPH_SEPARATOR, sentence_spans, split_paragraphs
from index.read.article import MAX_ARTICLE_BYTES, Article, Problem, ProblemHandler, too_large

TEXT_SUFFIXES = frozenset({".txt", ".md"})

_ATX_HEADING = re.compile(r"^\s*#{1,6}\s+|\s+#+\s*$")

_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")

MAX_TITLE = 300


def split_title(line: str) -> tuple[str, str]:
    """The title taken from an article's first line or paragraph, and the rest of it,
    which belongs to the body: the whole line when it fits in ``MAX_TITLE`` characters,
    else its first sentence (cut at a space when even that is longer). For a record or
    file whose text is one long paragraph and has no title of its own: cutting the line
    at ``MAX_TITLE`` characters dropped the rest of the article and left a word cut in
    two ("Mazand" of "Mazandaran") as a name."""
    text = " ".join(line.split())
    if len(text) <= MAX_TITLE:
        return text, ""
    spans = sentence_spans(text, 0, MAX_TITLE + 1)
    cut = spans[0][1] if len(spans) > 1 else 0  # the last span runs on past the limit
    if not cut:
        space = text.rfind(" ", 0, MAX_TITLE + 1)
        cut = space if space > 0 else MAX_TITLE
    return text[:cut], text[cut:].strip()


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
    title, title_rest = split_title(title)
    body = PARAGRAPH_SEPARATOR.join(
        [title_rest, *split_paragraphs(rest)] if title_rest else split_paragraphs(rest)
    )
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
