"""A name given to a thing ("a drug called Tarceva", "software called HHS Protect") is no
person's or body's.

News introduces a product, a system, a drug or a programme by its kind and a verb of
naming: "a drug called Activase", "a web-based tool called EdgeScape", "a piece of
software called HHS Protect", "a program known as DACA", "a game called Worldopoly". The
tagger reads the name as a person's or an organisation's, or only its first word ("HHS"
of "HHS Protect", which the department's value then holds). A mention right after such a
kind and "called", "named", "dubbed", "known as", "titled" or "entitled" (a quotation
mark between allowed) goes, and so does every other mention of the article that the same
capitalised words open ("HHS Protect was developed by ...").

A website's or a site's name is left: a website is a body, and "a site called Bacho Kiro"
is a place.
"""

from __future__ import annotations

import re

from index.records import PLACE, Mention

#: The kinds of thing a name is given to.
_KINDS = (
    "software|app|application|tool|system|platform|program|programme|project|initiative|"
    "database|game|device|robot|drone|vehicle|vaccine|drug|medicine|product|feature|"
    "technology|chatbot|algorithm|operation"
)
_NAMED_BEFORE = re.compile(
    rf"\b(?:{_KINDS})s?,?\s+(?:called|named|dubbed|known\s+as|titled|entitled)\s+[\"“']?$"
)
#: The verbs of naming, as a name's window ends with them.
_VERB_WORDS = ("called", "named", "dubbed", "as", "titled", "entitled")
#: The capitalised words of a name from where it starts.
_NAME = re.compile(r"[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*(?:[ \t]+[A-Z0-9][\w&'’-]*(?:\.[\w&'’-]+)*)*")


def without_named_things(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the names given to things and their other mentions (module
    docstring)."""
    if not any(verb in text for verb in _VERB_WORDS):
        return mentions  # string tests first: many texts hold no verb of naming
    names = {_name(m, text) for m in mentions if m.type != PLACE and _given(m, text)}
    if not names:
        return mentions
    return [m for m in mentions if m.type == PLACE or _name(m, text) not in names]


def _given(m: Mention, text: str) -> bool:
    before = text[max(0, m.start - 60) : m.start]
    if not before.rstrip("\"“' \t\n").endswith(_VERB_WORDS):
        return False  # a string test first: most names follow no verb of naming
    return _NAMED_BEFORE.search(before) is not None


def _name(m: Mention, text: str) -> str:
    """The run of capitalised words ``m`` opens ("HHS Protect" for "HHS")."""
    found = _NAME.match(text, m.start)
    return found.group() if found else m.text
