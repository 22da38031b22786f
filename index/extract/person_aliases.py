"""Another name of a person given in the same sentence: a stage name, a pen name, a name
in another language.

News names a performer, a writer or an elder by the name on the birth certificate and
then by the other name the person goes by, in the same sentence: "Dana Holt, a
singer who performs as Little Wren", "Omar Said, better known as DJ Orbit", "Ruth Kay,
whose Cree name is Sky Woman". Both names are read as people, and the later one, the
nearer to a following "he said" or "she says", takes the quotations that are the
first's. The other name is the same person: it is linked to the name printed in full
before it, and so is every mention linked to it.

The cue must stand right before the other name ("known as", "performs as", "goes by",
"nicknamed", "a.k.a.", "whose ... name is"), the full name must come earlier in the same
sentence, set off by a comma or a bracket (an apposition: "Mary Jones met a man known as
Big Tony" names two people), with no other person between, and the full name must be a
name of two words or more printed as such (not a short form linked to a longer name). A
name of the full name's own words ("Wang Li, known as Wang") is no other name.
"""

from __future__ import annotations

import re

from index.records import PERSON, Mention

#: The words that give another name of the person named before them, right before it.
_CUE = re.compile(
    r"(?:\b(?:(?:also|better|widely|popularly|commonly|affectionately) )?known as"
    r"|\bperforms? as|\bperforming as|\bgoes by(?: the name(?: of)?)?|\bgoing by"
    r"|\bnicknamed|\ba\.?k\.?a\.?|\bwhose [\w’'-]+(?: [\w’'-]+)? name is)"
    r"[ \t]+(?:the )?$",
    re.IGNORECASE,
)
#: How far back the cue is read, before the other name.
_CUE_REACH = 60
#: How far the other name may stand from the full name ("Dana Holt, a singer and
#: songwriter from the north who performs as ...").
_APPOSITION_REACH = 90
#: What ends a sentence between the full name and the other name.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“‘]|\n")


def with_person_aliases(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with a person's other name linked to the full name (module
    docstring)."""
    renamed: dict[str, Mention] = {}  # the other name's entity id -> the full name's
    for i, m in enumerate(mentions):
        if m.type != PERSON or not _CUE.search(text, max(0, m.start - _CUE_REACH), m.start):
            continue
        full = _full_name_before(mentions, i, text)
        if full is not None and m.entity_id != full.entity_id:
            renamed.setdefault(m.entity_id, full)
    if not renamed:
        return mentions
    return [_as(m, renamed[m.entity_id]) if m.entity_id in renamed else m for m in mentions]


def _full_name_before(mentions: list[Mention], i: int, text: str) -> Mention | None:
    """The person printed in full nearest before ``mentions[i]`` in its sentence, with no
    other person between, else None (read back from ``i``: no copy of the mentions
    before it for each other name)."""
    m = mentions[i]
    person = next((mentions[j] for j in range(i - 1, -1, -1) if mentions[j].type == PERSON), None)
    if person is None or m.start - person.end > _APPOSITION_REACH:
        return None
    between = text[person.end : m.start]
    if not between.startswith((",", " (")) or _SENTENCE_END.search(between):
        return None  # the other name in an apposition to the full name, not a clause's
    if " " not in person.text or person.text != person.name:
        return None  # a short form ("Moore") names no one for sure
    if set(m.text.split()) <= set(person.text.split()):
        return None  # the name's own words ("known as Wang") are a short form, no other name
    return person


def _as(m: Mention, full: Mention) -> Mention:
    return Mention(m.start, m.end, m.type, m.text, full.entity_id, full.name, m.country)
