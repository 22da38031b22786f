"""A name the article writes as a body's (a party's, a movement's, a newspaper's) is that
body, not a person or a place.

The press of every country names its parties, movements and newspapers in their own
language ("Jamaat-e-Islami", "Inqilab Moncho", "Prothom Alo", "Podujana Peramuna"), names
that carry no organisation word the rules know, so the tagger read them as people or as
places linked to no country: the person and place facets held parties.

- A person, or a place linked to no country, that the article writes the way only a
  body is written (in any mention, one read as an organisation too) is that body, an
  organisation, in every mention of the article:
  with its members or organs after it ("Jamaat leaders", "the Moncho's activists",
  "Prothom Alo reporters", "X's student wing", "X's central committee", "X's
  secretary general"), after a member's or an officer's title and "of" ("the convener of
  X", "leaders and activists of X", "president of X"), after "alliance with",
  "seat-sharing with" or "an alliance led by", or listed among parties ("parties
  including X", "X and its allies", "X and eight like-minded parties"), or between an
  ordinal that numbers a body's terms and its election or session ("the 13th Jatiya
  Sangsad election", "the 17th Lok Sabha session"; not "the 14th Dalai Lama").
- Not a name that opens with a given name ("John Smith"), nor one the article also gives a
  person in full ("Smith" beside "John Smith"), nor
  one after a personal title ("President Smith"), nor one followed by "family",
  "administration" or "campaign" (a person's: "members of the Smith family").

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.extract.gazetteer import load_gazetteer
from index.records import ORG, PERSON, PLACE, Mention

#: A body's members or organs right after its name.
_MEMBERS_AFTER = re.compile(
    r"(?:['’]s?)?[ \t]+(?:(?:central|district|city|local|senior|top|grassroots)[ \t]+)?"
    r"(?i:leaders|activists|cadres|members|rank[ \t]+and[ \t]+file|reporters|"
    r"correspondents|student[ \t]+wing|youth[ \t]+wing|women's[ \t]+wing|"
    r"(?:central|standing|executive|working|steering)[ \t]+committee|"
    r"(?:joint[ \t]+|assistant[ \t]+|deputy[ \t]+)?(?:secretary[ \t-]+general|"
    r"general[ \t]+secretary|member[ \t]+secretary)|naib-e-ameer|ameer)\b"
)
#: A member's or an officer's title and "of" right before a body's name.
_MEMBER_OF_BEFORE = re.compile(
    r"\b(?i:leaders|activists|cadres|members|convener|convenor|ameer|secretary[ \t-]+general|"
    r"general[ \t]+secretary|central[ \t]+committee|student[ \t]+wing)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?\Z"
)
#: An alliance with it, or a list of parties it is in, before its name.
_ALLY_BEFORE = re.compile(
    r"\b(?:alliance|seat-sharing(?:[ \t]+(?:deal|arrangement|talks))?|electoral[ \t]+pact|"
    r"electoral[ \t]+understanding)[ \t]+with[ \t]+\Z|\bparties,?[ \t]+including[ \t]+\Z|"
    r"\b(?:alliance|coalition|front|bloc)[ \t]+led[ \t]+by[ \t]+\Z"
)
#: A body's term by its number, and its election or session after the name: "the 13th
#: Jatiya Sangsad election", "the 10th National Assembly (parliament) session".
_ORDINAL_BEFORE = re.compile(r"\b[Tt]he[ \t]+\d{1,3}(?:st|nd|rd|th)[ \t]+\Z")
#: The words the cues before a name end with, and an ordinal's ends.
_LAST_BEFORE = frozenset("of the with including by".split())
_ORDINAL_ENDS = frozenset("st nd rd th".split())
#: The cues before a name, one search: a member's title and "of", an alliance, an ordinal.
_BEFORE = re.compile(
    rf"(?P<member>{_MEMBER_OF_BEFORE.pattern})|(?P<ally>{_ALLY_BEFORE.pattern})"
    rf"|(?P<ordinal>{_ORDINAL_BEFORE.pattern})"
)
_TERM_AFTER = re.compile(
    r"[ \t]+(?:\([^()\n]{1,40}\)[ \t]+)?(?:elections?|polls|session|sitting|term)\b"
)
#: Its allies after its name: "X and its allies", "X and eight like-minded parties".
_ALLIES_AFTER = re.compile(
    r"[ \t]+and[ \t]+(?:its|their)[ \t]+(?:allies|partners|like-minded[ \t]+parties)\b"
    r"|[ \t]+and[ \t]+(?:\w+[ \t]+)?(?:other|like-minded)[ \t]+parties\b"
)
#: The cues after a name, one match: its members or organs, its allies.
_AFTER = re.compile(rf"{_MEMBERS_AFTER.pattern}|{_ALLIES_AFTER.pattern}")
#: What makes a name a person's after all: "the Smith family", "the Smith administration".
_PERSONAL_AFTER = re.compile(r"[ \t]+(?:family|administration|campaign|era)\b")
_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|President|Prime\s+Minister|Minister|Senator|Judge|Sheikh|"
    r"Begum|Maulana)\.?[ \t]+\Z"
)
_REACH = 40  # characters looked at before a name


def bodies_by_cues(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with names the article writes as bodies' made organisations (module
    docstring)."""
    read = [m for m in mentions if m.type == PERSON or (m.type == PLACE and m.country is None)]
    if not read:
        return mentions
    given = load_gazetteer().given_names
    names = {m.text for m in read if not _named_person(m.text, given)}
    cued = {m.text for m in mentions if m.text in names and _body_cue(m, text)}
    if not cued:
        return mentions
    cued -= _personal(cued, mentions, text)
    if not cued:
        return mentions
    bodies = {m.text: m.entity_id for m in mentions if m.type == ORG}
    return [
        replace(m, type=ORG, entity_id=bodies.get(m.text, m.entity_id), country=None)
        if m.text in cued and _read_as(m)
        else m
        for m in mentions
    ]


def _read_as(m: Mention) -> bool:
    return m.type == PERSON or (m.type == PLACE and m.country is None)


def _named_person(name: str, given: frozenset[str]) -> bool:
    """A name of several words opening with a given name ("John Smith"): a person's,
    whatever is written around it (its cues are not read)."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first in given


def _body_cue(m: Mention, text: str) -> bool:
    if _AFTER.match(text, m.end):
        return not _PERSONAL_AFTER.match(text, m.end)
    last = text[max(0, m.start - 12) : m.start].rsplit(None, 1)[-1:]
    if not last or (last[0] not in _LAST_BEFORE and last[0][-2:] not in _ORDINAL_ENDS):
        return False  # the pre-check: no cue ends with this word
    found = _BEFORE.search(text, max(0, m.start - _REACH), m.start)
    if found is None:
        return False
    return found.lastgroup != "ordinal" or _TERM_AFTER.match(text, m.end) is not None


def _personal(names: set[str], mentions: list[Mention], text: str) -> set[str]:
    """Those of ``names`` the article shows as a person's: a person it names in full ends
    or opens with it, or a personal title stands before it, or "family" after it (one
    pass over the mentions)."""
    parts: set[str] = set()  # the words a person's full name opens or ends with
    personal: set[str] = set()
    for m in mentions:
        if m.type == PERSON and m.text not in names:
            words = m.text.split()
            for k in range(1, len(words)):
                parts.update((" ".join(words[k:]), " ".join(words[:k])))
        elif m.text in names:
            before = text[max(0, m.start - _REACH) : m.start]
            if _TITLE_BEFORE.search(before) or _PERSONAL_AFTER.match(text, m.end):
                personal.add(m.text)
    return personal | (names & parts)
