"""Items packed into lines of a terminal's width, never broken inside an item:
facet values, and an article's date, source and id. Only the terminal writer
(``search.render_terminal``) packs; piped output is never re-wrapped, so a piped
search does not import this module (or build its dataclass)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from index.frozen import record


@record
class PackedLine:
    """One line of packed items, starting `indent` cells in."""

    indent: int
    text: str


def pack(
    items: Sequence[str],
    joiners: Sequence[str],
    first: int,
    width: int,
    indent: int,
    measure: Callable[[str], int],
    wide_indent: int = 0,
) -> list[PackedLine]:
    """Items laid out in lines of at most `width` cells, never broken inside
    an item. Each item follows the previous one after its joiner (" · ", "; ");
    at a line break the joiner is dropped, or only its mark kept (";") when it
    has no space before it. The first line starts after `first` cells (a
    label), the others after `indent`; an item too wide for that starts at
    `wide_indent`, and one too wide for the first line leaves the label alone."""
    lines: list[PackedLine] = []
    start, text = first, ""
    for item, joiner in zip(items, joiners, strict=True):
        size = measure(item)
        if (
            text
            and start + measure(text + joiner + item) > width
            or (not text and not lines and first + size > width and first > indent)
        ):
            mark = "" if joiner.startswith(" ") else joiner.rstrip()
            lines.append(PackedLine(start, text + mark if text else ""))
            start = indent if indent + size <= width else wide_indent
            text = item
        else:
            text = text + joiner + item if text else item
    lines.append(PackedLine(start, text))
    return lines
