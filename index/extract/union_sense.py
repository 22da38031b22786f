""" "Europe" where the article may mean the European Union or its club competitions.

News text writes "Europe" for the continent, and also for the Union ("a debate on
Europe", "giving Europe more control") and, in a match report, for the European club
competitions ("knocked out of Europe", "a place in Europe"). Within one article a reader
cannot tell every mention apart, and a place value that is sometimes the Union or a
cup is one an editor cannot trust. So "Europe" is no place in an article that names
the European Union (as "EU" or in full, read as a name or not: "leave the European
Union In his speech"), its Parliament, Commission, elections or members (MEPs), nor in
a football or rugby report (:func:`index.extract.sports.article_sport`), nor where the
article writes it as the Union ("more power to Europe", "giving Europe more control",
"a debate on Europe") or as the club competitions ("a place in Europe", "knocked out of
Europe", "staying in Europe"). Its mentions there go; elsewhere, and in longer names
("Eastern Europe", "MTV Europe"), it stays. The Union's own value and the
region's in other articles are untouched.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

import re

from index.extract.sports import article_sport
from index.names import name_key
from index.records import ORG, PLACE, Mention

_EUROPE = name_key("Europe")
_UNION = name_key("European Union")
#: The Union's words, and "Europe" written as the Union or as the club competitions.
_UNION_CUES = re.compile(
    r"\b(?:European[ \t]+(?:Union|Parliament|Commission|elections?)|EU|MEPs?)\b"
    r"|\b(?:powers?|control|sovereignty)[ \t]+(?:to|from)[ \t]+Europe\b"
    r"|\b(?:giving|give|gives|handing|hand)[ \t]+Europe\b|\b[Nn]o[ \t]+to[ \t]+Europe\b"
    r"|\b(?:debate|policy|stance|views?|referendum|vote|row|split)[ \t]+(?:on|over)[ \t]+Europe\b"
    r"|\b(?:a[ \t]+place[ \t]+in|qualif\w*[ \t]+for|knocked[ \t]+out[ \t]+of|staying[ \t]+in|"
    r"stay[ \t]+in)[ \t]+Europe\b"
)


def without_union_europe(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` without "Europe" as a place where the article may mean the Union
    or the club competitions by it."""
    if not any(m.type == PLACE and m.entity_id == _EUROPE for m in mentions):
        return mentions
    union = any(m.type == ORG and m.entity_id == _UNION for m in mentions)
    if not union and not _UNION_CUES.search(text) and article_sport(text) is None:
        return mentions
    return [m for m in mentions if not (m.type == PLACE and m.entity_id == _EUROPE)]
