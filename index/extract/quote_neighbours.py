"""Speakers of quotations found from their neighbours rather than an attribution next
to them, for :mod:`index.extract.quotes`: a quotation signed after a dash (a list of
them), one going on from the quotation before it, and one after a sentence about its
speaker."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.extract.attributions import PERSON
from index.extract.speaker_record import Speaker
from index.extract.speakers import Cast
from index.passages import PARAGRAPH_SEPARATOR
from index.records import PERSON as PERSON_TYPE

if TYPE_CHECKING:
    from index.extract.quote_marks import Span
    from index.extract.quotes import Quote

AFTER_WINDOW = 200  # characters after a closing mark an attribution may take
_FURNITURE = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}")  # 'Story Continued Below'
# A headline or a caption of a web page set between a quotation's paragraphs ('7
# strange beasts that never existed', 'site.com Longevity: The pair bought it in
# 1995'): a line of a few words with no quote mark and no full stop at its end.
_PAGE_LINE = re.compile(r"[^\s\"“”]?[^\"“”\n]{0,120}[^.!?:;,\s\"“”'’]")
# A line naming the speaker of the paragraphs after it: at most this long.
_LINE_CHARS = 120
_LINE_WORDS = 12
_DASH_AFTER = re.compile(r"[ \t]*(?:-{1,2}|[–—])[ \t]*(?=[A-Z])")


def signed(cast: Cast, close: int, limit: int) -> Speaker | None:
    """A person named after a dash that follows the closing mark, as a quotation is
    signed in a list of them ('"It is a long game." - Matthew Ingram', '"..." --
    Ann Lee, retired, Adelaide'), not one introducing the next ('- Tom Ames: "')."""
    text = cast.text
    found = _DASH_AFTER.match(text, close, limit)
    if found is None or ":" in text[found.end() : limit]:
        return None
    speaker = cast.phrase_after(found.end(), limit)
    if speaker is None or speaker.entity_id is None:
        return None
    named = text.find(speaker.name or "", found.end(), limit)  # then nothing, or a comma
    rest = text[named + len(speaker.name or "") : limit].lstrip() if named >= 0 else ""
    return speaker if rest[:1] in ("", ",", "(", ".") else None


def _furniture_only(between: str) -> bool:
    """The paragraphs between two quotations are page furniture ('Story Continued
    Below', 'Advertisement', another story's headline, a picture's caption): at most
    two, each of a few words with no stop at its end, and nothing before the second
    quotation in its own paragraph."""
    *inner, last = between.split(PARAGRAPH_SEPARATOR)[1:]
    return not last.strip() and len(inner) <= 2 and all(_furniture(p.strip()) for p in inner)


def above_furniture(text: str, opening: int) -> int | None:
    """Where the one or two lines of page furniture right above the paragraph a
    quotation opens at opening begin (another story's headline between a reported
    sentence and the quotation it introduces), else None."""
    start, lines = opening, 0
    while lines < 2:
        brk = text.rfind(PARAGRAPH_SEPARATOR, max(0, start - _LINE_CHARS - 4), start)
        if brk < 0 or text[brk:start].strip():
            break
        lo = text.rfind(PARAGRAPH_SEPARATOR, max(0, brk - _LINE_CHARS), brk)
        if lo < 0 or not _furniture(text[lo + len(PARAGRAPH_SEPARATOR) : brk].strip()):
            break
        start, lines = lo + len(PARAGRAPH_SEPARATOR), lines + 1
    return start if lines else None


def _furniture(line: str) -> bool:
    return (
        bool(_FURNITURE.fullmatch(line) or _PAGE_LINE.fullmatch(line)) and len(line.split()) <= 16
    )


def narrated(cast: Cast, span: Span, previous: tuple[Span, Quote] | None) -> Speaker | None:
    """The person a sentence just before the quotation is about, when nothing after
    the quotation in its paragraph reports speech (then the words are another's:
    '"..." a diplomatic source said', '"..." lamented the spy')."""
    brk = cast.text.find(PARAGRAPH_SEPARATOR, span.close, span.close + AFTER_WINDOW)
    if cast.verbs(span.close, span.close + AFTER_WINDOW if brk < 0 else brk):
        return None
    return cast.narrated_subject(span.opening, previous[0].close if previous else 0)


def named_line(cast: Cast, span: Span) -> Speaker | None:
    """The person a line of its own names before a colon, for a quotation opening the
    paragraph after it: sport and interview reports print the speaker that way and
    then their quoted paragraphs ('Home side's head coach Ann Lee:'). The line is a
    few words with no verb, ending with the person's name and the colon."""
    text = cast.text
    brk = text.rfind(PARAGRAPH_SEPARATOR, max(0, span.opening - _LINE_CHARS), span.opening)
    if brk < 0 or text[brk : span.opening].strip():
        return None  # the quotation does not open its paragraph
    lo = text.rfind(PARAGRAPH_SEPARATOR, max(0, brk - _LINE_CHARS), brk)
    if lo < 0 and brk > _LINE_CHARS:
        return None  # a longer paragraph before
    lo = 0 if lo < 0 else lo + len(PARAGRAPH_SEPARATOR)
    line = text[lo:brk].rstrip()
    if not line.endswith(":") or len(line.split()) > _LINE_WORDS:
        return None
    colon = lo + len(line) - 1
    mention = cast.by_end.get(len(text[:colon].rstrip()))
    if mention is None or mention.type != PERSON_TYPE or cast.verbs(lo, colon):
        return None
    return Speaker(mention.name, mention.entity_id, kind=PERSON)


def continued(text: str, span: Span, previous: tuple[Span, Quote] | None) -> Speaker | None:
    """A full quotation with no attribution of its own, just after an attributed one."""
    if previous is None:
        return None
    before, quote = previous
    if quote.partial or (quote.speaker is None and quote.attribution is None):
        return None
    between = text[before.close : span.opening]
    if between.count(PARAGRAPH_SEPARATOR) > 1 and not _furniture_only(between):
        return None
    if quote.attribution is not None:
        return Speaker(quote.attribution.text, None, kind=quote.attribution.kind)
    return Speaker(quote.speaker, quote.speaker_id, kind=PERSON)
