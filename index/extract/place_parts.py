"""The abbreviated region after a place ("FARMINGTON, Conn.", "Austin, Tex.") is part
of that place, not a person or an organisation.

US and other wire copy writes a town with its state or province abbreviated,
set off by a comma ("Cambridge, Mass., March 2"). The capitalised abbreviation
looks like a name of its own, and with nothing in the gazetteer under it the
tagger or the rules call it a person or an organisation. A one-word name that
ends with a full stop and follows a place and a comma is taken for the region
part of that place and dropped: the town itself is the place value.
"""

from __future__ import annotations

import re

from index.extract.words_before import reach_back
from index.records import PLACE, Mention

_ABBREVIATED = re.compile(r"[A-Z][A-Za-z]{0,4}\.")  # "Conn." "Md." "Tex."
_AFTER_PLACE = re.compile(r",[ \t]*$")


def without_region_parts(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the people and organisations that are the abbreviated region
    of the place just before them."""
    places_end = {m.end for m in mentions if m.type == PLACE}
    if not places_end:
        return mentions
    return [m for m in mentions if not _region_part(m, text, places_end)]


def _region_part(mention: Mention, text: str, places_end: set[int]) -> bool:
    if mention.type == PLACE or " " in mention.text:
        return False
    end = mention.end if text[mention.end - 1] == "." else mention.end + 1
    if not _ABBREVIATED.fullmatch(text, mention.start, end):  # (an end past the text is its end)
        return False
    before = _AFTER_PLACE.search(text, reach_back(mention.start, 4), mention.start)
    if before is None:
        return False
    return before.start() in places_end
