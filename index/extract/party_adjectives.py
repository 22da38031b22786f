"""A party's adjective alone is no short form of a body whose name opens with it: "the
Democratic group" is not the Democratic National Committee.

News copy writes a party's adjective before common nouns ("the Democratic coalition",
"the Republican nomination", "the Democratic group has kept pace"). Where the article
names a body whose name opens with the adjective ("Democratic National Committee",
"Virginia Republican Party"... "Latino Republican Coalition"), the adjective read as an
organisation takes that body's id as its short form, and the body's value then covers
a party, a primary or another group. A one-word organisation mention that is a party's
adjective (:data:`PARTY_ADJECTIVES`) goes where it was linked to a longer name other
than a party's: a name holding "Party" that opens with the adjective ("Democratic
Party", "Republican Party of Texas"), or any party's where "party" follows the adjective
("the Republican party"): a party named by its adjective is still a party. "Virginia
Republican Party" does not keep "the Republican nomination".

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.records import ORG, Mention

#: Adjectives of parties and political movements that news copy writes alone before a
#: common noun; a noun that names a party alone ("Labour", "Tories") is not one.
PARTY_ADJECTIVES = frozenset(
    "Democratic Republican Democrat Conservative Liberal Socialist Communist Nationalist "
    "Unionist Islamist Eurosceptic Progressive Libertarian".split()
)


_PARTY_AFTER = re.compile(r"[ \t]+[Pp]arty\b")


def without_party_adjectives(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less a party's adjective linked to a body other than its party."""
    if PARTY_ADJECTIVES.isdisjoint([m.text for m in mentions]):
        return mentions
    return [m for m in mentions if not _borrowed(m, text)]


def _borrowed(m: Mention, text: str) -> bool:
    """``m`` is a party's adjective alone that took a longer body's id and name."""
    if m.type != ORG or m.text not in PARTY_ADJECTIVES or m.name == m.text:
        return False
    words = m.name.split()
    if "Party" not in words:
        return True
    return words[0] != m.text and _PARTY_AFTER.match(text, m.end) is None
