"""What the terminal renderer writes for a search, --explain and --show:
numbered hits with their passages and reprints, the summary, the facets and
the histogram. Lines are pieces of styled text handed to a writer
(``search.writer``): rich draws them on a terminal, piped output is written
without rich. Article text is never markup: highlights are character spans.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from search import layout
from search.layout import FACET_SEPARATOR, date_label
from search.models import (
    Facets,
    FacetValue,
    Hit,
    Reprint,
    SearchResponse,
    Span,
)
from search.safe_text import safe, safe_line
from search.writer import Line, Piece, Writer

if TYPE_CHECKING:  # --explain's and --show's answers: a search imports neither
    from search.views import ArticleView, Explanation

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


def styled(text: str, spans: tuple[Span, ...], base: str = "") -> Line:
    """Article text made inert, in the base style, its spans highlighted."""
    return (Piece(safe(text), base, spans),)


def note(out: Writer, sentence: str, style: str = "") -> None:
    """A sentence of the tool's own, its wrapped lines hanging under its start."""
    out.emit((Piece(sentence, style),), PASSAGE_INDENT, ())


def numbered(number: int, width: int) -> Line:
    return (Piece(f"{number}.".rjust(width - 1) + " ", META),)


def render_response(
    out: Writer,
    response: SearchResponse,
    facets_only: bool = False,
    by_country: bool = False,
) -> None:
    """Numbered hits (from the page's first), the summary line, then the facets."""
    start = response.offset + 1
    for line in response.notes:
        note(out, line, META)
    if response.match == "any-fallback":
        then = "counting articles with" if facets_only else "ranking articles by"
        note(out, f"No article has all of the words; {then} any of them.", META)
    if response.match == "all-then-any":
        few = f"{response.all_words} article{'s' if response.all_words != 1 else ''}"
        then = "counting" if facets_only else "after them, ranking"
        note(out, f"Only {few} have all of the words; {then} articles with any of them.", META)
    if not facets_only:
        width = layout.number_width(len(response.hits), start)
        for number, hit in enumerate(response.hits, start):
            render_hit(out, hit, numbered(number, width), width)
    render_summary(out, response, facets_only)
    if response.undated_excluded:
        note(out, layout.undated_note(response), META)
    scope = None if facets_only else layout.facets_note(response)
    if scope:
        note(out, scope, META)
    render_facets(out, response.facets, by_country)


def render_hit(out: Writer, hit: Hit, number: Line, indent: int) -> None:
    out.emit(styled(hit.title or "(untitled)", hit.title_highlights, TITLE), indent, number)
    label = date_label(hit.published, hit.estimated, hit.date_source)
    render_parts(
        out, (Piece(" " * indent),), layout.article_parts(label, hit.source, hit.id), indent
    )
    inner = indent + PASSAGE_INDENT
    for passage in hit.passages:
        out.emit(styled(passage.text, passage.highlights), inner)
    if hit.reprints:
        render_reprints(out, hit.reprints, inner)
    out.row()


def render_parts(out: Writer, lead: Line, parts: Sequence[str], indent: int) -> None:
    """date · source · id after lead, broken between parts only."""
    joiners = [FACET_SEPARATOR] * len(parts)
    out.emit_items(lead, [safe_line(p) for p in parts], joiners, indent, META, indent)


def render_reprints(out: Writer, reprints: Sequence[Reprint], indent: int) -> None:
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
    lead = (Piece(" " * indent), Piece(f"also in {len(reprints)} {noun}: ", META))
    out.emit_items(lead, items, joiners, indent, META, indent)


def render_summary(out: Writer, response: SearchResponse, facets_only: bool = False) -> None:
    note(out, layout.summary_line(response, facets_only))


def render_facets(out: Writer, facets: Facets, by_country: bool = False) -> None:
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
            render_labelled(out, f"{label}: ", items, FACET_SEPARATOR)
    if facets.published:
        render_histogram(out, facets)


def render_labelled(out: Writer, label: str, items: Sequence[str], separator: str) -> None:
    """A label, then items: on a terminal, packed into lines without breaking
    an item (one too wide for a line of its own starts at the margin)."""
    indent = min(len(label), PASSAGE_INDENT * 2)
    out.emit_items((Piece(label, LABEL),), items, [separator] * len(items), indent)


def render_histogram(out: Writer, facets: Facets) -> None:
    """Every month (or year) from the first to the last, empty ones too, the
    bars as wide as the terminal allows."""
    by = "" if facets.interval == "month" else " (by year)"
    out.paragraph((Piece(f"Published{by}:", LABEL),))
    buckets = layout.filled(facets.published, facets.interval)
    label_width = max(len(b.value) for b in buckets)
    widest = max(b.count for b in buckets)
    room = layout.bar_room(out.width, label_width, len(str(widest)), BAR_WIDTH)
    for bucket in buckets:
        bar = "█" * layout.bar_length(bucket.count, widest, room)
        count = f"{' ' if bar else ''}{bucket.count}"
        out.row((Piece(f"  {bucket.value:>{label_width}} "), Piece(bar, LABEL), Piece(count)))


def render_explanation(out: Writer, explanation: Explanation) -> None:
    """--explain: the query as parsed, then one line per filter value."""
    match = "any of the words" if explanation.match == "any" else "all of the words"
    field(out, "Query", explanation.query or "(none)")
    field(out, "Parsed", explanation.parsed or "(no query: every article, as filtered)")
    field(out, "Match", match)
    if explanation.engine:
        field(out, "Engine", explanation.engine)
    for reading in explanation.notes:
        field(out, "Note", reading)
    if explanation.places == "main":
        field(
            out,
            "Places",
            "main places only (dateline, headline, first paragraph, or named twice)",
        )
    for r in explanation.filters:
        found = ", ".join(f"{name} ({entity_id})" for name, entity_id in r.entities)
        how = f"{r.how} {r.detail}" if r.how == "alias" else r.how
        if r.detail and r.how != "alias":
            how += f", {r.detail}"
        line = (Piece(safe_line(f"{r.option} {r.value!r} → {found} [{how}]")),)
        out.emit(line, PASSAGE_INDENT * 2, ())


def field(out: Writer, label: str, value: str) -> None:
    """ "Label: value", the value wrapped under itself on a terminal."""
    out.emit((Piece(safe_line(value)),), len(label) + 2, (Piece(f"{label}: ", LABEL),))


def render_article(out: Writer, view: ArticleView) -> None:
    hit = view.hit
    out.emit(styled(hit.title or "(untitled)", hit.title_highlights, TITLE))
    label = date_label(hit.published, hit.estimated, hit.date_source)
    render_parts(out, (), layout.article_parts(label, hit.source, hit.id), 0)
    if hit.url:
        out.emit((Piece(safe_line(hit.url), META),))
    out.row()
    out.paragraph(styled(view.body, view.body_highlights))
    out.row()
    for attribute, label in (("main_place", "Main places"), *FACET_NAMES[:3]):
        names = hit.entities.get(attribute, ())
        if names:
            render_labelled(out, f"{label}: ", [safe_line(n) for n in names], ", ")
