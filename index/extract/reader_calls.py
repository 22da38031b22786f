"""A call to the reader opening a sentence is no word of the name after it.

Web copy closes and opens its paragraphs with calls to the reader: "Visit Business
Insider's homepage for more stories.", "Watch Nadler's remarks.", "Follow Reuters on
Twitter", "Find BBC News: East of England on Facebook", and compares with "Like Sanders,
Stein ...". The capitalised verb or preposition runs into the name after it, and "Visit
Business Insider" or "Watch Nadler" became a name of its own (a value an editor would
see in the facets of every article with the furniture). Where such a word opens a
mention at the start of a sentence or a line, the mention is the rest of it: the entity
the article names by that rest elsewhere (or the person whose surname it is), or no
mention when it names none (a headline's "Watch Hackers Hijack A Moving Car").

Inside a sentence the words are read as written ("Dillon, Read and Co", "Visit
Virginia's Blue Ridge" after "president of").
"""

from __future__ import annotations

from dataclasses import replace

from index.names import name_key
from index.records import PERSON, PLACE, Mention

#: The words of a call to the reader, or of a comparison, that open a sentence.
_CALLS = ("Visit ", "Watch ", "Follow ", "Find ", "Like ", "Listen ", "Subscribe ", "Join ")
#: What may stand before a sentence's first word.
_SENTENCE_ENDS = frozenset(".!?:;|—–-([\n\"“”'‘’*•")


def without_reader_calls(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with each one a reader's call opens cut to the rest, or gone
    (module docstring)."""
    calls = [m for m in mentions if m.text.startswith(_CALLS) and _opens_sentence(m, text)]
    if not calls:
        return mentions
    mentions = _unlinked_from_calls(mentions, calls)
    named = {m.text: m for m in mentions if not m.text.startswith(_CALLS)}
    cut = {(m.start, m.end) for m in calls}
    out = []
    for m in mentions:
        if (m.start, m.end) in cut:
            rest = m.text.split(" ", 1)[1]
            other = named.get(rest) or _full_name(rest, mentions)
            if other is None:
                continue
            m = replace(other, start=m.end - len(rest), end=m.end, text=rest)
        out.append(m)
    return out


def _unlinked_from_calls(mentions: list[Mention], calls: list[Mention]) -> list[Mention]:
    """``mentions`` with the short forms linked to a call ("Business Insider" to "Visit
    Business Insider") given the id and name of what they say; a place keeps its link
    (the gazetteer's, not the call's)."""
    ids = {m.entity_id for m in calls if m.type != PLACE}
    if not ids:
        return mentions
    return [
        replace(m, entity_id=name_key(m.text), name=m.text)
        if m.entity_id in ids and not m.text.startswith(_CALLS)
        else m
        for m in mentions
    ]


def _full_name(surname: str, mentions: list[Mention]) -> Mention | None:
    """A person the article names in full whose last word is ``surname``."""
    tail = " " + surname
    return next(
        (
            m
            for m in mentions
            if m.type == PERSON and m.text.endswith(tail) and not m.text.startswith(_CALLS)
        ),
        None,
    )


def _opens_sentence(m: Mention, text: str) -> bool:
    """``m`` opens the text, a line or a sentence (after a full stop, a colon, a dash
    or a quotation mark)."""
    before = text[max(0, m.start - 40) : m.start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_ENDS
