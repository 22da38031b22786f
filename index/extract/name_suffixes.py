"""A person's generational suffix is part of the name: "Jaime Jaquez Jr." is not his
father "Jaime Jaquez".

A name followed by "Jr." or "Sr." (with or without the full stop, after a comma or
not: "Sanford Bishop Jr.,", "Martin Luther King, Jr.") takes the suffix into its
mention and its name, which is shown as "Name Jr."; the name followed by it is a
person, whatever a word of it made the rules read ("Bishop"). A person's name followed
by a regnal or family number ("Henry Ford II", "Elizabeth II") takes it too. The suffix
alone, read as a name of its own, goes. The short forms the article linked to the name
("Jaquez") take the suffixed name; where the article also names the person without the
suffix (a father and son, "Jesse Jackson Jr." and "Rev. Jesse Jackson"), each short form
takes the one of the two that :mod:`index.extract.shared_surnames` chooses for it.

Applied by :func:`index.extract.entities.extract_entities` after
:mod:`index.extract.name_repairs`.
"""

from __future__ import annotations

import re

from index.extract.shared_surnames import Namesake, choose
from index.names import name_key
from index.records import ORG, PERSON, Mention

#: The suffix right after a name: ", Jr.", " Sr", " III". Numbers only after a person.
_SUFFIX = re.compile(r",?[ \t]+(?:(Jr|Sr)\b\.?|(II|III|IV)\b)(?![\w'’-])")
_ALONE = frozenset({"Jr", "Jr.", "Sr", "Sr."})


def with_suffixes(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with the rules of the module docstring applied."""
    if "Jr" not in text and "Sr" not in text and "II" not in text:
        return mentions
    renamed: dict[str, list[Mention]] = {}  # an entity id -> its suffixed mentions
    plain: dict[str, list[int]] = {}  # ids also named in full without a suffix -> where
    out = []
    for m in mentions:
        if m.text in _ALONE:
            continue
        suffixed = _suffixed(m, text)
        if suffixed is not None:
            renamed.setdefault(m.entity_id, []).append(suffixed)
            m = suffixed
        elif m.type == PERSON and m.text == m.name:
            plain.setdefault(m.entity_id, []).append(m.start)
        out.append(m)
    if not renamed:
        return mentions if len(out) == len(mentions) else out
    return [_relinked(m, renamed, plain, text) for m in out]


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


def _relinked(
    mention: Mention, renamed: dict[str, list[Mention]], plain: dict[str, list[int]], text: str
) -> Mention:
    """A short form linked to a name that took its suffix takes the suffixed name, or the
    one of the suffixed and the plain name that :func:`choose` picks when both are."""
    suffixed = renamed.get(mention.entity_id)
    if suffixed is None:
        return mention
    full = suffixed[0]
    if mention.entity_id in plain:
        if mention.text == mention.name:
            return mention  # the plain name itself
        named = [
            Namesake(full.entity_id, full.name, tuple(m.start for m in suffixed)),
            Namesake(mention.entity_id, mention.name, tuple(plain[mention.entity_id])),
        ]
        person = choose(sorted(named, key=lambda n: n.starts[0]), text, mention.start)
        if person is None or person[0] == mention.entity_id:
            return mention
    return Mention(
        mention.start, mention.end, mention.type, mention.text, full.entity_id, full.name
    )
