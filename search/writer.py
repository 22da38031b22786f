"""Where the terminal renderer's lines go: styled pieces of text, written
either by rich (a terminal, or styles asked for) or, for piped uncoloured
output, straight to the stream without importing rich at all.

What a line says is decided once, in ``search.render_text`` and
``search.render_quotes``; a writer only decides how it looks. Piped output
is the same text either way (one line per line, never re-wrapped, tabs
expanded to 8-cell stops as rich does), so a script reading it cannot tell
which writer wrote it; rich's import is most of what a search costs beside
the search itself.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Sequence
from typing import IO, Protocol

from index.frozen import record
from search.layout import joined
from search.models import Span

TAB_SIZE = 8  # rich's tab stops


@record
class Piece:
    """Text in one style (a rich style name, "" for none), with the spans of it
    to highlight."""

    text: str
    style: str = ""
    highlights: tuple[Span, ...] = ()


Line = tuple[Piece, ...]


class Writer(Protocol):
    """How the renderer writes: see ``render_terminal.RichWriter`` and
    ``PlainWriter``."""

    @property
    def width(self) -> int | None:
        """Cells in a line; None for piped output (never re-wrapped)."""
        ...

    def emit(self, line: Line, indent: int = 0, first: Line | None = None) -> None:
        """line, `indent` cells in; wrapped lines keep the indent. `first`
        stands in the indent of the first line."""
        ...

    def emit_items(
        self,
        lead: Line,
        items: Sequence[str],
        joiners: Sequence[str],
        indent: int,
        style: str = "",
        wide_indent: int = 0,
    ) -> None:
        """lead, then items each after its joiner, never broken inside an item."""
        ...

    def row(self, line: Line = ()) -> None:
        """line as it is, never wrapped (no line: an empty one)."""
        ...

    def paragraph(self, line: Line) -> None:
        """line wrapped at the terminal's width, from the margin."""
        ...

    def flush(self) -> None:
        """Everything written reaches the stream."""
        ...


def plain_output(color: str, stream: IO[str] | None = None) -> bool:
    """Whether output to stream (stdout) carries no styles and is not
    re-wrapped: the same test rich makes of a terminal (TTY_COMPATIBLE,
    FORCE_COLOR, then isatty), unless styles are forced with "always"."""
    if color == "always":
        return False
    tty_compatible = os.environ.get("TTY_COMPATIBLE", "")
    if tty_compatible in ("0", "1"):
        return tty_compatible == "0"
    force_color = os.environ.get("FORCE_COLOR")
    if force_color is not None:
        return force_color == ""
    stream = stream or sys.stdout
    try:
        return not stream.isatty()
    except (AttributeError, ValueError):
        return True


def open_writer(color: str) -> Writer:
    """The writer for results on stdout with the --color choice."""
    if plain_output(color):
        return PlainWriter(sys.stdout)
    from search.render_terminal import RichWriter, make_console

    return RichWriter(make_console(color))


class PlainWriter:
    """Piped output: each line written whole, as rich would write it there."""

    width = None

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def emit(self, line: Line, indent: int = 0, first: Line | None = None) -> None:
        lead = first if first is not None else (Piece(" " * indent),)
        self.row((*lead, *line))

    def emit_items(
        self,
        lead: Line,
        items: Sequence[str],
        joiners: Sequence[str],
        indent: int,
        style: str = "",
        wide_indent: int = 0,
    ) -> None:
        self.row((*lead, Piece(joined(items, joiners))))

    def row(self, line: Line = ()) -> None:
        text = "".join(piece.text for piece in line)
        self._write("\n".join(expand_tabs(part) for part in text.split("\n")) + "\n")

    def paragraph(self, line: Line) -> None:
        self.row(line)

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            _reader_gone()

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
        except BrokenPipeError:
            _reader_gone()


def _reader_gone() -> None:
    """The reader went away (``search ... | head``): stop quietly, exit 0."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    raise SystemExit(0)


def expand_tabs(line: str) -> str:
    """Tabs to the next stop of TAB_SIZE cells (wide characters take two)."""
    if "\t" not in line:
        return line
    if line.isascii():
        return line.expandtabs(TAB_SIZE)
    parts = line.split("\t")
    out = []
    for part in parts[:-1]:
        out.append(part + " " * (TAB_SIZE - _cells(part) % TAB_SIZE))
    return "".join(out) + parts[-1]


def _cells(text: str) -> int:
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text
    )
