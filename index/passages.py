"""Paragraphs, sentences and passages: the units a search hit is shown by.

An article body is stored as clean paragraphs joined by a blank line, so every
offset the search side reports points into that stored text. Both sides use the
functions here: the reader to normalise raw text, the search side to cut a stored
body into passages it can rank.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

PARAGRAPH_SEPARATOR = "\n\n"
# A passage is a paragraph, or a window of this many sentences of a long one.
MAX_SENTENCES = 4
# Lines shorter than this in a block with no long lines are hard-wrapped text.
WRAP_WIDTH = 90

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_INDENTED_LINE = re.compile(r"\n(?=[ \t])")  # the break before an indented line
_SPACES = re.compile(r"[ \t]{2,}|\t")  # the runs of spaces and tabs but single spaces
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) and
# white space, when the next sentence starts with a capital, digit or quote.
_SENTENCE_END = re.compile(r"""[.!?]['"’”)\]]*\s+(?=["“‘'(\[]?[A-Z0-9])""")
# Words after which a full stop does not end the sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt gov sen rep st jr sr co corp inc ltd no vs "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e".split()
)


def split_paragraphs(raw: str) -> list[str]:
    """Cut raw article text into paragraphs with inner white space tidied.

    Paragraphs are separated by blank lines or by single line breaks. A block of
    short lines is hard-wrapped prose (as in wire copy): its lines are joined and a
    new paragraph starts only at an indented line.
    """
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(raw.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if _is_hard_wrapped(lines):
            paragraphs.extend(_join_wrapped(lines))
        else:
            paragraphs.extend(_tidy(line) for line in lines)
    return [p for p in paragraphs if p]


def _is_hard_wrapped(lines: list[str]) -> bool:
    return len(lines) > 1 and max(map(len, lines)) <= WRAP_WIDTH


def _join_wrapped(lines: list[str]) -> list[str]:
    """The paragraphs of a block of (non-blank) wrapped lines: a paragraph starts at
    each indented line but the first; its lines are stripped and joined."""
    paragraphs = _INDENTED_LINE.split("\n".join(lines))
    return [_tidy(" ".join(map(str.strip, paragraph.split("\n")))) for paragraph in paragraphs]


def _tidy(text: str) -> str:
    """Runs of spaces and tabs made one space, ends stripped. (A run that is one
    space already is left alone: a wrapped line's words are joined by them.)"""
    if "  " not in text and "\t" not in text:  # most paragraphs: nothing to replace
        return text.strip()
    return _SPACES.sub(" ", text).strip()


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of a stored body."""
    spans: list[tuple[int, int]] = []
    start = 0
    while start <= len(body):
        end = body.find(PARAGRAPH_SEPARATOR, start)
        if end < 0:
            end = len(body)
        if end > start:
            spans.append((start, end))
        start = end + len(PARAGRAPH_SEPARATOR)
    return spans


def reading_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of a stored body as the same-event test
    reads it: a paragraph of more than MAX_SENTENCES sentences, and a body that
    is one paragraph (a text stored without its paragraph breaks, as some feeds
    keep wire copy), cut into its sentences. A wire story's paragraphs are a
    sentence or two each, so its lead is its first sentence, not the block."""
    spans: list[tuple[int, int]] = []
    paragraphs = paragraph_spans(body)
    for start, end in paragraphs:
        if len(paragraphs) > 1 and _stops(body, start, end) < MAX_SENTENCES:
            spans.append((start, end))  # too few full stops for more sentences
            continue
        sentences = sentence_spans(body, start, end)
        long = len(sentences) > MAX_SENTENCES or len(paragraphs) == 1
        spans.extend(sentences if long else [(start, end)])
    return spans


def _stops(text: str, start: int, end: int) -> int:
    """The marks that may end a sentence in text[start:end] (a paragraph of
    n sentences has at least n - 1 of them)."""
    return text.count(".", start, end) + text.count("!", start, end) + text.count("?", start, end)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], offsets into text."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if _ends_with_abbreviation(text, cursor, match.start()):
            continue
        stop = match.start() + len(match.group().rstrip())
        spans.append((cursor, stop))
        cursor = match.end()
    if cursor < end and text[cursor:end].strip():
        spans.append((cursor, end))
    return spans


def _ends_with_abbreviation(text: str, start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot].lower().lstrip("(\"'“‘")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def passage_spans(body: str) -> Iterator[tuple[int, int]]:
    """Passages of a stored body: each paragraph, or windows of up to
    MAX_SENTENCES sentences of a longer paragraph (windows overlap by one
    sentence so a match near a boundary keeps its context)."""
    for p_start, p_end in paragraph_spans(body):
        sentences = sentence_spans(body, p_start, p_end)
        if len(sentences) <= MAX_SENTENCES:
            yield p_start, p_end
            continue
        step = MAX_SENTENCES - 1
        for first in range(0, len(sentences) - 1, step):
            window = sentences[first : first + MAX_SENTENCES]
            yield window[0][0], window[-1][1]
            if first + MAX_SENTENCES >= len(sentences):
                break
