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

An agreement or a plan named by its head noun is no body either: a name of two words or
more read as an organisation's or a person's whose last word is "Agreement", "Accord",
"Pact", "Treaty", "Protocol", "Scheme", "Strategy" or "Plan" ("the Tarn Peace
Agreement", "the National Tarn Strategy", "commitments under the Tarnfield Accord"), or
that stands right before "agreement", "pact", "treaty", "accord" or "trade deal" in
small letters ("the Elmshore Economic Partnership agreement"), names no one who acts. Its
mentions go, and so do its initials where the article writes them in brackets or before
such a noun ("(EEP)", "the EEP pact"), unless a word of the name is a body's ("Tarn
Union Strategy", "Tarn Institute for Strategy"), the shipped list of organisations holds
it, or the article uses it as a body ("the Tarn Strategy said", "the Tarn Scheme's
director"). "Initiative" and "Programme" are left: as many bodies are named so ("the
Clinton Global Initiative", "the World Food Programme") as plans
(:func:`without_agreements`). So, read as an organisation's only, is a name
whose head noun is a policy's, a procedure's or a legal regime's ("Elm Ownership
Disclosure", "Private Notice Question", "State of Exception"), an event's ("Universal
Exposition", "Global Conference", "Davis Cup") or a natural or built place's ("Elmvale
Volcano National Park", "Elmford Bypass Road", "Tarn Stadium"): no body's name ends
so, and a body named after such a place carries a body's word ("Tarn Airport
Authority"); "the Southern Rivers Conference said" is a body, as above.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.extract.gazetteer import load_gazetteer
from index.extract.people import ORG_WORDS, known_org
from index.records import ORG, PLACE, Mention

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


#: Head nouns of an agreement's, a plan's or a programme's name.
_AGREEMENT_HEADS = frozenset(
    "Agreement Agreements Accord Accords Pact Treaty Protocol Scheme Strategy Plan".split()
)
#: Head nouns of other names that are no body's (read like an agreement's): a policy, a
#: procedure or a legal regime ("Beneficial Ownership Disclosure", "Private Notice
#: Question", "State of Exception"); an event ("Universal Exposition", "Global
#: Conference", "Davis Cup"); a natural or built place ("Tarn Volcano National Park",
#: "Elm Bypass Road", "Tarn Cays", "Elmfield Stadium"). No body's name ends so; a body
#: named after one carries a body's word after it ("Tarn Airport Authority"). Read as an
#: organisation only: a person may be named so ("Nick Park").
_OTHER_HEADS = frozenset(
    """Disclosure Question Exception Exposition Conference Cup Championship
    Championships Tournament Gala Olympics Park Volcano Island Islands Cays Road Bypass
    Highway Bridge Airport Stadium Sea Coast Lake River Beach Mountains""".split()
)
#: An agreement's noun in small letters right after a name: "the Tarn Partnership pact".
_NOUN_AFTER = r"[ \t]+(?:agreement|pact|treaty|accord|trade deal)s?\b"
_AGREEMENT_AFTER = re.compile(_NOUN_AFTER)
#: A word in brackets, and a word before an agreement's noun: where initials stand.
_BRACKETED = re.compile(r"\((\w+)\)")
_WORD_BEFORE_NOUN = re.compile(r"\b(\w+)" + _NOUN_AFTER)
#: Words of a body's name before such a head ("Development Program" of the United
#: Nations), besides the organisation words of :mod:`index.extract.people`.
_BODY_WORDS = (
    ORG_WORDS
    | {w.lower() for w in _BODY_HEADS}
    | frozenset("nations institution forum agencies ministries school".split())
)
#: A body's doing right after its name: "said", "'s director".
_AS_BODY = re.compile(
    r"(?:['’]s?)?[ \t]+(?:said|says|announced|told|spokes\w+|chief|director|head|chairman|"
    r"chairwoman|chair|president|staff|members?|executive|secretariat|officials?)\b"
)


def without_agreements(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less agreements', plans' and programmes' names, their linked
    mentions and their initials (module docstring)."""
    heads = [m for m in mentions if m.type != PLACE and _agreement(m, text)]
    if not heads:
        return mentions
    gaz = load_gazetteer()
    ids = {m.entity_id for m in heads if known_org(m.text, gaz) is None}
    ids -= {m.entity_id for m in mentions if _AS_BODY.match(text, m.end)}
    if not ids:
        return mentions
    initials = {_initials(m.text) for m in heads if m.entity_id in ids} & _written_initials(text)
    return [
        m
        for m in mentions
        if m.type == PLACE
        or not ((m.entity_id in ids and _agreement(m, text)) or m.text in initials)
    ]


def _written_initials(text: str) -> set[str]:
    """The words the article writes in brackets ("(EEP)") or right before an agreement's
    noun ("the EEP pact"): where initials stand for a name. One reading of the text,
    not one per name's initials (linear in the article)."""
    bracketed = set(_BRACKETED.findall(text))
    return bracketed | {found.group(1) for found in _WORD_BEFORE_NOUN.finditer(text)}


def _agreement(m: Mention, text: str) -> bool:
    """``m`` is of two words or more, holds no body's word, and ends with an agreement's
    head noun or stands before one in small letters ("the Tarn Partnership pact")."""
    words = m.text.split()
    if len(words) < 2 or any(w.lower().rstrip(".") in _BODY_WORDS for w in words[:-1]):
        return False
    if words[-1] in _AGREEMENT_HEADS:
        return True
    if words[-1] in _OTHER_HEADS:
        return m.type == ORG  # a person may be so named ("Nick Park")
    last = words[-1].lower().rstrip(".")
    return last not in _BODY_WORDS and _AGREEMENT_AFTER.match(text, m.end) is not None


def _initials(name: str) -> str:
    """The initials of the capitalised words of ``name`` ("ERI" of "Elm and Road
    Initiative")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())
