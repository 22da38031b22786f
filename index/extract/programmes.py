"""A programme named by its initials is no body.

Government programmes are written out with their initials in brackets and the word
"program" after them: "the Deferred Action for Childhood Arrivals (DACA) program",
"the Temporary Assistance for Needy Families (TANF) programme". The initials then
stand alone for the programme ("DACA recipients"), and the rules read them as an
organisation's; the words before the brackets are read as a body's or, cut, as a
person's ("Childhood Arrivals"). Initials in brackets followed by "program",
"programme" or "scheme" in small letters are a programme's throughout the article:
every organisation's or person's mention of them goes, and the mention that ends right
before the brackets (the programme's words, whole or cut) goes with them. Initials in
capitals right before "recipients", "beneficiaries" or "enrollees" are a programme's
too ("DACA recipients", "SNAP beneficiaries"): a body has members, not recipients.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.records import PLACE, Mention

#: Initials in brackets before "program": "(DACA) program".
_PROGRAMME = re.compile(r"\(([A-Z][A-Za-z&-]{1,9})\)[ \t]+(?:program|programme|scheme)s?\b")
#: Initials before the people a programme pays: "DACA recipients".
_PAID = re.compile(r"\b([A-Z]{2,8})[ \t]+(?:recipients|beneficiaries|enrollees)\b")


def without_programmes(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less a programme's initials and words (module docstring)."""
    found = list(_PROGRAMME.finditer(text)) if ") progr" in text or ") scheme" in text else []
    paid = list(_PAID.finditer(text)) if " recipients" in text or " benefic" in text else []
    if not found and not paid:
        return mentions
    initials = {f.group(1) for f in found + paid}
    opens = {f.start() for f in found}
    ids = {m.entity_id for m in mentions if m.text in initials and m.type != PLACE}
    return [
        m
        for m in mentions
        if m.type == PLACE
        or not (m.entity_id in ids or m.text in initials or _before(m, text, opens))
    ]


def _before(m: Mention, text: str, opens: set[int]) -> bool:
    """Whether the brackets of a programme's initials open right after ``m``."""
    rest = text[m.end : m.end + 3]
    return m.end + len(rest) - len(rest.lstrip(" \t")) in opens
