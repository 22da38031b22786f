"""Terminal output with rich. The terminal renderer is this module and its two
parts, render_quotes.py (quote modes) and render_progress.py (the indexing
progress display): the only modules that import rich.

Article text never passes through rich markup: it is wrapped in ``Text`` and
the highlight spans are applied with ``Text.stylize``. Piped output, or output
with NO_COLOR set, carries no escape codes at all and is not re-wrapped.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import IO

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from search import layout
from search.layout import FACET_SEPARATOR, date_label
from search.models import (
    ArticleView,
    Explanation,
    Facets,
    FacetValue,
    Hit,
    Reprint,
    SearchResponse,
    Span,
)
from search.safe_text import safe, safe_line

HIGHLIGHT = "bold black on yellow"
TITLE = "bold"  # headlines: what the eye runs down
LABEL = "cyan"  # facet and field labels, the histogram's bars
META = "dim"  # dates, ids, notes
FACET_NAMES = (
    ("place", "Places"),
    ("person", "People"),
    ("org", "Organisations"),
    ("speaker", "Quoted"),
    ("source", "Sources"),
)
BAR_WIDTH = 30  # the longest histogram bar when the width is unknown (piped output)
MIN_TEXT_WIDTH = 20  # columns wrapped text keeps however deep its indent
PASSAGE_INDENT = 2  # passages and reprint lines, under their hit's title
MAX_REPRINTS_LISTED = 5  # reprint ids shown under a result; --json lists all


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """The reader went away (``search ... | head``): stop quietly, exit 0."""
        self.quiet = True
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(0)


def make_console(color: str = "auto", stderr: bool = False, file: IO[str] | None = None) -> Console:
    """A console for results (stdout) or messages (stderr).

    color: "auto" styles only a terminal without NO_COLOR; "always"/"never" force it.
    """
    styled = color == "always" or (color == "auto" and not os.environ.get("NO_COLOR"))
    console = _Console(
        file=file,
        stderr=stderr,
        force_terminal=True if color == "always" else None,
        color_system="auto" if styled else None,
        highlight=False,
        emoji=False,
        markup=False,
    )
    if not console.is_terminal:
        console.soft_wrap = True
    return console


def styled(text: str, spans: tuple[Span, ...], base: str = "") -> Text:
    result = Text(safe(text), style=base)
    for span in spans:
        result.stylize(HIGHLIGHT, span.start, span.end)
    return result


def emit(console: Console, text: Text, indent: int = 0, first: Text | None = None) -> None:
    """Print text `indent` cells in; on a terminal, wrapped lines keep the
    indent. `first` (a hit's number) stands in the indent of the first line."""
    lead = first if first is not None else Text(" " * indent)
    if console.soft_wrap:  # piped: one line, not re-wrapped
        console.print(Text.assemble(lead, text))
        return
    width = max(console.width - indent, MIN_TEXT_WIDTH)
    for n, line in enumerate(text.wrap(console, width)):
        line.rstrip()
        console.print(Text.assemble(lead if n == 0 else " " * indent, line), soft_wrap=True)


def note(console: Console, sentence: str, style: str = "") -> None:
    """A sentence of the tool's own, its wrapped lines hanging under its start."""
    emit(console, Text(sentence, style), PASSAGE_INDENT, Text(""))


def numbered(number: int, width: int) -> Text:
    return Text(f"{number}.".rjust(width - 1) + " ", META)


def render_response(
    console: Console,
    response: SearchResponse,
    facets_only: bool = False,
    by_country: bool = False,
) -> None:
    """Numbered hits (from the page's first), the summary line, then the facets."""
    start = response.offset + 1
    for line in response.notes:
        note(console, line, META)
    if response.match == "any-fallback":
        then = "counting articles with" if facets_only else "ranking articles by"
        note(console, f"No article has all of the words; {then} any of them.", META)
    if response.match == "all-then-any":
        few = f"{response.all_words} article{'s' if response.all_words != 1 else ''}"
        then = "counting" if facets_only else "after them, ranking"
        note(console, f"Only {few} have all of the words; {then} articles with any of them.", META)
    if not facets_only:
        width = layout.number_width(len(response.hits), start)
        for number, hit in enumerate(response.hits, start):
            render_hit(console, hit, numbered(number, width), width)
    render_summary(console, response, facets_only)
    if response.undated_excluded:
        note(console, layout.undated_note(response), META)
    scope = None if facets_only else layout.facets_note(response)
    if scope:
        note(console, scope, META)
    render_facets(console, response.facets, by_country)


def render_hit(console: Console, hit: Hit, number: Text, indent: int) -> None:
    emit(console, styled(hit.title or "(untitled)", hit.title_highlights, TITLE), indent, number)
    label = date_label(hit.published, hit.estimated, hit.date_source)
    render_parts(
        console, Text(" " * indent), layout.article_parts(label, hit.source, hit.id), indent
    )
    inner = indent + PASSAGE_INDENT
    for passage in hit.passages:
        emit(console, styled(passage.text, passage.highlights), inner)
    if hit.reprints:
        render_reprints(console, hit.reprints, inner)
    console.print()


def render_parts(console: Console, lead: Text, parts: Sequence[str], indent: int) -> None:
    """date · source · id after lead, broken between parts only."""
    joiners = [FACET_SEPARATOR] * len(parts)
    emit_items(console, lead, [safe_line(p) for p in parts], joiners, indent, META, indent)


def render_reprints(console: Console, reprints: Sequence[Reprint], indent: int) -> None:
    """ "also in 3 articles: date · source · id; ..." with the first few listed,
    each dated as its own hit would be."""
    items: list[str] = []
    joiners: list[str] = []
    for n, copy in enumerate(reprints[:MAX_REPRINTS_LISTED]):
        label = date_label(copy.published, copy.estimated, copy.date_source)
        parts = [safe_line(part) for part in layout.article_parts(label, copy.source, copy.id)]
        items += parts
        joiners += ["; " if n else ""] + [FACET_SEPARATOR] * (len(parts) - 1)
    more = len(reprints) - MAX_REPRINTS_LISTED
    if more > 0:
        items.append(f"and {more} more (--json or --all-copies lists them)")
        joiners.append("; ")
    noun = "article" if len(reprints) == 1 else "articles"
    lead = Text.assemble(" " * indent, (f"also in {len(reprints)} {noun}: ", META))
    emit_items(console, lead, items, joiners, indent, META, indent)


def emit_items(
    console: Console,
    lead: Text,
    items: Sequence[str],
    joiners: Sequence[str],
    indent: int,
    style: str = "",
    wide_indent: int = 0,
) -> None:
    """lead, then items each after its joiner: on a terminal, packed into
    lines `indent` cells in and never broken inside an item (see layout.pack),
    unless one is wider than the terminal: that one wraps between its words."""
    if console.soft_wrap:  # piped: one line
        console.print(Text.assemble(lead, (layout.joined(items, joiners), style)))
        return
    width = console.width
    lines = layout.pack(items, joiners, cell_len(lead.plain), width, indent, cell_len, wide_indent)
    for n, line in enumerate(lines):
        start = lead if n == 0 else Text(" " * line.indent)
        if cell_len(start.plain) + cell_len(line.text) > width:
            emit(console, Text(line.text, style), line.indent + PASSAGE_INDENT, start)
            continue
        out = Text.assemble(start, (line.text, style))
        out.rstrip()
        console.print(out, soft_wrap=True)


def render_summary(console: Console, response: SearchResponse, facets_only: bool = False) -> None:
    note(console, layout.summary_line(response, facets_only))


def render_facets(console: Console, facets: Facets, by_country: bool = False) -> None:
    """One line per facet (wrapped between values on a terminal); with
    by_country, the places rolled up by country; then the histogram."""
    for attribute, label in FACET_NAMES:
        if by_country and attribute == "place":
            attribute, label = "country", "Countries"
        if attribute in ("place", "country") and facets.places == "main":
            label = f"Main {label.lower()}"
        values: tuple[FacetValue, ...] = getattr(facets, attribute)
        if values:
            items = [safe_line(f"{v.value} ({v.count})") for v in values]
            render_labelled(console, f"{label}: ", items, FACET_SEPARATOR)
    if facets.published:
        render_histogram(console, facets)


def render_labelled(console: Console, label: str, items: Sequence[str], separator: str) -> None:
    """A label, then items: on a terminal, packed into lines without breaking
    an item (one too wide for a line of its own starts at the margin)."""
    indent = min(len(label), PASSAGE_INDENT * 2)
    emit_items(console, Text(label, LABEL), items, [separator] * len(items), indent)


def render_histogram(console: Console, facets: Facets) -> None:
    """Every month (or year) from the first to the last, empty ones too, the
    bars as wide as the terminal allows."""
    by = "" if facets.interval == "month" else " (by year)"
    console.print(Text(f"Published{by}:", LABEL))
    buckets = layout.filled(facets.published, facets.interval)
    label_width = max(len(b.value) for b in buckets)
    widest = max(b.count for b in buckets)
    width = None if console.soft_wrap else console.width
    room = layout.bar_room(width, label_width, len(str(widest)), BAR_WIDTH)
    for bucket in buckets:
        bar = "█" * layout.bar_length(bucket.count, widest, room)
        count = f"{' ' if bar else ''}{bucket.count}"
        row = Text.assemble(f"  {bucket.value:>{label_width}} ", (bar, LABEL), count)
        console.print(row, soft_wrap=True)


def render_explanation(console: Console, explanation: Explanation) -> None:
    """--explain: the query as parsed, then one line per filter value."""
    match = "any of the words" if explanation.match == "any" else "all of the words"
    field(console, "Query", explanation.query or "(none)")
    field(console, "Parsed", explanation.parsed or "(no query: every article, as filtered)")
    field(console, "Match", match)
    if explanation.engine:
        field(console, "Engine", explanation.engine)
    for reading in explanation.notes:
        field(console, "Note", reading)
    if explanation.places == "main":
        field(
            console,
            "Places",
            "main places only (dateline, headline, first paragraph, or named twice)",
        )
    for r in explanation.filters:
        found = ", ".join(f"{name} ({entity_id})" for name, entity_id in r.entities)
        how = f"{r.how} {r.detail}" if r.how == "alias" else r.how
        if r.detail and r.how != "alias":
            how += f", {r.detail}"
        line = Text(safe_line(f"{r.option} {r.value!r} → {found} [{how}]"))
        emit(console, line, PASSAGE_INDENT * 2, Text(""))


def field(console: Console, label: str, value: str) -> None:
    """ "Label: value", the value wrapped under itself on a terminal."""
    emit(console, Text(safe_line(value)), len(label) + 2, Text(f"{label}: ", LABEL))


def render_article(console: Console, view: ArticleView) -> None:
    hit = view.hit
    emit(console, styled(hit.title or "(untitled)", hit.title_highlights, TITLE))
    label = date_label(hit.published, hit.estimated, hit.date_source)
    render_parts(console, Text(""), layout.article_parts(label, hit.source, hit.id), 0)
    if hit.url:
        emit(console, Text(safe_line(hit.url), META))
    console.print()
    console.print(styled(view.body, view.body_highlights))
    console.print()
    for attribute, label in (("main_place", "Main places"), *FACET_NAMES[:3]):
        names = hit.entities.get(attribute, ())
        if names:
            render_labelled(console, f"{label}: ", [safe_line(n) for n in names], ", ")
