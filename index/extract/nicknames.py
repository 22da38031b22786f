"""A nickname in quotation marks inside a person's name does not cut it in two.

News writes a person's nickname between the given name and the surname: 'Actor Dwayne
"The Rock" Johnson', 'Earvin "Magic" Johnson', 'Bruce "The Boss" Springsteen'. The
quotation marks cut the run of capitalised words, and the person became two: a first name
alone and a surname alone, the surname merged in the facets with every other person of
that surname ("Johnson"). A person's mention followed by a quoted nickname of at most
four words and a capitalised word that is no place's name (a body's read on the surname
alone is a misread one) is one person, named by the given name and that surname; the
nickname's own mentions go, and the article's other mentions linked to either cut piece
take the whole name, unless linked to another person's full name (the surname of 'Lisa
Vey' is not the husband's in 'Dr. Lenny "Doc" Vey'); a surname the article links to a full
name holding the given name or the nickname keeps that name.

The name must open with a given name alone ('Biden "Unfit" Says' is left), and the surname
be no word the text writes in small letters (a headline's 'Kylie 'Fuming' Over 'Copycat'
Sister'). A quoted title after a name with no surname after it ('Trump "Donald." He'), or a place or
a body of more words after the quotation ('Ann "Tarn" Council Hall'), is left as read.
"""

from __future__ import annotations

import re

from index.extract.gazetteer import load_gazetteer
from index.names import name_key
from index.records import PERSON, PLACE, Mention

#: A quoted nickname and the surname right after a person's name.
_NICKNAME = re.compile(
    r" [\"“‘'](?P<nick>[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3}?)[\"”’'] "
    r"(?P<surname>[A-Z][a-z][\w'’-]*)\b(?![\"”’'])"
)


def with_nicknames(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with a person's name joined across a quoted nickname (module
    docstring)."""
    if ' "' not in text and " “" not in text and " ‘" not in text and " '" not in text:
        return mentions
    out: list[Mention] = []
    renamed: dict[str, Mention] = {}
    skip_to = -1
    for i, m in enumerate(mentions):
        if m.start < skip_to:
            continue
        found = _NICKNAME.match(text, m.end) if m.type == PERSON and " " not in m.text else None
        joined = _joined(m, found, mentions[i + 1 :], text) if found is not None else None
        if joined is None or found is None:
            out.append(m)
            continue
        pieces = [c for c in mentions[i + 1 :] if c.start < found.end() and c.type == PERSON]
        joined = _as_named(joined, pieces, found)
        for piece in (m, *pieces):
            if piece.entity_id == name_key(piece.text):
                renamed[piece.entity_id] = joined
        skip_to = found.end()
        out.append(joined)
    if not renamed:
        return out
    return [_relinked(m, renamed) for m in out]


def _joined(m: Mention, found: re.Match[str], later: list[Mention], text: str) -> Mention | None:
    """The whole person if it opens with a given name, no place or body stands on the
    surname, and the surname is no word the text writes in small letters (a headline's
    'Kylie 'Fuming' Over')."""
    surname = found.group("surname")
    if m.text not in load_gazetteer().given_names:
        return None
    if re.search(r"\b" + re.escape(surname.lower()) + r"\b", text) is not None:
        return None
    for other in later:
        if other.start >= found.end():
            break
        if other.start >= found.start("surname") and other.type == PLACE:
            return None
        if other.end > found.end():
            return None
    name = f"{m.text} {surname}"
    return Mention(m.start, found.end(), PERSON, text[m.start : found.end()], name_key(name), name)


def _as_named(joined: Mention, pieces: list[Mention], found: re.Match[str]) -> Mention:
    """``joined`` under the full name the article links the surname to, when that name
    holds the given name or the nickname ('Bill Clinton' for 'William "Bill" Clinton')."""
    words = {joined.name.split(" ", 1)[0], *found.group("nick").split()}
    for piece in pieces:
        if piece.entity_id != name_key(piece.text) and words & set(piece.name.split()):
            return Mention(
                joined.start, joined.end, PERSON, joined.text, piece.entity_id, piece.name
            )
    return joined


def _relinked(m: Mention, renamed: dict[str, Mention]) -> Mention:
    """A short form linked to a cut piece takes the whole name."""
    joined = renamed.get(m.entity_id)
    if joined is None or m.start == joined.start or m.type != PERSON:
        return m
    return Mention(m.start, m.end, m.type, m.text, joined.entity_id, joined.name)
