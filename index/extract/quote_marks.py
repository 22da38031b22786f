"""Where the quotations of a text are: their quote marks paired (``find_spans``).

Double quote marks, straight or curly, are paired in one pass. ``“`` opens (but closes
an open quotation when typed for a closing mark: right after its stop, before a word in
lower case, ``air,“ she explained``) and ``”`` always closes; ``"`` opens when no
quotation is open and closes otherwise, except after a space, before a word, where it
opens a new one (after a finished sentence, or after a word: ``the bill "had the feel of
a 'work in progress', and urged that "an obligation ..."``; not after a comma: ``in a
heartbeat, "the source said``). An opening
mark while a quotation is open ends that one with no closing mark (a paragraph break
lost: ``"... epics. "They tend ...," he said``). A quotation still open at the end of a
paragraph goes on when the next paragraph starts with a quote mark (the news convention
for a quotation of several paragraphs; the quotation's text then holds the paragraph
break and the re-opening mark), or when the next mark, at most four paragraphs on,
closes it (a quotation printed a sentence a line, marked only at its ends); otherwise it
ends with its paragraph (wire copy cut short). Single quotes inside a quotation are part
of it. Outside double quotes, a single-quoted phrase (``'the unknown'``) of at most
eight words within one line is reported as a partial quotation, in an article quoting
with double marks only when an attribution verb names who said it (there a phrase in
single marks with none is a scare quote or a title: ``the 'minor' categories``, ``the
latest 'Banksy arrested' story``); a single quote between letters (``don't``,
``Syria’s``) or before a digit (``'80s``) is an apostrophe, never a mark.

:mod:`index.extract.quotes` reads who said each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.passages import PARAGRAPH_SEPARATOR

_MARKS = re.compile(r"[\"“”]")
# An open quotation goes on over at most this many markless paragraphs (and characters).
_RUN_ON_BREAKS = 4
_RUN_ON_CHARS = 2_000
_SENTENCE_DONE = re.compile(r"[.!?] $")
_CLOSING_BEFORE = frozenset(",.!?;:")  # '... heartbeat, "the source said': a closing mark
_LOWER_WORD_AFTER = re.compile(r" ?[a-z]")
# The mark comes first and the look-behind after it (the character before the mark is
# not a letter, digit or quotation mark), so that the search skips to each mark: a
# quarter of the time of the look-behind first, which is tried at every position.
_SINGLE = re.compile(
    r"['‘](?<![\w'’‘]['‘])(?=[A-Za-z])((?:[^'‘’\n\"“”]|(?<=\w)['’](?=\w)){1,80}?[\w.!?,])['’](?!\w)"
)
_MAX_SINGLE_WORDS = 8
_ANY_QUOTE_CHAR = re.compile(r"[\"“”'‘]")


@dataclass(frozen=True)
class Span:
    """A quotation's marks: opening mark at ``opening``; words text[start:end]; the
    text after the closing mark from ``close`` (== end when the mark is missing)."""

    opening: int
    start: int
    end: int
    close: int
    single: bool = False


def has_quote_marks(text: str) -> bool:
    """Whether text holds a mark that could open or close a quotation: one without
    any has no quotations (about half of wire copy, by its apostrophes too)."""
    return _ANY_QUOTE_CHAR.search(text) is not None


def find_spans(text: str) -> list[Span]:
    """Double-quoted spans, then single-quoted phrases outside them, in text order."""
    doubles = _double_spans(text)
    spans = list(doubles)
    cursor = 0
    for span in [*doubles, Span(len(text), len(text), len(text), len(text))]:
        spans.extend(_single_spans(text, cursor, span.opening))
        cursor = span.close
    return sorted(spans, key=lambda s: s.opening)


def _double_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    opening = -1  # position of the open quotation's mark, -1 when none is open
    checked = 0  # paragraph breaks before this were passed by the open quotation
    for mark in _MARKS.finditer(text):
        pos, char = mark.start(), mark.group()
        if opening >= 0:
            brk = text.find(PARAGRAPH_SEPARATOR, checked, pos)
            if brk >= 0:
                if pos == _next_paragraph(text, brk) and char != "”":
                    checked = pos  # a quotation of several paragraphs goes on
                    continue
                if not _closes_later(text, brk, pos):
                    spans.append(_span(text, opening, brk, brk))
                    opening = -1
        if opening < 0:
            if char != "”" and not _not_a_mark(text, pos):
                opening = checked = pos
        elif (char != "“" and not _reopens(text, pos)) or _typed_as_opening(text, pos):
            spans.append(_span(text, opening, pos, pos + 1))
            opening = -1
        else:  # an opening mark while one is open: it ended with no closing mark
            spans.append(_span(text, opening, pos, pos))
            opening = checked = pos
    if opening >= 0:
        brk = text.find(PARAGRAPH_SEPARATOR, checked)
        end = len(text) if brk < 0 else brk
        spans.append(_span(text, opening, end, end))
    return [s for s in spans if s.end > s.start]


def _closes_later(text: str, brk: int, pos: int) -> bool:
    """The first mark after a quotation left open at the paragraph break brk closes
    it, a few paragraphs on: the paragraphs between, with no mark, are the
    quotation's too (a quotation printed a sentence a line, its marks only at its
    ends: '“I dislike it.\n\nIt is not safe,” said Jao.')."""
    if pos - brk > _RUN_ON_CHARS or text.count(PARAGRAPH_SEPARATOR, brk, pos) > _RUN_ON_BREAKS:
        return False
    after = text[pos + 1 : pos + 2]
    return text[pos] == "”" or (not text[pos - 1].isspace() and not after.isalnum())


def _reopens(text: str, pos: int) -> bool:
    """A straight mark after a space, before a word, opens a new quotation: the open
    one ended without its mark, where a paragraph break was lost ('"... that
    category. "They tend to ...," he said') or a closing mark was ('the bill "had
    flaws, and urged that "a duty be enshrined'). After a comma or a stop and a
    space it is a closing mark typed with a space ('in a heartbeat, "the source
    said'), unless a sentence ended there."""
    return (
        text[pos] == '"'
        and text[pos + 1 : pos + 2].isalnum()
        and (
            _SENTENCE_DONE.search(text, max(0, pos - 3), pos) is not None
            or (text[pos - 1 : pos] == " " and text[pos - 2 : pos - 1] not in _CLOSING_BEFORE)
        )
    )


def _typed_as_opening(text: str, pos: int) -> bool:
    """An opening curly mark right after the quotation's last stop and before a
    space and a word in lower case closes it: a closing mark typed as an opening
    one ('... in the air,“ she explained', 'all is vanity, “his post read')."""
    return (
        text[pos] == "“"
        and text[pos - 2 : pos].strip()[-1:] in _CLOSING_BEFORE
        and _LOWER_WORD_AFTER.match(text, pos + 1) is not None
    )


def _next_paragraph(text: str, brk: int) -> int:
    pos = brk + len(PARAGRAPH_SEPARATOR)
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


def _not_a_mark(text: str, pos: int) -> bool:
    """An inch mark ('12" pipe') or a double quote typed for an apostrophe ('China"s')."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (before.isdigit() and after == " ") or (before.isalpha() and after.isalpha())


def _span(text: str, opening: int, end: int, close: int) -> Span:
    start = opening + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(opening, start, end, close)


def _single_spans(text: str, lo: int, hi: int) -> list[Span]:
    return [
        Span(m.start(), m.start(1), m.end(1), m.end(), single=True)
        for m in _SINGLE.finditer(text, lo, hi)
        if len(m.group(1).split()) <= _MAX_SINGLE_WORDS
    ]
