"""Quote modes on a terminal (part of the terminal renderer, see
render_terminal.py): quotations close to the words typed, with how they differ
from what was typed, and a speaker's quotations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.text import Text

from search import layout
from search.layout import FACET_SEPARATOR, date_label
from search.render_terminal import (
    META,
    PASSAGE_INDENT,
    TITLE,
    emit,
    note,
    numbered,
    render_labelled,
    render_parts,
    render_reprints,
)
from search.safe_text import safe, safe_line
from search.wording import MIN_CLOSENESS

NEAREST_HINT = "Type fewer words, those you are surest of, or search for them without --quote."


def render_quotes(console: Console, response: Any, start: int = 1) -> None:
    """Each quotation as printed, numbered (from start), who said it, where and
    when, and how it differs from what was typed ([-typed-] and [+printed+] on
    plain output). When none is close enough, the nearest one and its closeness."""
    width = layout.number_width(len(response.hits), start)
    for number, hit in enumerate(response.hits, start):
        render_quote(console, hit, numbered(number, width), width)
    if not response.hits and start == 1:
        render_nearest(console, response.nearest)
        return
    noun = "quotation or passage" if response.total == 1 else "quotations and passages"
    line = f"{response.total} {noun} close to the words typed"
    folded = sum(len(hit.reprints) for hit in response.hits)
    if folded:
        printings = "printing" if folded == 1 else "printings"
        line += f"; {folded} later {printings} folded under the first (--all-copies shows each)"
    emit(console, Text(line), PASSAGE_INDENT, Text(""))
    if response.speakers:
        items = [safe_line(f"{v.value} ({v.count})") for v in response.speakers]
        render_labelled(console, "Speakers: ", items, FACET_SEPARATOR)


def render_quotation_list(console: Console, listing: Any) -> None:
    """--speaker --quotes: a page of numbered quotations, each with its
    speaker, article, date and later printings; then where the page is."""
    start = listing.offset + 1
    width = layout.number_width(len(listing.hits), start)
    for number, hit in enumerate(listing.hits, start):
        render_quote(console, hit, numbered(number, width), width)
    note(console, layout.quotation_summary(listing))
    if len(listing.by_speaker) > 1:
        items = [safe(f"{v.value} ({v.count})") for v in listing.by_speaker]
        render_labelled(console, "Speakers: ", items, FACET_SEPARATOR)


def render_quote(console: Console, hit: Any, number: Text, indent: int) -> None:
    if hit.kind == "passage":
        who = "in the article text, not a quotation"
        emit(console, Text(safe(hit.text)), indent, number)
    else:
        who = hit.speaker or "unattributed"
        emit(console, Text(f"“{safe(hit.text)}”"), indent, number)
    label = date_label(hit.published, hit.estimated, hit.date_source)
    lead = Text.assemble(" " * indent, (f"— {safe_line(who)}", TITLE), "  ")
    render_parts(console, lead, layout.article_parts(label, hit.source, hit.article_id), indent)
    emit(console, Text(safe_line(hit.title), META), indent)
    inner = indent + PASSAGE_INDENT
    if hit.diff:
        emit(console, Text.assemble("typed vs printed: ", _diff_text(hit.diff)), inner)
    if hit.reprints:
        render_reprints(console, hit.reprints, inner)
    console.print()


def render_nearest(console: Console, nearest: Any) -> None:
    """Nothing close enough: say so, and show the nearest quotation there is."""
    if nearest is None:
        note(console, f"No quotation or passage shares a word with the words typed. {NEAREST_HINT}")
        return
    note(
        console,
        "No quotation or passage is close enough to the words typed (closeness "
        f"{MIN_CLOSENESS:.2f} or more). The nearest, at closeness {nearest.closeness:.2f}:",
    )
    console.print()
    render_quote(console, nearest, Text("   "), 3)
    note(console, NEAREST_HINT)


def _diff_text(diff: Sequence[Any]) -> Text:
    line = Text()
    for op in diff:
        if op.kind == "same":
            line.append(safe(op.typed) + " ")
            continue
        if op.typed:
            line.append(f"[-{safe(op.typed)}-]", style="red strike")
        if op.printed:
            line.append(f"[+{safe(op.printed)}+]", style="green bold")
        line.append(" ")
    line.rstrip()
    return line
