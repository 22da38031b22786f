"""The listing modes of `search` after the index is open: quotations
(``--quote TEXT``, ``--speaker NAME --quotes``) shown as text, JSON or an
export, and the export of a search's results (``--format``).

An export writes each row as soon as it is built, so it is not held to
``--timeout`` as a whole: each row (finding it and building it) is. When more
results follow the exported ones, a line on stderr says how to get them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, TypeVar

from search.app import Echo
from search.safe_text import safe_line

T = TypeVar("T")


def list_quotations(
    store: Any, text: str, filters: Any, options: dict[str, Any], echo: Echo
) -> int:
    """--quote TEXT (quotations closest to TEXT) or --speaker NAME --quotes
    (every quotation of those people), a page of them, in the form asked for."""
    from search.time_limit import time_limit

    with time_limit(options["timeout"]):
        if options["quote"] is not None:
            listing = _close_quotes(store, filters, options)
        else:
            listing = _speaker_quotes(store, text, filters, options)
    if options["export"]:
        from search.export import QUOTE_COLUMNS, quote_row, write_rows

        listed = options["quote"] is None
        rows = (quote_row(hit, listed=listed) for hit in listing.hits)
        write_rows(rows, QUOTE_COLUMNS, options["export"], echo)
        return 0
    if options["as_json"]:
        from search.render_json import dumps, quotation_list_to_dict, quotes_to_dict

        shape = quotes_to_dict if options["quote"] is not None else quotation_list_to_dict
        echo(dumps(shape(listing)))
        return 0
    from search.render_quotes import render_quotation_list, render_quotes
    from search.writer import open_writer

    out = open_writer(options["color"])
    if options["quote"] is not None:
        render_quotes(out, listing, options["offset"] + 1)
    else:
        render_quotation_list(out, listing)
    out.flush()
    return 0


def _close_quotes(store: Any, filters: Any, options: dict[str, Any]) -> Any:
    from search.quotes import find_quotes

    offset, limit = options["offset"], options["limit"]
    found = find_quotes(store, options["quote"], filters, offset + limit, options["all_copies"])
    return replace(found, hits=found.hits[offset:])


def _speaker_quotes(store: Any, text: str, filters: Any, options: dict[str, Any]) -> Any:
    from search.speaker_quotes import speaker_quotes

    return speaker_quotes(
        store,
        text,
        filters,
        options["sort"],
        options["offset"],
        options["limit"],
        options["all_copies"],
    )


def export_results(store: Any, request: Any, form: str, echo: Echo) -> int:
    """--format: one row per result, each written as soon as it is built."""
    from search.engine import results
    from search.export import HIT_COLUMNS, hit_row, write_rows
    from search.time_limit import time_limit

    with time_limit(request.timeout):
        found = results(store, request)
    hits = each_within(found.hits, request.timeout)
    written = write_rows(map(hit_row, hits), HIT_COLUMNS, form, echo)
    with time_limit(request.timeout):
        more = found.more()
    if more:
        last = request.offset + written
        echo(
            safe_line(
                f"search: wrote results {request.offset + 1}-{last} of {found.total} matching "
                f"articles; more follow (--offset {last} for the next ones)"
            ),
            err=True,
        )
    return 0


def each_within(items: Iterable[T], seconds: float) -> Iterator[T]:
    """The items, each of which must come within `seconds` (``time_limit``)."""
    from search.time_limit import time_limit

    found = iter(items)
    while True:
        with time_limit(seconds):
            item = next(found, None)
        if item is None:
            return
        yield item
