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
    rf"""\A\s*{_WORD}(?:[ ]{_WORD}){{0,3}}(?:,[ ]{_WORD}(?:[ ]{_WORD}){{0,2}})?
    ,\s+{_STAMP_DATE}
    \s*(?:\([^)\n]{{1,40}}\)\s*)?
    (?::(?=\s|[A-Z])\s*|\s-{{1,2}}\s|\s*[\u2013\u2014]\s*)""",
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


@lru_cache(maxsize=4096)
def without_stamps(text: str) -> str:
    """text without its head dateline and its closing print lines (the module
    docstring): the stamps a paper or an agency puts on a story, not
    particulars of it."""
    head = _HEAD_STAMP.match(text)
    if head is not None and head.end() < len(text):
        text = text[head.end() :]
    lines = text.rstrip().split("\n")
    for _ in range(_CLOSING_LINES):
        if len(lines) < 2 or not _CLOSING.fullmatch(lines[-1].strip()):
            break
        lines.pop()
        while len(lines) > 1 and not lines[-1].strip():
            lines.pop()
    return "\n".join(lines)
