"""Quote modes on a terminal (part of the terminal renderer, see
render_terminal.py): quotations close to the words typed, with how they differ
from what was typed, and a speaker's quotations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from index.records import DESCRIPTION, GROUP, NAME
from search import layout
from search.layout import FACET_SEPARATOR, date_label
from search.render_text import (
    META,
    PASSAGE_INDENT,
    TITLE,
    note,
    numbered,
    render_labelled,
    render_parts,
    render_reprints,
)
from search.safe_text import safe, safe_line
from search.wording import MIN_CLOSENESS
from search.writer import Line, Piece, Writer

# How each kind of attribution is named after it.
ATTRIBUTION_LABELS = {GROUP: "group", DESCRIPTION: "no name given", NAME: "name only"}
NEAREST_HINT = "Type fewer words, those you are surest of, or search for them without --quote."


def render_quotes(out: Writer, response: Any, start: int = 1) -> None:
    """Each quotation as printed, numbered (from start), who said it, where and
    when, and how it differs from what was typed ([-typed-] and [+printed+] on
    plain output). When none is close enough, the nearest one and its closeness."""
    width = layout.number_width(len(response.hits), start)
    for number, hit in enumerate(response.hits, start):
        render_quote(out, hit, numbered(number, width), width)
    if not response.hits and start == 1:
        render_nearest(out, response.nearest)
        return
    noun = "quotation or passage" if response.total == 1 else "quotations and passages"
    line = f"{response.total} {noun} close to the words typed"
    folded = sum(len(hit.reprints) for hit in response.hits)
    if folded:
        printings = "printing" if folded == 1 else "printings"
        line += f"; {folded} later {printings} folded under the first (--all-copies shows each)"
    out.emit((Piece(line),), PASSAGE_INDENT, ())
    if response.speakers:
        items = [safe_line(f"{v.value} ({v.count})") for v in response.speakers]
        render_labelled(out, "Speakers: ", items, FACET_SEPARATOR)


def render_quotation_list(out: Writer, listing: Any) -> None:
    """--speaker --quotes: a page of numbered quotations, each with its
    speaker, article, date and later printings; then where the page is."""
    start = listing.offset + 1
    width = layout.number_width(len(listing.hits), start)
    for number, hit in enumerate(listing.hits, start):
        render_quote(out, hit, numbered(number, width), width)
    note(out, layout.quotation_summary(listing))
    if len(listing.by_speaker) > 1:
        items = [safe(f"{v.value} ({v.count})") for v in listing.by_speaker]
        render_labelled(out, "Speakers: ", items, FACET_SEPARATOR)


def render_quote(out: Writer, hit: Any, number: Line, indent: int) -> None:
    if hit.kind == "passage":
        out.emit((Piece(safe(hit.text)),), indent, number)
    else:
        out.emit((Piece(f"“{safe(hit.text)}”"),), indent, number)
    label = date_label(hit.published, hit.estimated, hit.date_source)
    credit = credit_pieces(hit)
    lead: Line = (Piece(" " * indent), *credit, Piece("  "))
    if out.width is not None and sum(len(piece.text) for piece in lead) > out.width:
        out.emit(credit, indent)  # a long attribution on a line of its own, wrapped
        lead = (Piece(" " * indent),)
    render_parts(out, lead, layout.article_parts(label, hit.source, hit.article_id), indent)
    out.emit((Piece(safe_line(hit.title), META),), indent)
    inner = indent + PASSAGE_INDENT
    if hit.diff:
        out.emit((Piece("typed vs printed: "), *_diff_pieces(hit.diff)), inner)
    if hit.reprints:
        render_reprints(out, hit.reprints, inner)
    out.row()


def credit_pieces(hit: Any) -> Line:
    """Who said it: "— Name" in bold for a person; for a group or a description,
    dimmed and marked as such ("— according to the ministry (group)"), never
    shown as a person; a passage or a quotation credited to nobody says so."""
    if hit.kind == "passage":
        return (Piece("— in the article text, not a quotation", TITLE),)
    if hit.speaker:
        return (Piece(f"— {safe_line(hit.speaker)}", TITLE),)
    found = hit.attribution
    if found is None:
        return (Piece("— unattributed", TITLE),)
    kind = ATTRIBUTION_LABELS.get(found.kind, found.kind)
    return (Piece(f"— according to {safe_line(found.text)} ({safe_line(kind)})", META),)


def render_nearest(out: Writer, nearest: Any) -> None:
    """Nothing close enough: say so, and show the nearest quotation there is."""
    if nearest is None:
        note(out, f"No quotation or passage shares a word with the words typed. {NEAREST_HINT}")
        return
    note(
        out,
        "No quotation or passage is close enough to the words typed (closeness "
        f"{MIN_CLOSENESS:.2f} or more). The nearest, at closeness {nearest.closeness:.2f}:",
    )
    out.row()
    render_quote(out, nearest, (Piece("   "),), 3)
    note(out, NEAREST_HINT)


def _diff_pieces(diff: Sequence[Any]) -> Line:
    pieces: list[Piece] = []
    for op in diff:
        if op.kind == "same":
            pieces.append(Piece(safe(op.typed) + " "))
            continue
        if op.typed:
            pieces.append(Piece(f"[-{safe(op.typed)}-]", "red strike"))
        if op.printed:
            pieces.append(Piece(f"[+{safe(op.printed)}+]", "green bold"))
        pieces.append(Piece(" "))
    return _rstripped(pieces)


def _rstripped(pieces: list[Piece]) -> Line:
    """The pieces without the spaces that end the last ones."""
    while pieces and not pieces[-1].text.rstrip():
        pieces.pop()
    if pieces and pieces[-1].text != pieces[-1].text.rstrip():
        last = pieces.pop()
        pieces.append(Piece(last.text.rstrip(), last.style))
    return tuple(pieces)
