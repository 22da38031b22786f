"""A party's name run into a member's title ("Labour MP", "Labour MP Diane Abbott") is
the party, and the person after the title.

British and other parliamentary copy writes a member with the party and the title before
the name ("Labour MP Eric Joyce", "a Conservative MEP", "SNP MSP Alex Neil"). The rules
read the run of capitalised words as one organisation, title and person included. The
title ends the party's name; a name after it is the member's. A party and a plural title
read as a person ("Tory MPs have announced") is a group: the party.
"""

from __future__ import annotations

import re

from index.names import name_key
from index.records import ORG, PERSON, Mention

#: Titles of members of a parliament or an assembly, written after their party.
_MEMBER_TITLES = frozenset("MP MPs MEP MEPs MSP MSPs MLA MLAs MPP MPPs".split())
_GROUP_TITLES = frozenset(t for t in _MEMBER_TITLES if t.endswith("s"))
_WORD = re.compile(r"\S+")


def with_party_members(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with each party and member title (module docstring) cut apart."""
    if not any(" M" in m.text and _cuttable(m) for m in mentions):
        return mentions
    found: list[Mention] = []
    for m in mentions:
        found.extend(_cut(m) if " M" in m.text and _cuttable(m) else (m,))
    return found


def _cuttable(m: Mention) -> bool:
    """An organisation, or a person read on a party and a plural title ("Tory MPs"): a
    group is no person."""
    if m.type == ORG:
        return True
    return m.type == PERSON and m.text.rsplit(" ", 1)[-1] in _GROUP_TITLES


def _cut(m: Mention) -> list[Mention]:
    words = list(_WORD.finditer(m.text))
    title = next((w for w in words[1:] if w.group() in _MEMBER_TITLES), None)
    if title is None:
        return [m]
    party = m.text[: title.start()].rstrip()
    pieces = [Mention(m.start, m.start + len(party), ORG, party, name_key(party), party)]
    person = m.text[title.end() :].strip()
    if person[:1].isupper():
        start = m.start + m.text.index(person, title.end())
        pieces.append(Mention(start, start + len(person), PERSON, person, name_key(person), person))
    return pieces
