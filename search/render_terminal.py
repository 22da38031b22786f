"""Terminal output with rich. The terminal renderer is this module (the
writer that draws with rich), render_text.py and render_quotes.py (what is
written) and render_progress.py (the indexing progress display); this module
and render_progress.py are the only ones that import rich.

Article text never passes through rich markup: it is wrapped in ``Text`` and
the highlight spans are applied with ``Text.stylize``. Output with NO_COLOR
set carries no escape codes at all; piped output is written by
``search.writer.PlainWriter`` instead, the same text without rich.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import IO

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from search import layout, packing
from search.render_text import HIGHLIGHT, MIN_TEXT_WIDTH, PASSAGE_INDENT
from search.writer import Line


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


def to_text(line: Line) -> Text:
    """Pieces as one rich Text, each in its style, highlights stylized."""
    text = Text()
    for piece in line:
        start = len(text)
        text.append(piece.text, piece.style)
        for span in piece.highlights:
            text.stylize(HIGHLIGHT, start + span.start, start + span.end)
    return text


class RichWriter:
    """Lines drawn by a rich console: on a terminal, wrapped with each wrapped
    line keeping its indent, and items packed without breaking one; piped
    (soft wrap), each line as it is."""

    def __init__(self, console: Console) -> None:
        self.console = console

    @property
    def width(self) -> int | None:
        return None if self.console.soft_wrap else self.console.width

    def emit(self, line: Line, indent: int = 0, first: Line | None = None) -> None:
        lead = to_text(first) if first is not None else Text(" " * indent)
        self._emit(to_text(line), indent, lead)

    def emit_items(
        self,
        lead: Line,
        items: Sequence[str],
        joiners: Sequence[str],
        indent: int,
        style: str = "",
        wide_indent: int = 0,
    ) -> None:
        console, start = self.console, to_text(lead)
        if console.soft_wrap:  # piped: one line
            console.print(Text.assemble(start, (layout.joined(items, joiners), style)))
            return
        width = console.width
        lines = packing.pack(
            items, joiners, cell_len(start.plain), width, indent, cell_len, wide_indent
        )
        for n, packed in enumerate(lines):
            start = start if n == 0 else Text(" " * packed.indent)
            if cell_len(start.plain) + cell_len(packed.text) > width:
                self._emit(Text(packed.text, style), packed.indent + PASSAGE_INDENT, start)
                continue
            out = Text.assemble(start, (packed.text, style))
            out.rstrip()
            console.print(out, soft_wrap=True)

    def row(self, line: Line = ()) -> None:
        if line:
            self.console.print(to_text(line), soft_wrap=True)
        else:
            self.console.print()

    def paragraph(self, line: Line) -> None:
        self.console.print(to_text(line))

    def flush(self) -> None:
        """rich writes each line as it is printed."""

    def _emit(self, text: Text, indent: int, lead: Text) -> None:
        """text `indent` cells in after lead; on a terminal, wrapped lines
        keep the indent."""
        console = self.console
        if console.soft_wrap:  # piped: one line, not re-wrapped
            console.print(Text.assemble(lead, text))
            return
        width = max(console.width - indent, MIN_TEXT_WIDTH)
        for n, line in enumerate(text.wrap(console, width)):
            line.rstrip()
            console.print(Text.assemble(lead if n == 0 else " " * indent, line), soft_wrap=True)
