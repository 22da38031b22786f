"""A radio or television station named by its name's shape is a body, no person or place.

Stations name themselves with a word of their kind: "Bead FM", "Joy FM 99.7", "Metro TV",
"Asaase Radio", "Radio Gold". Pages carry a network's list of its stations ("Affiliates:
Bawku FM 101.5, Somuaa FM 89.9 (Gushegu), ..."), so a station read as two capitalised
words became a person ("Somuaa FM"), and a town's name before "FM" a mention of the town
("Bawku" of "Bawku FM") while "FM" alone was left a body of its own.

- A person or a place whose name closes with "FM", "TV" or "Radio", or opens with
  "Radio" and another word, is the station, a body.
- A country's name before the kind's word is the country's radio or television, no
  station ("US TV", "on UK radio"), as a place's name before "TV" or "Radio" is ("Denver
  TV") and a common word ("All TV", "Mobile TV"); "FM" is a station's after any other.
- A place right before " FM" (a word of its own) is the first word of the station's
  name: the whole is the station, and a mention of "FM" alone goes; "FM" or "TV" alone
  after a capitalised word is the station named by both. A person's name before "TV"
  is left ("a Kiefer Sutherland TV drama").

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from index.extract.gazetteer import COUNTRY, WORLD, load_gazetteer
from index.names import fold_text, name_key
from index.records import ORG, PERSON, PLACE, Mention

#: A station's name by its shape: closing with its kind's word, or "Radio" and a name.
_STATION = re.compile(r"\A(?:[A-Z][\w'’.&-]*\s+){1,3}(?:FM|TV|Radio)\Z|\ARadio\s+[A-Z][a-z]")
#: How a station's name ends.
_ENDS = (" FM", " TV", " Radio")
#: A station's kind's word, a body alone.
_KINDS = frozenset(("FM", "TV"))
#: A capitalised word right before a mention (the station's own name before "FM").
_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]+\Z")
#: The kind's word right after a name, as a word of its own.
_KIND_AFTER = re.compile(r"[ \t]+FM(?![\w'’-])")


def stations_as_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with stations named by their shape read as bodies (module docstring)."""
    if " FM" not in text and " TV" not in text and "Radio" not in text:
        return mentions
    fm = " FM" in text
    out: list[Mention] = []
    drop_from = -1
    for m in mentions:
        if m.start < drop_from:
            continue  # the kind's word alone, now inside the station's name
        if m.type != PERSON and m.type != PLACE:
            last = out[-1].end if out else 0
            out.append(_named_kind(m, text, last) if m.text in _KINDS else m)
        elif _shaped(m.text):
            out.append(m if _place_or_word(m.text) else _station(m, m.end, text))
        elif m.type == PLACE and fm and (after := _KIND_AFTER.match(text, m.end)) is not None:
            if _country(m.text):
                out.append(m)
                continue
            out.append(_station(m, after.end(), text))
            drop_from = after.end()
        else:
            out.append(m)
    return out


def _shaped(surface: str) -> bool:
    """Whether ``surface`` has a station's name's shape (tested cheaply first)."""
    return (surface.endswith(_ENDS) or surface.startswith("Radio ")) and _STATION.search(
        surface
    ) is not None


def _named_kind(m: Mention, text: str, last: int) -> Mention:
    """ "FM" alone after a capitalised word (no other mention's) is the station named by
    both ("Bead FM")."""
    before = _WORD_BEFORE.search(text, max(last, m.start - 40), m.start)
    if before is None or _place_or_word(text[before.start() : m.end]):
        return m
    return _station(replace(m, start=before.start()), m.end, text)


@lru_cache(maxsize=1024)
def _country(surface: str) -> bool:
    """Whether ``surface`` names a country first ("US" of "US TV": the country's
    television, no station)."""
    found = load_gazetteer().candidates(fold_text(surface.strip()))
    return bool(found) and found[0].place.kind in (COUNTRY, WORLD)


@lru_cache(maxsize=1024)
def _place_or_word(surface: str) -> bool:
    """Whether the words before a station's kind in ``surface`` are a country's name, or
    before "TV" or "Radio" a place's ("Denver TV", a city's television) or a common word
    ("All TV", "Mobile TV"); "FM" names a station after any other ("Classic FM")."""
    head, _, kind = surface.rpartition(" ")
    if not head or surface.startswith("Radio "):
        return False
    if _country(head):
        return True
    gaz = load_gazetteer()
    return kind != "FM" and (
        head.lower() in gaz.common_words or bool(gaz.candidates(fold_text(head)))
    )


def _station(m: Mention, end: int, text: str) -> Mention:
    surface = text[m.start : end]
    name = " ".join(surface.split())
    return Mention(m.start, end, ORG, surface, name_key(name), name)
