"""Main places: the places an article is about, beside every place it names.

The place facet holds every place an article names, as entity filters in tools such as
Datashare and Aleph do; "the Paris accord" or "London traders" put Paris and London
there. An editor often wants the other view: the places the story is about. News
writing puts those first (the dateline, the headline, the lead paragraph) and comes
back to them, so a place is a main place of an article when

* it is named in the dateline, the title or the first paragraph of the body, or
* it is named at least ``MIN_REPEATS`` times anywhere in the article.

Both rules are the inverted pyramid of news writing, not fitted to one corpus; how well
they agree with an archive's own subject labels is measured in bench/main_places_eval.py.
A record without a title takes its first paragraph as its title (index.read.articles), so
there the headline is that paragraph and the lead the next one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from index.passages import PARAGRAPH_SEPARATOR
from index.records import PLACE, Mention

MIN_REPEATS = 2  # mentions of one place that make it a main place wherever they are


def lead_end(body: str, body_start: int) -> int:
    """Where the lead ends in the extracted text (dateline, title, then ``body`` from
    offset ``body_start``): at the end of the body's first paragraph."""
    end = body.find(PARAGRAPH_SEPARATOR)
    return body_start + (len(body) if end < 0 else end)


def main_places(mentions: Sequence[Mention], lead: int) -> list[Mention]:
    """The first mention of each main place, in text order; ``lead`` is where the lead
    ends (:func:`lead_end`)."""
    places = [m for m in mentions if m.type == PLACE and m.entity_id]
    times = Counter(m.entity_id for m in places)
    chosen: dict[str, Mention] = {}
    for mention in places:
        if mention.entity_id in chosen:
            continue
        if mention.start < lead or times[mention.entity_id] >= MIN_REPEATS:
            chosen[mention.entity_id] = mention
    return list(chosen.values())
