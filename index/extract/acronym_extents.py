"""An organisation's name read in pieces, made whole by the acronym bracketed after it.

A body's full name with a comma or a small word inside is read in pieces: "the United
Nations Educational, Scientific and Cultural Organization (UNESCO)" gave the value
"Scientific and Cultural Organization", "the United Nations Assistance Mission in
Afghanistan (UNAMA)" a body cut before "in" and a place. The acronym in brackets right
after the name says where the name starts and ends: its letters are the initials of the
name's capitalised words, small words ("and", "of", "in", "for", "the") skipped. Walking
back from the bracket over capitalised words, commas and small words only, the word
whose initial is the acronym's first letter opens the name.

Where that stretch holds an organisation and is more than that one mention, its
mentions become one organisation of the whole name, and the article's mentions linked
to the pieces (the acronym itself) name the whole. An acronym whose letters are not
the initials ("INSTEX" of "Instrument in Support of Trade Exchanges") changes nothing,
nor one the stretch spells with a word in lower case inside it or over a line break; a
possessive before the bracket is no word of the name, nor a place's opening it
("Norland's Weather Office (NWO)"; "People's Alliance for Democracy (PAD)" is whole).
"""

from __future__ import annotations

import re

from index.extract.gazetteer import load_gazetteer
from index.names import fold_name, name_key
from index.records import ORG, Mention

#: A bracketed acronym: two to eight capitals, after a word.
_ACRONYM = re.compile(r"(?<=\w)[ \t]+\(([A-Z]{2,8})\)")
#: Small words a name holds that its acronym skips.
_SMALL = frozenset("and of the for in on at to & de du la".split())
#: A word of the stretch before the bracket, with the comma after it if any.
_WORD = re.compile(r"[^\s,]+,?")
#: How far back the name may start.
_REACH = 160


def with_acronym_extents(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with a body's pieces before its bracketed acronym made one name
    (module docstring)."""
    if "(" not in text or not any(m.type == ORG for m in mentions):
        return mentions
    for found in _ACRONYM.finditer(text):
        end, acronym = found.start(), found.group(1)
        if text.endswith(("'s", "’s"), 0, end):
            end -= 2  # a possessive is no word of the name ("the Harbour Board's (HB)")
        start = _name_start(text, end, acronym)
        if start is None:
            continue
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        if any(m.type == ORG for m in inside) and not (
            len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end)
        ):
            mentions = _joined(mentions, inside, text[start:end], start, acronym)
    return mentions


def _joined(
    mentions: list[Mention], inside: list[Mention], name: str, start: int, acronym: str
) -> list[Mention]:
    """``mentions`` with those ``inside`` the name one organisation, and the mentions
    linked to its pieces or written as its acronym linked to it."""
    key = name_key(name)
    pieces = {m.entity_id for m in inside if m.type == ORG}
    whole = Mention(start, start + len(name), ORG, name, key, name)
    cut = {id(m) for m in inside}
    out: list[Mention] = []
    for m in mentions:
        if id(m) in cut:
            if m is inside[0]:
                out.append(whole)
        elif m.type == ORG and (m.entity_id in pieces or m.text == acronym):
            out.append(Mention(m.start, m.end, ORG, m.text, key, name))
        else:
            out.append(m)
    return out


def _name_start(text: str, end: int, acronym: str) -> int | None:
    """Where the name the acronym spells starts, its last word ending at ``end``; None
    where the words before ``end`` do not spell it."""
    lo = max(0, end - _REACH, text.rfind("\n", 0, end) + 1)  # not over a line break
    words = [(w.start() + lo, w.group()) for w in _WORD.finditer(text[lo:end])]
    k = len(acronym) - 1
    for i in range(len(words) - 1, -1, -1):
        at, word = words[i]
        if word.endswith(",") and i == len(words) - 1:
            return None  # the name ends at the bracket, not at a comma
        word = word.rstrip(",")
        if word.lower() in _SMALL and k < len(acronym) - 1:
            continue
        if not word[:1].isupper() or word[0] != acronym[k]:
            return None
        k -= 1
        if k < 0:
            return None if _place_owner(word) else at
    return None


def _place_owner(word: str) -> bool:
    """``word`` is a place's possessive ("Iran's" of "Iran's Meteorological Organization
    (IMO)"): the place owns the body, its name starts after it."""
    stem = word[:-2] if word.endswith(("'s", "’s")) else ""
    return bool(stem) and bool(load_gazetteer().candidates(fold_name(stem)))
