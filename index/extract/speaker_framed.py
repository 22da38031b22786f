"""People the speech frame itself names where the recogniser named no one.

"Cybersecurity expert Dominique Lazanski said that ..." names a person whether or not
the tagger found the name: two or three capitalised words, the first a known given
name (a name :func:`index.extract.attributions.is_person_name` accepts), as the
subject of a verb of speech. When no mention covers them, the speaker search reads
them as a person of the article (for "she said" after them), without an entity: a
quotation credited to them carries the name and no ``speaker_id``
(:func:`linked_id`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from index.extract.attributions import is_person_name
from index.extract.gazetteer import load_gazetteer
from index.extract.speaker_words import AUX, VERB_ALT
from index.names import name_key
from index.records import PERSON, Mention

#: The entity id of a person found by the frame: no entity of the article.
_FRAMED = "~framed:"
_NAME_WORD = r"[A-Z][\w'’-]*[a-z][\w'’-]*"
# Two or three capitalised words, not after another capitalised word or a mark of a
# name going on, right before a verb of speech ('Ann Lee said', 'Ann Lee has told').
_SUBJECT = re.compile(
    rf"(?<![\w'’.&-])(?<![A-Z][\w'’.-] )({_NAME_WORD}(?: {_NAME_WORD}){{1,2}})"
    rf"(?=(?:\s+{AUX})*\s+(?:{VERB_ALT})\b)"
)


def framed_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """PERSON mentions for the names the frames of speech in text give to no mention."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    found: list[Mention] = []
    given = load_gazetteer().given_names
    for match in _SUBJECT.finditer(text):
        name, start, end = match.group(1), match.start(1), match.end(1)
        if name.split(" ", 1)[0] not in given or not is_person_name(name):
            continue  # a given name opens it, not a title ('Mr Lee': the tagger's Lee)
        if _covered(ordered, starts, start, end):
            continue
        key = _FRAMED + name_key(name)
        found.append(Mention(start, end, PERSON, name, key, name))
    return found


def linked_id(entity_id: str | None) -> str | None:
    """The entity id a quotation's speaker carries: none for a person found by the frame."""
    return None if entity_id is None or entity_id.startswith(_FRAMED) else entity_id


def _covered(ordered: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """A mention overlaps text[start:end]: a person's, or a place's or body's that goes
    past it ('Ann Lee Foundation said'); one of the very words is the tagger's misreading
    of the name. Mentions do not overlap, so the two nearest tell."""
    k = bisect_left(starts, end)
    for mention in ordered[max(0, k - 2) : k]:
        if mention.end > start and (
            mention.type == PERSON or (mention.start, mention.end) != (start, end)
        ):
            return True
    return False
