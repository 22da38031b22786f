"""A person's full name the recogniser read as an organisation or a place.

A name of two capitalised words whose given name the name lists lack ("Tomoko Sato", "Zoltan
Brask") may be read as a body or a place. The article says it is a person, in two ways:

- an apposition that describes a person by a role only people hold: "Tomoko Sato, the
  director of the city's museum, said", "Zoltan Brask, senior economist at ...";
- the article calls the person by the last word of a name of two words alone, which it
  reads as a person: "Anik Tulugaq opened the store ... Tulugaq, 40, says".

Such a mention, and every mention of its entity, is a person. Left alone: a name holding an
organisation's word ("Acme Holdings"), an organisation the gazetteer knows, a place it
knows ("Jackson Hole", though "Jackson" be a person of the article), a name of one word
or of more than three, a name whose words before the last hold a common word (an office
run into a name, "Defence Ann Roe": the name is not where the mention starts).
"""

from __future__ import annotations

import re

from index.extract.gazetteer import load_gazetteer
from index.extract.people import has_org_word, known_org
from index.names import name_key
from index.records import ORG, PERSON, PLACE, Mention

#: Roles only a person holds, heading an apposition after a name.
_ROLES = (
    "director|spokesman|spokeswoman|spokesperson|analyst|economist|professor|researcher|"
    "lawyer|chairman|chairwoman|councillor|councilor|councilwoman|councilman|teacher|"
    "adviser|advisor|strategist|consultant|ambassador|commissioner|treasurer|coordinator|"
    "co-ordinator|curator|principal|lecturer|scientist|historian|founder"
)
#: A comma, an article, at most two words of qualification and the role.
_APPOSED_ROLE = re.compile(
    rf",\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?:{_ROLES})\b(?!['’])"
    r"(?!\s+(?:said|says|told|added|noted|wrote)\b)"  # not 'X, the director said, grew'
)
#: A name of two or three capitalised words, letters and hyphens only.
_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2}")


def with_apposed_people(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with people misread as bodies or places made people (module
    docstring)."""
    lone = {m.text for m in mentions if m.type == PERSON and " " not in m.text}
    people: dict[str, str] = {}  # entity id -> the person's name
    for m in mentions:
        # what _a_person needs, asked inline first (most mentions fail it): several words,
        # and an apposition's comma right after them or their last word a lone person's
        if (
            m.type in (ORG, PLACE)
            and " " in m.text
            and (text.startswith(",", m.end) or m.text.rpartition(" ")[2] in lone)
            and m.entity_id not in people
            and _a_person(m, text, lone)
        ):
            people[m.entity_id] = m.text
    if not people:
        return mentions
    return [_person(m, people[m.entity_id]) if m.entity_id in people else m for m in mentions]


def _a_person(m: Mention, text: str, lone: set[str]) -> bool:
    """``m`` is a name (no body's, no known place's) the article marks as a person's."""
    if not _NAME.fullmatch(m.text) or has_org_word(tuple(m.text.split())):
        return False
    words = m.text.split()
    apposed = _APPOSED_ROLE.match(text, m.end) is not None
    if not apposed and (len(words) > 2 or words[-1] not in lone):
        return False
    gaz = load_gazetteer()
    if any(w.lower() in gaz.common_words for w in words[:-1]):
        return False  # an office's or a body's word before a name ("Defence Ann Roe")
    if m.country or known_org(m.text, gaz) or gaz.places_for_key(name_key(m.text)):
        return False
    return True


def _person(m: Mention, name: str) -> Mention:
    return Mention(m.start, m.end, PERSON, m.text, name_key(name), name)
