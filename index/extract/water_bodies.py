"""A sea, gulf, bay or strait named "of" a place is no mention of the place, nor a body.

"Oil rigs in the Gulf of Mexico", "ships in the Bay of Bengal", "the Sea of Japan",
"the Strait of Hormuz": the water is another place than the country, region or town
it is named of, and an article that names the country nowhere else is not about it.
Where the rules read the place out of the name, the place's mention goes; where they
read the whole name as an organisation's or a person's ("Gulf of Mexico" typed ORG),
that mention goes too (the water is no body). A place's mention of the whole name
("Bay of Plenty", a New Zealand region) stays.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.records import PLACE, Mention

#: The water's head word and "of" right before a place: "Gulf of ", "Straits of the ".
_WATER_BEFORE = re.compile(r"\b(?:Gulf|Sea|Bay|Straits?)[ \t]+of[ \t]+(?:the[ \t]+)?\Z")
#: A name opening with the water's head word and "of".
_WATER_NAME = re.compile(r"(?:Gulf|Sea|Bay|Straits?)[ \t]+of[ \t]")
_REACH = 20


def without_water_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less places read out of a water's name and waters typed as bodies or
    people (module docstring)."""
    if "Gulf of" not in text and "Sea of" not in text and "Bay of" not in text:
        if "Strait" not in text:
            return mentions
    return [m for m in mentions if not _water(m, text)]


def _water(m: Mention, text: str) -> bool:
    if m.type != PLACE:
        return " of " in m.text and _WATER_NAME.match(m.text) is not None
    if "of" not in text[max(0, m.start - 10) : m.start]:
        return False  # no "of" or "of the" right before: the common case, asked first
    return _WATER_BEFORE.search(text, max(0, m.start - _REACH), m.start) is not None
