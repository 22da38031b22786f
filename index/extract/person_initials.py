"""A person's initials after the name: the person's short name, no body's.

The acronym step of :mod:`index.extract.linking` reads the capitals in brackets after a
name ("Kestrel Holdings (KH)") as the body's acronym, and a name the tagger read as a
person whose initials fit them as a body's misread ("Goldman Sachs (GS)"). The press of
South Asia and Africa writes its politicians' initials so ("Anura Kumara Dissanayake
(AKD)", "Ranil Wickremesinghe (RW)", "Raila Amolo Odinga (RAO)") and names them by those
letters afterwards, or writes them after "or" ("President Anura Kumara Dissanayake or
AKD"): a person's initials are no organisation's acronym. The name stays a person and its
letters, in brackets or after "or", stand for the person when they fit the name's
initials and the name, read as a person, has no organisation word nor a common word
after its first ("Royal Air Force (RAF)" is a body), and one of these says it is a
person's:

* a title comes right before it ("President Anura Kumara Dissanayake (AKD)");
* the article names the person by the surname alone elsewhere, not read as a body
  ("Wickremesinghe said", which the drafts may still hold as an unknown place).

A company's name read as a person (the tickers of wire copy: "Goldman Sachs (GS)") meets
neither, so is still the body. A given name first is no cue: the dictionary holds "Ku"
and "Royal" ("Ku Klux Klan (KKK)", found in the mention diff).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.extract.chunks import TITLE_HEADS
from index.extract.gazetteer import load_gazetteer
from index.extract.people import has_org_word
from index.extract.titled_surnames import word_before

if TYPE_CHECKING:
    from index.extract.linking import Draft

PERSON, ORG = "PERSON", "ORG"
_INITIALS_AFTER = re.compile(r"\s*\(([A-Z]{2,5})\)|[ \t]+or[ \t]+([A-Z]{2,5})\b")


def person_acronym(draft: Draft, drafts: list[Draft], text: str) -> str | None:
    """The initials written after ``draft`` ("(AKD)", "or AKD") when they are a
    person's, else None."""
    if draft.type != PERSON or len(draft.tokens) < 2:
        return None
    match = _INITIALS_AFTER.match(text, draft.end)
    if match is None:
        return None
    initials = match.group(1) or match.group(2)
    letters = "".join(t[0] for t in draft.tokens if t[:1].isupper())
    if letters != initials:
        return None
    return initials if person_initials(draft, drafts, text) else None


def person_initials(draft: Draft, drafts: list[Draft], text: str) -> bool:
    """``draft``, a name before capitals in brackets that its initials fit, is a
    person's, by the cues above."""
    tokens = draft.tokens
    if draft.type != PERSON or len(tokens) < 2 or has_org_word(tokens):
        return False
    gaz = load_gazetteer()
    if any(t.lower() in gaz.common_words for t in tokens[1:]):
        return False  # "Royal Air Force (RAF)": common words after the first
    if word_before(text, draft.start) in TITLE_HEADS:
        return True
    surname = tokens[-1]
    return any(d.text == surname and d.type != ORG and d is not draft for d in drafts)
