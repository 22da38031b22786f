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
from index.extract.speaker_words import AUX, NAME_WORD
from index.names import name_key
from index.records import PERSON, Mention

#: The entity id of a person found by the frame: no entity of the article.
_FRAMED = "~framed:"
_TOKEN = re.compile(r"\S+")
# Words that may stand between a subject and its verb ('Ann Lee has told', 'Ann Lee
# also said'): the one-word auxiliaries and adverbs of the speaker rules.
_BETWEEN = frozenset(w for w in AUX.strip("(?:)").split("|") if " " not in w)
_REACH = 80  # characters before a verb a name and its auxiliaries lie within


def framed_people(text: str, mentions: Sequence[Mention], verbs: Sequence[int]) -> list[Mention]:
    """PERSON mentions for the names the frames of speech in text give to no mention:
    two or three capitalised words right before a verb of speech ('Ann Lee said', 'Ann
    Lee has told'), after no other capitalised word; read in the few words before each
    verb, so the work is a constant per verb."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    found: list[Mention] = []
    given = load_gazetteer().given_names
    for verb in verbs:
        words = _name_before(text, verb)
        if words is None or words[0].group() not in given:
            continue  # a given name opens it, not a title ('Mr Lee': the tagger's Lee)
        name = " ".join(w.group() for w in words)
        start, end = words[0].start(), words[-1].end()
        if not is_person_name(name) or _covered(ordered, starts, start, end):
            continue
        found.append(Mention(start, end, PERSON, name, _FRAMED + name_key(name), name))
    return found


def _name_before(text: str, verb: int) -> list[re.Match[str]] | None:
    """The two or three capitalised words before the verb at verb (auxiliaries aside)
    that no capitalised word precedes, else None."""
    lo = max(0, verb - _REACH)
    last = text.rfind(" ", lo, verb - 1) + 1 or lo  # the word before the verb, most often
    if not text[last : last + 1].isupper() and text[last:verb].strip().lower() not in _BETWEEN:
        return None  # '"...," he said', 'which said': no name before the verb
    tokens = list(_TOKEN.finditer(text, lo, verb))
    while tokens and tokens[-1].group().lower() in _BETWEEN:
        tokens.pop()
    run = 0
    while run < len(tokens) and NAME_WORD.fullmatch(tokens[-1 - run].group()):
        run += 1
    if not 2 <= run <= 3 or (run == len(tokens) and lo > 0):
        return None  # no name, a longer run of capitals, or its start out of reach
    return tokens[-run:]


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
