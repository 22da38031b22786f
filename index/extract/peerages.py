"""A peer named by title and surname is that name whole: "Lord Falconer", not "Falconer".

British copy names peers by their title: "Lord Falconer", "Baroness Morgan", "Lady
Hale". The title is their name in the news (their full name is seldom written), so a
person named so is shown as "Lord Falconer" rather than by the surname alone, which
would also be the value of anyone else of that surname. A one-word person mention that
the article has not linked to a full name, right after "Lord", "Lady", "Baroness",
"Baron", "Viscount" or "Earl", takes the title into its mention and its name; the
article's other mentions of the surname alone that are not linked to a full name take
that name too, when one peer of the article bears it. A surname linked to a person
named in full ("Lord Butler" after "Robin Butler") is left as it is.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.names import name_key
from index.records import PERSON, Mention

_TITLE_BEFORE = re.compile(r"\b(Lord|Lady|Baroness|Baron|Viscount|Earl)[ \t]+$")
_REACH = 12  # characters before a mention that a title fits in


def with_peerages(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with peers named by title and surname (see the module docstring)."""
    if "Lord" not in text and "Lady" not in text and "Baron" not in text:
        return mentions
    titled = {i: t for i, m in enumerate(mentions) if (t := _title(m, text)) is not None}
    if not titled:
        return mentions
    peers: dict[str, set[str]] = {}
    for i, title in titled.items():
        peers.setdefault(mentions[i].text, set()).add(f"{title.group(1)} {mentions[i].text}")
    out = []
    for i, m in enumerate(mentions):
        if i in titled:
            start, name = titled[i].start(1), f"{titled[i].group(1)} {m.text}"
            out.append(Mention(start, m.end, PERSON, text[start : m.end], name_key(name), name))
        elif _lone(m) and len(peers.get(m.text, ())) == 1:
            (name,) = peers[m.text]
            out.append(Mention(m.start, m.end, PERSON, m.text, name_key(name), name))
        else:
            out.append(m)
    return out


def _title(m: Mention, text: str) -> re.Match[str] | None:
    """The peer's title right before ``m``, a surname alone, if any."""
    if not _lone(m):
        return None
    return _TITLE_BEFORE.search(text, max(0, m.start - _REACH), m.start)


def _lone(m: Mention) -> bool:
    """A person of one word that no full name of the article took."""
    return m.type == PERSON and " " not in m.text and m.name == m.text
