"""A surname read alone, and the mark before it that says whose it is.

Run by :func:`index.extract.name_repairs.repair` on a person read as a surname alone and
linked to no full name of its article (the archive may later count such a surname with
the one full name it knows for it: :mod:`index.store.surname_folds`):

* a given name's initial opening a list item before it ("M Blair (Edinburgh)" of a team
  sheet) is part of the name: "M Blair", one player, not whoever else bears the surname;
* a woman's title before it ("Mrs. Trump" of an article naming only "Donald John
  Trump") names her with the title: the surname alone would be his.
"""

from __future__ import annotations

import re

from index.extract.words_before import reach_back
from index.names import name_key
from index.records import PERSON, Mention

#: A given name's initial just before a surname read alone, as team sheets and lists
#: write them ("M Blair (Edinburgh)", "B. Douglas"); not "A" or "I", which are words.
#: The initial opens its line or follows a list's comma, semicolon, colon, bracket or
#: dash: not a name ("Cecil B DeMille", "L M Ericsson") or a word ("broker C Czarnikow").
_INITIAL_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[,;:(\-–])|(?<=[,;:(\-–] ))([B-HJ-Z])\.? $")


def initialled_surnames(mentions: list[Mention], text: str) -> list[Mention]:
    """A person read as a surname alone, with no full name in the article, right after a
    given name's initial is the initial and the surname ("M Blair", not "Blair"): it
    names one player of a team sheet, not whoever else bears the surname."""
    out: list[Mention] = []
    for m in mentions:
        initial = None
        if m.type == PERSON and m.text == m.name and " " not in m.text and m.start >= 2:
            initial = _INITIAL_BEFORE.search(text[reach_back(m.start, 6) : m.start])
        if initial is not None:
            start = m.start - len(initial.group(0))
            name = text[start : m.end]
            m = Mention(start, m.end, PERSON, name, name_key(name), name)
        out.append(m)
    return out


#: A woman's title right before a name, as written ("Mrs. ", "Ms ", "Miss ").
_WOMANS_TITLE = re.compile(r"(?:^|(?<=\s))(Mrs\.?|Ms\.?|Miss)[ \t]+$")


def titled_women(mentions: list[Mention], text: str) -> list[Mention]:
    """A person read as a surname alone, with no full name in the article, after a
    woman's title is named with the title ("Mrs. Trump" beside "Mr. Trump" of an article
    naming "Donald John Trump" only): the surname alone would be his."""
    out: list[Mention] = []
    for m in mentions:
        title = None
        if m.type == PERSON and m.text == m.name and " " not in m.text:
            title = _WOMANS_TITLE.search(text[reach_back(m.start, 8) : m.start])
        if title is not None:
            name = f"{title.group(1)} {m.text}"
            m = Mention(m.start, m.end, PERSON, m.text, name_key(name), name)
        out.append(m)
    return out
