"""What the terminal layout decides without a terminal: plain functions on
strings and numbers, for ``search.render_terminal`` (which alone draws with rich).

- One date label per article, wherever it is named: a hit, a reprint listed
  under another hit, a quotation (the JSON gives the same three fields for each).
- The publication histogram: every month (or year) between the first and the
  last, empty ones too, and bars scaled to the room there is.
- Facet values (and an article's date, source and id) packed into lines,
  never broken inside a value (``search.packing``: only a terminal packs).
- The tool's own one-line summaries (where a page is, what the facets count).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from search.models import FacetValue, SearchResponse

UNDATED = "undated"
MIN_BAR = 10  # cells for the longest bar, however narrow the terminal
FACET_SEPARATOR = " · "


def date_label(published: date | None, estimated: date | None, date_source: str | None) -> str:
    """The stated date; else the estimate, marked "~" and how it was made;
    else "undated"."""
    if published:
        return published.isoformat()
    if estimated:
        kind = "file date" if date_source == "file" else "estimated"
        return f"~{estimated.isoformat()} ({kind})"
    return UNDATED


def number_width(count: int, start: int = 1) -> int:
    """Cells taken by the widest "N. " of count numbered results from start."""
    return len(str(start + max(count, 1) - 1)) + 2


def article_parts(label: str, source: str, article_id: str) -> list[str]:
    """date, source, id: the line naming an article (joined by " · ")."""
    return [part for part in (label, source, article_id) if part]


def joined(items: Sequence[str], joiners: Sequence[str]) -> str:
    """Items, each after its joiner (the first one's is not used)."""
    return "".join(
        (joiner if n else "") + item
        for n, (item, joiner) in enumerate(zip(items, joiners, strict=True))
    )


MAX_FILLED = 240  # histogram rows, empty ones included, beyond which gaps are left out


def filled(buckets: Sequence[FacetValue], interval: str) -> list[FacetValue]:
    """The histogram with a zero bucket for every month (or year) between the
    first and the last that has none, unless that makes it longer than
    MAX_FILLED rows (an archive spanning centuries: only the years it has are
    shown); "undated" stays last."""
    dated = [b for b in buckets if b.value != UNDATED]
    rest = [b for b in buckets if b.value == UNDATED]
    if not dated:
        return rest
    counts = {b.value: b.count for b in dated}
    first, last = dated[0].value, dated[-1].value
    span = int(last[:4]) - int(first[:4]) + 1
    if span * (1 if interval == "year" else 12) > MAX_FILLED:
        return [*dated, *rest]
    every = _years(first, last) if interval == "year" else _months(first, last)
    return [FacetValue(value, counts.get(value, 0)) for value in every] + rest


def _years(first: str, last: str) -> list[str]:
    return [f"{year:04d}" for year in range(int(first[:4]), int(last[:4]) + 1)]


def _months(first_month: str, last_month: str) -> list[str]:
    year, month = map(int, first_month.split("-"))
    last = tuple(map(int, last_month.split("-")))
    every = []
    while (year, month) <= last:
        every.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return every


def bar_room(width: int | None, label_width: int, count_width: int, fixed: int) -> int:
    """Cells for the longest bar: what a line of `width` leaves beside the
    indent, label and count (two spaces, one before and one after the bar);
    `fixed` when the width is unknown (piped output)."""
    if width is None:
        return fixed
    return max(MIN_BAR, width - 2 - label_width - 1 - 1 - count_width)


def bar_length(count: int, widest: int, room: int) -> int:
    """A bucket's bar: none for an empty one, at least one cell otherwise."""
    if count <= 0 or widest <= 0:
        return 0
    return max(1, round(room * count / widest))


ORDER_WORDS = {"date": "by date, oldest first", "-date": "by date, newest first"}


def summary_line(response: SearchResponse, facets_only: bool = False) -> str:
    """How many articles match; unless only the counts are shown (--facets),
    which results of how many the page shows, in what order, and how many
    reprints were folded."""
    noun = "article" if response.total == 1 else "articles"
    line = f"{response.total} {noun} match"
    if facets_only:
        return line
    line += page_words(len(response.hits), response.offset, response.more, response.sort)
    if response.reprints_folded:
        copies = "reprint" if response.reprints_folded == 1 else "reprints"
        line += (
            f"; {response.reprints_folded} {copies} folded under the first printing"
            " (--all-copies shows every copy)"
        )
    return line


def page_words(shown: int, offset: int, more: bool, order: str, noun: str = "results") -> str:
    """Where a page is: "; showing results 11-20 by date, newest first
    (--offset 20 for the next page)", or nothing when one page shows every
    result in relevance order."""
    ordered = ORDER_WORDS.get(order, "")
    if not shown:
        return (
            f"; none from {noun[:-1]} {offset + 1} on (--offset is past the last)" if offset else ""
        )
    if not offset and not more:
        return f"; {ordered}" if ordered else ""
    first, last = offset + 1, offset + shown
    where = f"; showing {noun} {first}-{last}" + (f" {ordered}" if ordered else "")
    return where + (f" (--offset {last} for the next page)" if more else ", the last")


def facets_note(response: SearchResponse) -> str | None:
    """When the page does not show every match: the facets count them all."""
    if not response.hits or not (response.offset or response.more):
        return None
    size = response.facets.size
    return (
        f"Facets count all {response.total} matching articles, not only those shown "
        f"(top {size} values of each; --facet-size N for more):"
    )


def quotation_summary(listing: Any) -> str:
    """--quotes: how many quotations of whom, in how many articles, which are
    shown, and how many later printings are folded under them."""
    who = " or ".join(listing.speakers) or "the speaker"
    noun = "quotation" if listing.total == 1 else "quotations"
    places = "article" if listing.articles == 1 else "articles"
    line = f"{listing.total} {noun} of {who} in {listing.articles} matching {places}"
    shown, more = len(listing.hits), _more(listing)
    line += page_words(shown, listing.offset, more, listing.sort, "quotations")
    if listing.folded:
        printings = "printing" if listing.folded == 1 else "printings"
        line += (
            f"; {listing.folded} later {printings} folded under the first (--all-copies shows each)"
        )
    return line


def _more(listing: Any) -> bool:
    return bool(listing.offset + len(listing.hits) < listing.total)


def undated_note(response: SearchResponse) -> str:
    n = response.undated_excluded
    line = (
        f"The date filter left out {n} matching article{'s' if n != 1 else ''} with no stated date"
    )
    if response.estimated_excluded:
        line += f" ({response.estimated_excluded} with an estimated date: add --include-estimated)"
    return line + "."


def index_summary(stats: Any, problems: Sequence[Any]) -> str:
    """One line: what an indexing run did, and why inputs were skipped."""
    changes = (
        f"{stats.added} added, {stats.updated} updated, "
        f"{stats.unchanged} unchanged, {stats.removed} removed"
    )
    line = (
        f"Indexed {stats.articles} articles into {stats.index_dir} "
        f"in {stats.seconds:.1f}s ({changes})"
    )
    if stats.duplicates:
        line += f"; {len(stats.duplicates)} duplicate id(s) ignored"
    skipped = [problem for problem in problems if problem.skipped]
    flawed = [problem for problem in problems if not problem.skipped]
    if skipped:
        line += f"; skipped {len(skipped)} input(s): {_reasons(skipped)}"
    if flawed:
        line += f"; indexed {len(flawed)} with a warning: {_reasons(flawed)}"
    return line + "."


def _reasons(problems: Sequence[Any]) -> str:
    reasons = Counter(problem.message.split(" (")[0].split(":")[0] for problem in problems)
    return ", ".join(f"{n} {reason}" for reason, n in reasons.most_common())
