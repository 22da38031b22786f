"""Terminal output with rich: the only module that imports rich.

Article text never passes through rich markup: it is wrapped in ``Text`` and
the highlight spans are applied with ``Text.stylize``. Piped output, or output
with NO_COLOR set, carries no escape codes at all and is not re-wrapped.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any

from rich.console import Console
from rich.text import Text

from search.models import (
    ArticleView,
    Explanation,
    Facets,
    FacetValue,
    Hit,
    SearchResponse,
    Span,
)
from search.safe_text import safe, safe_line

HIGHLIGHT = "bold black on yellow"
TITLE = "bold"
META = "dim"
FACET_NAMES = (
    ("place", "Places"),
    ("person", "People"),
    ("org", "Organisations"),
    ("speaker", "Quoted"),
    ("source", "Sources"),
)
BAR_WIDTH = 30
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


def render_response(
    console: Console, response: SearchResponse, facets_only: bool = False, by_country: bool = False
) -> None:
    if response.match == "any-fallback":
        then = "counting articles with" if facets_only else "ranking articles by"
        console.print(Text(f"No article has all of the words; {then} any of them.", META))
    if not facets_only:
        for hit in response.hits:
            render_hit(console, hit)
    render_summary(console, response, facets_only)
    if response.undated_excluded:
        console.print(Text(undated_note(response), META))
    render_facets(console, response.facets, by_country)


def render_hit(console: Console, hit: Hit) -> None:
    console.print(styled(hit.title or "(untitled)", hit.title_highlights, TITLE))
    console.print(Text(hit_line(hit), META))
    for passage in hit.passages:
        console.print(Text("  ") + styled(passage.text, passage.highlights))
    if hit.reprints:
        console.print(Text(reprints_line(hit.reprints), META))
    console.print()


def reprints_line(reprints: Sequence[Any]) -> str:
    """ "also in 3 articles: id (date, source), ..." with the first few listed."""
    listed = []
    for copy in reprints[:MAX_REPRINTS_LISTED]:
        about = ", ".join(p for p in (_when(copy.published), copy.source) if p)
        listed.append(f"{copy.id} ({about})")
    more = len(reprints) - len(listed)
    tail = f" and {more} more (--json or --all-copies lists them)" if more > 0 else ""
    noun = "article" if len(reprints) == 1 else "articles"
    return safe_line(f"  also in {len(reprints)} {noun}: " + ", ".join(listed) + tail)


def _when(day: Any) -> str:
    return str(day.isoformat()) if day else "undated"


def hit_line(hit: Hit) -> str:
    if hit.published:
        when = hit.published.isoformat()
    elif hit.estimated:
        kind = "file date" if hit.date_source == "file" else "estimated"
        when = f"~{hit.estimated.isoformat()} ({kind})"
    else:
        when = "undated"
    parts = [when]
    if hit.source:
        parts.append(hit.source)
    parts.append(hit.id)
    return safe_line(" · ".join(parts))


def undated_note(response: SearchResponse) -> str:
    n = response.undated_excluded
    line = (
        f"The date filter left out {n} matching article{'s' if n != 1 else ''} with no stated date"
    )
    if response.estimated_excluded:
        line += f" ({response.estimated_excluded} with an estimated date: add --include-estimated)"
    return line + "."


def render_summary(console: Console, response: SearchResponse, facets_only: bool = False) -> None:
    """How many articles match; unless only the counts are shown (--facets),
    how many of them are shown and how many reprints were folded."""
    shown = len(response.hits)
    noun = "article" if response.total == 1 else "articles"
    line = f"{response.total} {noun} match"
    if facets_only:
        console.print(Text(line, TITLE))
        return
    if shown + response.reprints_folded < response.total and shown:
        line += f"; showing the top {shown} (use --limit for more)"
    if response.reprints_folded:
        copies = "reprint" if response.reprints_folded == 1 else "reprints"
        line += (
            f"; {response.reprints_folded} {copies} folded under the first printing"
            " (--all-copies shows every copy)"
        )
    console.print(Text(line, TITLE))


def render_facets(console: Console, facets: Facets, by_country: bool = False) -> None:
    """One line per facet; with by_country, the places rolled up by country."""
    for attribute, label in FACET_NAMES:
        if by_country and attribute == "place":
            attribute, label = "country", "Countries"
        if attribute in ("place", "country") and facets.places == "main":
            label = f"Main {label.lower()}"
        values: tuple[FacetValue, ...] = getattr(facets, attribute)
        if values:
            listed = " · ".join(f"{v.value} ({v.count})" for v in values)
            console.print(Text(f"{label}: ", TITLE) + Text(safe_line(listed)))
    if facets.published:
        by = "" if facets.interval == "month" else " (by year)"
        console.print(Text(f"Published{by}:", TITLE))
        widest = max(v.count for v in facets.published)
        for value in facets.published:
            bar = "█" * max(1, round(BAR_WIDTH * value.count / widest))
            console.print(
                Text(f"  {value.value:>7} ") + Text(bar, "cyan") + Text(f" {value.count}")
            )


def render_explanation(console: Console, explanation: Explanation) -> None:
    """--explain: the query as parsed, then one line per filter value."""
    match = "any of the words" if explanation.match == "any" else "all of the words"
    console.print(Text("Query: ", TITLE) + Text(safe_line(explanation.query or "(none)")))
    parsed = explanation.parsed or "(no query: every article, as filtered)"
    console.print(Text("Parsed: ", TITLE) + Text(safe_line(parsed)))
    console.print(Text("Match: ", TITLE) + Text(match))
    if explanation.places == "main":
        places = "main places only (dateline, headline, first paragraph, or named twice)"
        console.print(Text("Places: ", TITLE) + Text(places))
    for r in explanation.filters:
        found = ", ".join(f"{name} ({entity_id})" for name, entity_id in r.entities)
        how = f"{r.how} {r.detail}" if r.how == "alias" else r.how
        if r.detail and r.how != "alias":
            how += f", {r.detail}"
        line = f"{r.option} {r.value!r} → {found} [{how}]"
        console.print(Text(safe_line(line)))


def render_article(console: Console, view: ArticleView) -> None:
    hit = view.hit
    console.print(styled(hit.title or "(untitled)", hit.title_highlights, TITLE))
    console.print(Text(hit_line(hit), META))
    if hit.url:
        console.print(Text(safe_line(hit.url), META))
    console.print()
    console.print(styled(view.body, view.body_highlights))
    console.print()
    for attribute, label in (("main_place", "Main places"), *FACET_NAMES[:3]):
        names = hit.entities.get(attribute, ())
        if names:
            console.print(Text(f"{label}: ", TITLE) + Text(safe_line(", ".join(names))))


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


def print_message(console: Console, message: str, style: str = "") -> None:
    console.print(Text(message, style))


@contextmanager
def progress_bar(console: Console, total: int, label: str) -> Iterator[Callable[[], None]]:
    """A progress bar on the given (stderr) console; yields an advance callback."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=total or None)
        yield lambda: progress.advance(task)


