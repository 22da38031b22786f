"""Exports: one row per result, as CSV, TSV or JSON Lines, written as each
result is built (a 10,000-row export never holds its rows in memory).

Columns of a search (``HIT_COLUMNS``): the article's id, date (the stated
publication date, else its estimate) and date_source (field, text, estimate,
file), title, source, url, score, the best passage, its places, people and
organisations, and the ids of the reprints folded under it. A quotation
listing (``--quote``, ``--quotes``) has ``QUOTE_COLUMNS``. In CSV and TSV a
list is one cell, its values joined by "; ".

Spreadsheets run a cell that starts with = + - or @ as a formula (OWASP's
"CSV injection"): such a cell gets a leading apostrophe, which spreadsheets
show as text. CSV follows RFC 4180 (Python's csv module: quotes around cells
holding commas, quotes or line breaks) and starts with a byte-order mark, so
that Excel reads it as UTF-8; TSV cells have their tabs and line breaks made
spaces (TSV has no quoting); JSON Lines keeps every value as it is, lists as
arrays. Characters that would steer a terminal (controls, bidirectional
marks) are made inert as in the rest of the output (``search.safe_text``):
U+FFFD in CSV and TSV cells, JSON escapes in JSON Lines.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from search.models import Hit
from search.safe_text import safe, safe_json

FORMATS = ("csv", "tsv", "jsonl")
HIT_COLUMNS = (
    "id",
    "date",
    "date_source",
    "title",
    "source",
    "url",
    "score",
    "passage",
    "places",
    "people",
    "organisations",
    "reprints",
)
QUOTE_COLUMNS = (
    "id",
    "date",
    "date_source",
    "title",
    "source",
    "speaker",
    "attribution",
    "attribution_kind",
    "quotation",
    "closeness",
    "reprint_count",
    "reprints",
)
LIST_SEPARATOR = "; "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
SPACES = str.maketrans({"\t": " ", "\r": " ", "\n": " "})

Row = dict[str, Any]


def hit_row(hit: Hit) -> Row:
    """One search result as an export row."""
    return {
        "id": hit.id,
        "date": _iso(hit.published or hit.estimated),
        "date_source": hit.date_source,
        "title": hit.title,
        "source": hit.source,
        "url": hit.url,
        "score": hit.score,
        "passage": hit.passages[0].text if hit.passages else "",
        "places": list(hit.entities.get("place", ())),
        "people": list(hit.entities.get("person", ())),
        "organisations": list(hit.entities.get("org", ())),
        "reprints": [r.id for r in hit.reprints],
    }


def quote_row(quote: Any, listed: bool = False) -> Row:
    """One quotation (``search.quotes.QuoteHit``) as an export row; closeness
    is empty when listed (``--quotes``: compared with nothing typed)."""
    return {
        "id": quote.article_id,
        "date": _iso(quote.published or quote.estimated),
        "date_source": quote.date_source,
        "title": quote.title,
        "source": quote.source,
        "speaker": quote.speaker or "",
        "attribution": quote.attribution.text if quote.attribution else "",
        "attribution_kind": quote.attribution.kind if quote.attribution else "",
        "quotation": quote.text,
        "closeness": None if listed else quote.closeness,
        "reprint_count": len(quote.reprints),
        "reprints": [r.id for r in quote.reprints],
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def write_rows(
    rows: Iterable[Row], columns: Sequence[str], form: str, write: Callable[[str], None]
) -> int:
    """Write a header (CSV, TSV) and each row as it comes, one line (without
    its line end) per call of write; the number of rows written."""
    if form == "jsonl":
        count = 0
        for count, row in enumerate(rows, 1):  # noqa: B007 - the count is the result
            write(safe_json(json.dumps({c: row[c] for c in columns}, ensure_ascii=False)))
        return count
    line = _line_writer(form)
    write((BOM if form == "csv" else "") + line(list(columns)))
    count = 0
    for count, row in enumerate(rows, 1):  # noqa: B007
        write(line([cell(row[c], form) for c in columns]))
    return count


def _line_writer(form: str) -> Callable[[list[str]], str]:
    buffer = io.StringIO()
    if form == "csv":
        writer = csv.writer(buffer, lineterminator="\n")
    else:
        writer = csv.writer(
            buffer, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n"
        )

    def line(cells: list[str]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(cells)
        return buffer.getvalue().removesuffix("\n")

    return line


def cell(value: Any, form: str) -> str:
    """A value as a CSV or TSV cell: lists joined, None empty, text that a
    spreadsheet would run as a formula neutralised."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, int | float):
        return str(value)
    text = safe(str(value))
    if form == "tsv":
        text = text.translate(SPACES)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
