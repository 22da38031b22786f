"""A programme named by its initials is no body.

Government programmes are written out with their initials in brackets and the word
"program" after them: "the Deferred Action for Childhood Arrivals (DACA) program",
"the Temporary Assistance for Needy Families (TANF) programme". The initials then
stand alone for the programme ("DACA recipients"), and the rules read them as an
organisation's; the words before the brackets are read as a body's or, cut, as a
person's ("Childhood Arrivals"). Initials in brackets followed by "program",
"programme" or "scheme" in small letters are a programme's throughout the article:
every organisation's or person's mention of them goes (unless a body's name ends before
the brackets: "the Small Business Administration (SBA) program" is a body's
programme), and the mention that ends right
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
#: A body's last word: "Administration", "Agency".
_BODY_HEADS = frozenset(
    """Administration Agency Department Bureau Service Office Commission Institute
    Institutes Foundation Council Organization Organisation Association Authority Board
    Corporation Ministry Centers Center Centre Fund Bank Union Society""".split()
)
#: Initials before the people a programme pays: "DACA recipients".
_PAID = re.compile(r"\b([A-Z]{2,8})[ \t]+(?:recipients|beneficiaries|enrollees)\b")


def without_programmes(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less a programme's initials and words (module docstring)."""
    found = list(_PROGRAMME.finditer(text)) if ") progr" in text or ") scheme" in text else []
    paid = (
        list(_PAID.finditer(text))
        if " recipients" in text or " benefic" in text or " enrollees" in text
        else []
    )
    if not found and not paid:
        return mentions
    opens = {f.start() for f in found}
    bodies = {f.group(1) for f in found if _body_before(mentions, f.start())}
    initials = {f.group(1) for f in found + paid} - bodies
    if not initials:
        return mentions
    ids = {m.entity_id for m in mentions if m.text in initials and m.type != PLACE}
    return [
        m
        for m in mentions
        if m.type == PLACE
        or not (m.entity_id in ids or m.text in initials or _before(m, text, opens))
    ]


def _body_before(mentions: list[Mention], opening: int) -> bool:
    """Whether a body's name ends right before the brackets that open at ``opening``:
    "the Small Business Administration (SBA) program" is a body's programme."""
    return any(
        m.end <= opening <= m.end + 1 and m.text.rsplit(None, 1)[-1] in _BODY_HEADS
        for m in mentions
    )


def _before(m: Mention, text: str, opens: set[int]) -> bool:
    """Whether the brackets of a programme's initials open right after ``m``."""
    rest = text[m.end : m.end + 3]
    return m.end + len(rest) - len(rest.lstrip(" \t")) in opens
