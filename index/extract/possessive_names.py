"""Names holding a collective noun's possessive: "People's" and "Workers'" are words of them.

Parties, banks, armies and states of Asia and Africa are named with "People's" or
"Workers'" inside ("National People's Power", "People's Democratic Party", "Kenya People's
Union", "People's Liberation Army", "People's Republic of China", "Workers' Party of
Korea"). The tagger ends a name at a possessive, so such a name is read cut: its first
half alone ("National People"), its second half alone ("Republic of China", then taken
for Taiwan; "Liberation Army") or not at all. Here the capitalised words before the
noun (or the name the drafts end there), the noun with its possessive and the
capitalised words after it, with "of" or "of the" between them, up to a title's word
that opens a person's name ("Vietnam People's Army General Vo Nguyen Giap"), are one name:
the country the gazetteer knows by it ("People's Republic of China" is China), else a
body. The nouns are those that name a people or a class of people acting together
(People, Peoples, Workers, Farmers, Citizens), not "Women's" or "Children's", which open
competitions and wards as often ("Women's World Cup", "Children's Hospital"). A leading
article ("The") is no word of the name. Applied by
:func:`index.extract.recognise.recognise` to the merged drafts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.extract.chunks import TITLE_HEADS
from index.extract.gazetteer import COUNTRY, Gazetteer
from index.names import name_key

if TYPE_CHECKING:
    from index.extract.linking import Draft

_NOUN = re.compile(r"\b(People|Peoples|Workers|Farmers|Citizens)(?:['’]s|['’])(?=[ \t]+[A-Z])")
_AFTER = re.compile(r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w-]*)+")
_WORD = re.compile(r"[A-Za-z][\w-]*")
_BEFORE = re.compile(r"(?:[A-Z][\w-]*[ \t]+(?:and[ \t]+(?=[A-Z]))?)+\Z")
_NOUNS = ("People", "Workers", "Farmers", "Citizens")
_ARTICLES = frozenset("The A An This That These Its Their His Her Our".split())
PLACE, ORG = "PLACE", "ORG"


def join_possessive_names(text: str, drafts: list[Draft], gaz: Gazetteer) -> None:
    """The names so cut, made whole in ``drafts`` (in place, kept in text order)."""
    if not any(noun in text for noun in _NOUNS):
        return
    for match in _NOUN.finditer(text):
        end = _end(text, match.end())
        if end > match.end():
            start = _start(text, match.start(), match.end(1), drafts)
            _replace(drafts, _whole(text, start, end, gaz))


def _end(text: str, after: int) -> int:
    """Where the name's words after the possessive end: the capitalised run, cut before
    a title's word that opens a person's name ("Vietnam People's Army General Vo
    Nguyen Giap")."""
    run = _AFTER.match(text, after)
    if run is None:
        return after
    end = after
    for word in _WORD.finditer(run.group()):
        if word.group().lower() in TITLE_HEADS and end > after:
            break
        end = after + word.end()
    return end


def _start(text: str, noun: int, noun_end: int, drafts: list[Draft]) -> int:
    """Where the name holding the noun at ``noun`` opens: the first capitalised word of
    the run before it, "and" between two ("Transport and General Workers' Union"; not
    "of": "Gary Chan of DAB and Eunice Yung of New People's Party"), no article, or a
    draft's start that ends with the noun if earlier."""
    opening = noun
    for draft in drafts:
        if draft.end == noun_end and draft.start <= noun:
            opening = draft.start
    before = _BEFORE.search(text, max(0, noun - 60), noun)
    if before is None or before.start() >= opening:
        return opening
    start = before.start()
    for word in before.group().split():
        if word not in _ARTICLES:
            break
        start = text.index(word, start) + len(word) + 1
    return start


def _whole(text: str, start: int, end: int, gaz: Gazetteer) -> Draft:
    from index.extract.linking import Draft  # it builds on Draft: imported late

    surface = text[start:end]
    draft = Draft(start, end, ORG, surface, tuple(surface.split()), name_key(surface), surface)
    place = gaz.resolve_key(surface)
    if place is not None and place.kind == COUNTRY:
        draft.type, draft.entity_id, draft.name = PLACE, place.entity_id, place.name
        draft.country, draft.kind = place.cc, place.kind
    return draft


def _replace(drafts: list[Draft], whole: Draft) -> None:
    """``whole`` in the place of the drafts it overlaps."""
    kept = [d for d in drafts if d.end <= whole.start or d.start >= whole.end]
    at = sum(1 for d in kept if d.start < whole.start)
    drafts[:] = kept[:at] + [whole] + kept[at:]