def render_quotes(console: Console, response: Any) -> None:
    """Each quotation as printed, who said it, where and when, and how it
    differs from what was typed ([-typed-] and [+printed+] on plain output)."""
    for hit in response.hits:
        if hit.kind == "passage":
            who = "in the article text, not a quotation"
            console.print(Text(safe(hit.text)))
        else:
            who = hit.speaker or "unattributed"
            console.print(Text("“") + Text(safe(hit.text)) + Text("”"))
        when = hit.published.isoformat() if hit.published else "undated"
        where = " · ".join(p for p in (when, hit.source, hit.article_id) if p)
        console.print(Text(f"  — {safe_line(who)}", TITLE) + Text(f"  {safe_line(where)}", META))
        console.print(Text(f"  {safe_line(hit.title)}", META))
        if hit.diff:
            console.print(Text("  typed vs printed: ") + _diff_text(hit.diff))
        if hit.reprints:
            console.print(Text(reprints_line(hit.reprints), META))
        console.print()
    noun = "quotation or passage" if response.total == 1 else "quotations and passages"
    line = f"{response.total} {noun} close to the words typed"
    folded = sum(len(hit.reprints) for hit in response.hits)
    if folded:
        printings = "printing" if folded == 1 else "printings"
        line += f"; {folded} later {printings} folded under the first (--all-copies shows each)"
    console.print(Text(line, TITLE))
    if response.speakers:
        listed = " · ".join(f"{v.value} ({v.count})" for v in response.speakers)
        console.print(Text("Speakers: ", TITLE) + Text(safe_line(listed)))


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
