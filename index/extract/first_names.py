"""A given name alone stands for the person the article names in full with it.

"Steve Jobs gave the keynote ... Steve announced a new laptop": the lone "Steve" is
Steve Jobs. A one-word PERSON mention whose word starts exactly one full name of the
article, and ends none, takes that person's id and name. Where two people share the
given name ("Steve Jobs", "Steve Ballmer") it is the one the article names most often
(its surname alone counts); on a tie the mention is left as it is. Applied by
:func:`index.extract.lone_names.vet`.
"""

from __future__ import annotations

from collections import Counter

from index.records import Mention


def link_first_names(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with lone given names linked to the one full name that starts so."""
    full = {m.name: m for m in mentions if m.type == "PERSON" and " " in m.name}
    if not full:
        return mentions
    starts: dict[str, set[str]] = {}
    ends: set[str] = set()
    for name in full:
        parts = name.split()
        starts.setdefault(parts[0], set()).add(name)
        ends.update(parts[1:])
    counts = Counter(m.name for m in mentions if m.name in full)
    out = []
    for m in mentions:
        whole = _named_in_full(m, starts, ends, counts)
        if whole:
            person = full[whole]
            m = Mention(m.start, m.end, m.type, m.text, person.entity_id, person.name)
        out.append(m)
    return out


def _named_in_full(
    mention: Mention, starts: dict[str, set[str]], ends: set[str], counts: Counter[str]
) -> str | None:
    """The full name a lone given name stands for, or None."""
    if mention.type != "PERSON" or " " in mention.name or mention.text in ends:
        return None
    names = sorted(starts.get(mention.text, ()), key=lambda n: (-counts[n], n))
    if not names or (len(names) > 1 and counts[names[0]] == counts[names[1]]):
        return None
    return names[0]
