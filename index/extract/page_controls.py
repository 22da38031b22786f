"""A run of a web page's control words is no name.

Copy taken from news sites keeps the labels of the page's buttons, run together on a
line of their own ("Comment Gift Article Share", "Share Tweet Email", "GiftOutline Gift
Article": an icon's label glued to the next). Capitalised, they read as an organisation's
or a person's name. A name of two words or more, every word of which (a word run
together from capitalised parts counting by its parts) is such a control word, is none.
"""

from __future__ import annotations

import re

from index.records import Mention

#: Words of a news page's buttons and links, in small letters.
_CONTROL_WORDS = frozenset(
    """share comment comments gift article outline print email e-mail save tweet listen
    subscribe bookmark reprints permissions link copy""".split()
)
_PREFIXES = frozenset(w[:4] for w in _CONTROL_WORDS)
_PARTS = re.compile(r"[A-Z][a-z-]*")


def without_page_controls(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the runs of page control words (module docstring)."""
    return [m for m in mentions if " " not in m.text or not _controls(m.text)]


def _controls(name: str) -> bool:
    if name[:4].lower() not in _PREFIXES:
        return False  # a string test settles most names
    parts = [p.lower() for word in name.split() for p in _PARTS.findall(word) or (word,)]
    return all(p in _CONTROL_WORDS for p in parts)
