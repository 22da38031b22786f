"""A street, road, bridge or park named after a person is no mention of the person.

Towns name streets and parks after people ("Martin Luther King Way", "Cesar Chavez
Boulevard", "Edmund Pettus Bridge"), and some parks' names read as a person's ("Denny
Park"). The tagger reads the person in them, or the whole name as a person's. So a
person's mention goes where:

* a street's word follows it right away ("Way", "Street", "Avenue", "Boulevard",
  "Drive", "Road", "Parkway", "Highway", "Bridge", "Plaza"; "Street" after a comma is
  no street's: "Smith, Street and Co"); a mention of that word alone goes with it;
* its own last word is a street's that no surname is ("Way", "Avenue", "Boulevard",
  "Drive", "Road", "Parkway", "Highway", "Plaza": "Cesar Chavez Way");
* its last word is "Street", "Park", "Square", "Lane" or "Bridge" (words that are
  surnames too: "Grace Park", "Picabo Street") and a preposition of place stands right
  before it ("gathered at Denny Park", "marched from Kelly Square"; not "to", which
  people are spoken to).

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.records import PERSON, Mention

_STREETS = frozenset("Way Avenue Ave Boulevard Blvd Drive Road Parkway Highway Plaza".split())
_SURNAME_STREETS = frozenset("Street Park Square Lane Bridge".split())
_STREET_WORDS = _STREETS | _SURNAME_STREETS
#: A street's word right after a name: "Martin Luther King Way", "Pettus Bridge".
_STREET_AFTER = re.compile(
    r"[ \t]+(?:Way|Street|St\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Drive|Road|Parkway|Highway"
    r"|Bridge|Plaza)\b(?![\w'’-])"
)
#: A preposition of place right before a name.
_PLACE_BEFORE = re.compile(
    r"\b(?:[Aa]t|[Ff]rom|[Ii]n|[Nn]ear|[Oo]n|[Aa]long|[Dd]own|[Tt]hrough|[Ii]nto|[Aa]cross"
    r"|[Oo]utside|[Ii]nside|[Oo]nto)[ \t]+(?:the[ \t]+)?\Z"
)
_REACH = 12


def without_street_names(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less people's names read in a street's or a park's (module
    docstring)."""
    out: list[Mention] = []
    street_end = -1
    for m in mentions:
        if m.start < street_end and m.text.split()[0] in _STREET_WORDS:
            continue  # the street's word read alone
        if m.type != PERSON:
            out.append(m)
            continue
        after = _STREET_AFTER.match(text, m.end)
        if after is not None:
            street_end = after.end()
            continue
        if not _street(m, text):
            out.append(m)
    return out


def _street(m: Mention, text: str) -> bool:
    last = m.text.rsplit(None, 1)[-1] if " " in m.text else ""
    if last in _STREETS:
        return True
    return (
        last in _SURNAME_STREETS
        and _PLACE_BEFORE.search(text, max(0, m.start - _REACH), m.start) is not None
    )
