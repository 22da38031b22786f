""" "Europe" where the article may mean the European Union or its club competitions.

News text writes "Europe" for the continent, and also for the Union ("a debate on
Europe", "giving Europe more control") and, in a match report, for the European club
competitions ("knocked out of Europe", "a place in Europe"). Within one article a reader
cannot tell every mention apart, and a place value that is sometimes the Union or a
cup is one an editor cannot trust. So "Europe" is no place in an article that names
the European Union (as "EU" or in full), nor in a football or rugby report
(:func:`index.extract.sports.article_sport`). Its mentions there go; elsewhere, and in
longer names ("Eastern Europe", "MTV Europe"), it stays. The Union's own value and the
region's in other articles are untouched.

Applied by :func:`index.extract.entities.extract_entities`.
"""

from __future__ import annotations

from index.extract.sports import article_sport
from index.names import name_key
from index.records import ORG, PLACE, Mention

_EUROPE = name_key("Europe")
_UNION = name_key("European Union")


def without_union_europe(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` without "Europe" as a place where the article may mean the Union
    or the club competitions by it."""
    if not any(m.type == PLACE and m.entity_id == _EUROPE for m in mentions):
        return mentions
    union = any(m.type == ORG and m.entity_id == _UNION for m in mentions)
    if not union and article_sport(text) is None:
        return mentions
    return [m for m in mentions if not (m.type == PLACE and m.entity_id == _EUROPE)]
