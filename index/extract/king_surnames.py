""" "King" closing a person's name is the surname, not a monarch's title.

A title's word cuts a run of capitalised words where it stands, and "King" is one:
"Billie Jean King won", "the estate of Dr. Martin Luther King, Jr.", "Martin Luther
King Way" leave the person as "Billie Jean" or "Martin Luther", a cut name counted
apart from the whole one. Where a person's name is followed right away by "King", and
"King" by no "of" ("King of Jordan") and no capitalised word of a name of its own
("King Abdullah"; a street's "Way" or a suffix is no such word), "King" is the name's
last word. Short forms the article linked to the cut name ("Luther") take the whole
one when every full mention of it was cut so.

Applied by :func:`index.extract.entities.extract_entities` before
:mod:`index.extract.name_suffixes` (which then joins ", Jr.").
"""

from __future__ import annotations

import re

from index.names import name_key
from index.records import PERSON, Mention

#: "King" after a name, and what may follow it: no "of", no other name's word.
_KING = re.compile(
    r"[ \t]+King\b(?![\w'’-])(?![ \t]+of\b)(?![ \t]+(?!(?:Jr|Sr|Way|Street|Avenue|Boulevard"
    r"|Blvd|Drive|Road|Day|Holiday|Memorial|Center|Centre|Park|Bridge|Square|Plaza|School"
    r"|Library|Hospital|Elementary|Middle|High|Jr\.|Sr\.)\b)[A-Z])"
)


def with_king_surnames(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with "King" joined to the person's name before it (module
    docstring)."""
    if " King" not in text:
        return mentions
    out: list[Mention] = []
    renamed: dict[str, Mention] = {}
    kept: set[str] = set()
    king = (-1, -1)  # the span of the last "King" joined to a name
    for m in mentions:
        if king[0] <= m.start < king[1]:
            continue  # a mention read from the "King" the joined name now covers
        found = _KING.match(text, m.end) if m.type == PERSON and m.text == m.name else None
        if found is None:
            if m.type == PERSON and m.text == m.name:
                kept.add(m.entity_id)
            out.append(m)
            continue
        name = f"{m.name} King"
        joined = Mention(
            m.start, found.end(), PERSON, text[m.start : found.end()], name_key(name), name
        )
        renamed[m.entity_id] = joined
        king = (found.end() - 4, found.end())
        out.append(joined)
    if not renamed:
        return out
    return [_relinked(m, renamed, kept) for m in out]


def _relinked(m: Mention, renamed: dict[str, Mention], kept: set[str]) -> Mention:
    """A short form linked to a cut name takes the whole one, unless the cut name also
    stands uncut in the article (``kept``)."""
    joined = renamed.get(m.entity_id)
    if joined is None or m.entity_id in kept or m.text == joined.text:
        return m
    return Mention(m.start, m.end, m.type, m.text, joined.entity_id, joined.name)
