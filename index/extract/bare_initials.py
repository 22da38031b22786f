"""A given name, a middle initial written without a full stop and a surname ("Jo K Hale",
"George W Bush", as some papers write them) are one person.

Run by :func:`index.extract.name_repairs.repair`: a person read as the given name alone
takes the initial and the surname after it; a given name and an initial read as a name
of their own ("Bruce L") take the surname after them; a name so written read as an
organisation is a person.
"""

from __future__ import annotations

import re

from index.extract.gazetteer import Gazetteer
from index.names import name_key
from index.records import ORG, PERSON, Mention

#: A middle initial written without a full stop, then a surname (" W Bush").
#: (A generational suffix may follow: :mod:`index.extract.name_suffixes` joins it.)
_SURNAME = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
#: A surname that ends the name: no capitalised word after it but a suffix.
_LAST_SURNAME = rf"({_SURNAME})\b(?!['’]?\s*(?!(?:Jr|Sr)\b)[A-Z])"
_BARE_INITIAL = re.compile(rf"\s([A-Z])\s{_LAST_SURNAME}")
_GIVEN_INITIAL = re.compile(rf"([A-Z][a-z]+) [A-Z] {_SURNAME}(?:,? (?:Jr|Sr)\.?)?")
#: A given name and an initial read as a name of their own ("Bruce L"), the surname after.
_GIVEN_AND_INITIAL = re.compile(r"([A-Z][a-z]+) [A-Z]")
_SURNAME_AFTER = re.compile(rf"\s{_LAST_SURNAME}")


def bare_initials(mentions: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """A given name, a middle initial with no full stop and a surname ("Jo K Hale", as
    some papers write it) are one person: a person read as the given name alone takes
    the rest, a name so written read as an organisation is a person."""
    out: list[Mention] = []
    taken = 0  # the end of the last name that took an initial and a surname
    for m in mentions:
        if m.start < taken:
            continue  # taken into the name before it
        spaced = " " in m.text  # both shapes hold a space: a one-word name skips the patterns
        whole = _GIVEN_INITIAL.fullmatch(m.text) if spaced else None
        short = _GIVEN_AND_INITIAL.fullmatch(m.text) if spaced else None
        if m.type == ORG and whole and whole.group(1) in gaz.given_names:
            m = Mention(m.start, m.end, PERSON, m.text, name_key(m.text), m.text)
        elif short and short.group(1) in gaz.given_names and m.type in (ORG, PERSON):
            rest = _SURNAME_AFTER.match(text, m.end)
            if rest is not None:
                end = rest.end()
                name = text[m.start : end]
                m = Mention(m.start, end, PERSON, name, name_key(name), name)
                taken = end
        elif m.type == PERSON and m.text == m.name and m.text in gaz.given_names:
            rest = _BARE_INITIAL.match(text, m.end)
            if rest is not None:
                end = rest.end()
                name = f"{m.text} {rest.group(1)} {rest.group(2)}"
                m = Mention(m.start, end, PERSON, text[m.start : end], name_key(name), name)
                taken = end
        out.append(m)
    return out
