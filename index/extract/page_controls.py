"""A run of a web page's control words is no name.

Copy taken from news sites keeps the labels of the page's buttons, run together on a
line of their own ("Comment Gift Article Share", "Share Tweet Email", "GiftOutline Gift
Article": an icon's label glued to the next). Capitalised, they read as an organisation's
or a person's name. A name of two words or more, every word of which (a word run
together from capitalised parts counting by its parts) is such a control word, is none.

A page's boilerplate lines run into the name before them too: a copyright line's "All
Rights Reserved" ("Provided by Tarnwick Media Inc. All Rights Reserved", "(c) 2019 Elm
Review | All Rights Reserved") and a postal address's box ("Letters to the Editor, The
Tarn Herald GPO Box 4245", "P.O. Box 447", "GPO Box No. 934"). These words are never a
word of a body's name: a mention that ends with them is cut to the words before them
(the entity the article names by those words elsewhere, or a name of its own), or goes
when no words are left (:func:`without_boilerplate_tails`). A box is a postal box only
with its number after it: "the comedy group P.O. Box" stays.
"""

from __future__ import annotations

import re

from index.names import name_key
from index.records import PLACE, Mention

#: Words of a news page's buttons and links, in small letters.
_CONTROL_WORDS = frozenset(
    """share comment comments gift article outline print email e-mail save tweet listen
    subscribe bookmark reprints permissions link copy""".split()
)
_PREFIXES = frozenset(w[:4] for w in _CONTROL_WORDS)
_PARTS = re.compile(r"[A-Z][a-z-]*")
#: A copyright line's reservation closing a name: "Inc. All Rights Reserved".
_RIGHTS = re.compile(r"[\s,|;:–—-]*\b(?i:all rights reserved)\.?\Z")
#: A postal box closing a name, glued to it or not: "Herald GPO Box", "P.O. Box No.".
_BOX = re.compile(r"[\s,]*(?:G\.?\s?)?P\.?\s?O\.?\s+Box(?:\s+No\.?)?\Z")
#: A postal box's number after the name.
_BOX_NUMBER = re.compile(r"\s*\d")


def without_page_controls(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the runs of page control words (module docstring)."""
    return [m for m in mentions if " " not in m.text or not _controls(m.text)]


def _controls(name: str) -> bool:
    if name[:4].lower() not in _PREFIXES:
        return False  # a string test settles most names
    parts = [p.lower() for word in name.split() for p in _PARTS.findall(word) or (word,)]
    return all(p in _CONTROL_WORDS for p in parts)


def without_boilerplate_tails(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with a copyright line's or a postal box's words cut off the names
    they close, and the names of nothing else gone (module docstring)."""
    if "eserved" not in text and "ESERVED" not in text and "Box" not in text:
        return mentions  # string tests first: most texts hold neither line
    out: list[Mention] = []
    ids: dict[str, Mention | None] = {}
    # The first mention of each text and type, looked up once per cut name (linear).
    firsts: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        firsts.setdefault((m.text, m.type), m)
    for m in mentions:
        rest = _before_tail(m, text)
        if rest is None:
            out.append(m)
            continue
        if rest:
            other = firsts.get((rest, m.type))
            eid, name = (other.entity_id, other.name) if other else (name_key(rest), rest)
            cut = Mention(m.start, m.start + len(rest), m.type, rest, eid, name)
            out.append(cut)
            ids[m.entity_id] = cut
        else:
            ids.setdefault(m.entity_id, None)
    return _relinked(out, ids) if ids else out


def _before_tail(m: Mention, text: str) -> str | None:
    """The words of ``m`` before a boilerplate tail ("" if it is all tail), or None
    when it closes with none."""
    if m.type == PLACE:
        return None
    found = _RIGHTS.search(m.text)
    if found is None:
        found = _BOX.search(m.text)
        if found is None or not _BOX_NUMBER.match(text, m.end):
            return None
    return m.text[: found.start()].rstrip(" ,|;:")


def _relinked(mentions: list[Mention], ids: dict[str, Mention | None]) -> list[Mention]:
    """``mentions`` with those linked to a cut name given its new id and name, and
    those linked to a name that is all tail gone."""
    out = []
    for m in mentions:
        if m.type == PLACE or m.entity_id not in ids:
            out.append(m)
            continue
        cut = ids[m.entity_id]
        if cut is not None:
            out.append(Mention(m.start, m.end, m.type, m.text, cut.entity_id, cut.name))
    return out
