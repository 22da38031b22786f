"""A person's generational suffix is part of the name: "Jaime Jaquez Jr." is not his
father "Jaime Jaquez".

A name followed by "Jr." or "Sr." (with or without the full stop, after a comma or
not: "Sanford Bishop Jr.,", "Martin Luther King, Jr.") takes the suffix into its
mention and its name, which is shown as "Name Jr."; the name followed by it is a
person, whatever a word of it made the rules read ("Bishop"). A person's name followed
by a regnal or family number ("Henry Ford II", "Elizabeth II") takes it too. The suffix
alone, read as a name of its own, goes. The short forms the article linked to the name
("Jaquez") take the suffixed name, unless the article also names the person without
the suffix (a father and son: then the short forms are left as they were).

Applied by :func:`index.extract.entities.extract_entities` after
:mod:`index.extract.name_repairs`.
"""

from __future__ import annotations

import re

from index.names import name_key
from index.records import ORG, PERSON, Mention

#: The suffix right after a name: ", Jr.", " Sr", " III". Numbers only after a person.
_SUFFIX = re.compile(r",?[ \t]+(?:(Jr|Sr)\b\.?|(II|III|IV)\b)(?![\w'’-])")
_ALONE = frozenset({"Jr", "Jr.", "Sr", "Sr."})


def with_suffixes(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with the rules of the module docstring applied."""
    if "Jr" not in text and "Sr" not in text and "II" not in text:
        return mentions
    renamed: dict[str, Mention] = {}  # an entity id -> its suffixed mention
    plain: set[str] = set()  # ids also named in full without a suffix
    out = []
    for m in mentions:
        if m.text in _ALONE:
            continue
        suffixed = _suffixed(m, text)
        if suffixed is not None:
            renamed[m.entity_id] = suffixed
            m = suffixed
        elif m.type == PERSON and m.text == m.name:
            plain.add(m.entity_id)
        out.append(m)
    if not renamed:
        return mentions if len(out) == len(mentions) else out
    return [_relinked(m, renamed, plain) for m in out]


def _suffixed(mention: Mention, text: str) -> Mention | None:
    """``mention`` with the suffix after it, when one follows a name of two words or
    more (a person's, or an organisation's for "Jr."/"Sr.")."""
    if mention.type not in (PERSON, ORG) or mention.text != mention.name:
        return None
    if " " not in mention.text:
        return None
    found = _SUFFIX.match(text, mention.end)
    if found is None or (found.group(2) and mention.type != PERSON):
        return None
    suffix = f"{found.group(1)}." if found.group(1) else found.group(2)
    name = f"{mention.name} {suffix}"
    surface = text[mention.start : found.end()]
    return Mention(mention.start, found.end(), PERSON, surface, name_key(name), name)


def _relinked(mention: Mention, renamed: dict[str, Mention], plain: set[str]) -> Mention:
    """A short form linked to a name that took its suffix takes the suffixed name."""
    full = renamed.get(mention.entity_id)
    if full is None or mention.entity_id in plain:
        return mention
    return Mention(
        mention.start, mention.end, mention.type, mention.text, full.entity_id, full.name
    )
