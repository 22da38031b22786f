"""The stamps a paper or an agency puts on a text, saying when and where that copy
was filed or printed, not what happened.

``without_stamps(text)`` is the text without the stamps saying when and where it
was filed or printed: a dated dateline at its head (a place in capitals or title
case, a date, an optional source in parentheses, then ":" or a dash:
"ISLAMABAD, Sep 04 (APP):", "NEW YORK, March 3 -") and closing lines
saying where or when it was published ("Published in Dawn, September 5th, 2025",
"First published on 3 May 2024", "This article was first published by ...").
A paper's copy of a wire story restamps both; they say nothing of the story. A
dateline without a date ("NEW YORK (Reuters) -", "LAHORE:") is kept: where a story
was filed from can tell two stories apart.

Pure text work shared by the indexer and the search (reprint folding,
``index.particulars``), so it lives outside the extraction package.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.months import MONTH_PATTERN

# The place of a head dateline: up to four words in capitals or title case, a
# region after a comma ("ST. PAUL, Minn."); then a date (month and day
# either way round, a weekday before, a year after), an optional source in
# parentheses, and the ":" or dash that ends the dateline.
_WORD = r"[A-Z][A-Za-z.'&\-]*"
_STAMP_DATE = (
    rf"(?:(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:(?i:{MONTH_PATTERN})\s*[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:st|nd|rd|th)?\s+(?i:{MONTH_PATTERN}))"
    rf"(?!\d)(?:,?\s+(?:19|20)\d\d)?"
)
_HEAD_STAMP = re.compile(
    rf"""\s*{_WORD}(?:[ ]{_WORD}){{0,3}}(?:,[ ]{_WORD}(?:[ ]{_WORD}){{0,2}})?
    ,\s+{_STAMP_DATE}
    \s*(?:\([^)\n]{{1,40}}\)\s*)?
    (?::(?=\s|[A-Z])\s*|\s-{{1,2}}\s|(?<=\))-{{1,2}}\s*|\s*[\u2013\u2014]\s*)""",
    re.VERBOSE,
)
# A closing print line: "Published in X, <date>", "First published on <date>",
# "Updated <date>": after its first word only names, figures, a date and the small
# words of a stamp ("Published figures show ..." is a sentence of the story); or
# "This article was first published ...".
_STAMP_WORDS = r"(?:in|on|by|at|am|pm|a\.m\.|p\.m\.|st|nd|rd|th|of|the)"
_CLOSING = re.compile(
    rf"""(?:(?:(?:First|Originally|Last)\s+)?(?i:published|posted|updated|printed)
    (?=[^\n]*?(?:(?i:{MONTH_PATTERN})|\b(?:19|20)\d\d\b))
    (?:[\s,:|\-]+(?:{_STAMP_WORDS}\b|[A-Z0-9][^\s,]*|[(][^)\n]*[)]))*[\s.]*
    |This\s+(?:article|story|report)\s+(?:was|has\s+been|first\s+appeared)\b[^\n]{{0,140}})""",
    re.VERBOSE,
)
_CLOSING_LINES = 3  # the last lines looked at for a closing print line
# A paper's page may print a headline and a photo caption above the wire's
# dateline: the dateline is looked for at the head of each of the text's
# first paragraphs up to this many.
_HEAD_PARAGRAPHS = 3
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A photo caption: a paragraph opening with a photo credit ("File photo: ...",
# "Photo: ...") or ending with one after a stop, a bar or a dash ("... in
# Dhaka. File Photo", "... Florida. | AFP photo.", "... -File photo", "...
# Hadi. Photo: Collected"). A paper sets its own photos beside a wire story,
# so one copy's caption is no part of the story.
_CAPTION = re.compile(
    r"""\A(?:File\s+)?(?i:photo(?:graph)?s?)\s*:
    |[.|\-\u2013\u2014]\s*(?:[A-Z][A-Za-z]*\s+)?(?i:photo(?:graph)?s?)
    (?:\s*:\s*[^\n.:]{1,40})?\.?\s*\Z""",
    re.VERBOSE,
)
_CAPTION_WORDS = 60  # a caption is a paragraph of at most this many words


@lru_cache(maxsize=4096)
def without_stamps(text: str) -> str:
    """text without its head dateline and its closing print lines (the module
    docstring): the stamps a paper or an agency puts on a story, not
    particulars of it."""
    text = _without_head_stamp(_without_captions(text))
    lines = text.rstrip().split("\n")
    for _ in range(_CLOSING_LINES):
        if len(lines) < 2 or not _CLOSING.fullmatch(lines[-1].strip()):
            break
        lines.pop()
        while len(lines) > 1 and not lines[-1].strip():
            lines.pop()
    return "\n".join(lines)


def _without_head_stamp(text: str) -> str:
    """text without a dated dateline at the head of one of its first
    _HEAD_PARAGRAPHS paragraphs (the paragraphs before it, a headline or a
    caption, kept)."""
    starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, 2000)]
    for start in starts[:_HEAD_PARAGRAPHS]:
        head = _HEAD_STAMP.match(text, start)
        if head is not None and head.end() < len(text):
            return text[:start] + text[head.end() :]
    return text


def _without_captions(text: str) -> str:
    """text without its photo captions (``_CAPTION``) among its paragraphs."""
    if "hoto" not in text:
        return text
    kept = [
        paragraph
        for paragraph in _PARAGRAPH_BREAK.split(text)
        if len(paragraph.split()) > _CAPTION_WORDS or not _CAPTION.search(paragraph.strip())
    ]
    return "\n\n".join(kept) if kept else text
