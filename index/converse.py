"""Two events of one occasion told in one template: the two directions of it.

An agency's recurring items are one template filled again, and two of them
can name the same people on the same occasion in the same words but for the
event's direction: a minister *sent* a message to her counterpart, and the
next item says she *received* one from him (an exchange of messages, two
messages); a delegation *arrived*, and days later it *left* (two events of
one visit). Their particulars agree (the same names, the same anniversary),
so the rules of ``index.particulars`` find nothing apart; what tells them is
a verb turned into its converse where the other text has it. The search asks
it of every candidate holding the passage (``search.reprints.is_reprint``),
before the rules of particulars and the two-outlets check.

``turned_round(body, candidate)``: each text's opening paragraph (its stamps
set aside, ``index.stamps``; its first paragraph with a shingle, as
``index.text_particulars.read`` reads it), its words aligned with the
other's (``difflib``): one opening holds words of one side of a CONVERSE
pair only and the other words of its other side only, and some stretch of
one opening replaced in the other holds the one side where the other's
stretch holds the other (an opening telling both, "arrived on Monday and
left on Tuesday", is no sign).
Not when the openings have different subjects (``index.text_particulars``'s
first run of names): "A received a message from B" and "B sent a message to
A" tell one message from its two ends (the roles swapped with the verb).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from index.fingerprints import shingle_set
from index.passages import reading_spans
from index.stamps import without_stamps
from index.text_particulars import MAX_CHARS, subject

# The two sides of each converse: an event and its reverse under one template.
# Sending and receiving (one message each way of an exchange); arriving and
# leaving (the first and the last day of one visit: "returned home", "left
# here", "departed for").
CONVERSE = (
    (
        frozenset("send sends sent sending".split()),
        frozenset("receive receives received receiving".split()),
    ),
    (
        frozenset("arrive arrives arrived arriving arrival".split()),
        frozenset(
            "leave leaves left leaving depart departs departed departing departure "
            "return returns returned returning".split()
        ),
    ),
)
_SIDES = frozenset().union(*(one | other for one, other in CONVERSE))
#: Arriving home or back is returning: "arrived home" tells the event "returned home"
#: does, so it is read on returning's side ("the delegation arrived back in Tarnby"
#: and "the delegation returned to Tarnby" are one event told in two wordings).
_ARRIVE, _RETURN = CONVERSE[1]
_BACK = frozenset(("home", "back"))
# Words of an opening aligned, at most: an opening is a sentence or two.
MAX_WORDS = 120
_WORD = re.compile(r"[^\W\d_]+|\d+")


def turned_round(body: str, candidate: str) -> bool:
    """Whether the two texts' openings tell one template's event in two
    directions (the module docstring): a converse verb in place of the
    other's, the subject the same."""
    # A dateline is no part of the event (``index.stamps``): the openings after it.
    body, candidate = without_stamps(body), without_stamps(candidate)
    # Only the first MAX_CHARS characters are read (and kept as the memo's key).
    mine, theirs = _opening_words(body[:MAX_CHARS]), _opening_words(candidate[:MAX_CHARS])
    # Asked only when each opening has a word of a converse (most have none).
    if _SIDES.isdisjoint(mine) or _SIDES.isdisjoint(theirs):
        return False
    # Each opening tells one direction: one side of a converse only, the other's other side.
    if not any(_across(set(mine), set(theirs), pair) for pair in CONVERSE):
        return False
    if subject(body) != subject(candidate):
        return False
    matcher = SequenceMatcher(None, mine, theirs, autojunk=False)
    for operation, start, end, other_start, other_end in matcher.get_opcodes():
        if operation != "replace":
            continue
        here, there = set(mine[start:end]), set(theirs[other_start:other_end])
        if any(_across(here, there, pair) for pair in CONVERSE):
            return True
    return False


def _across(here: set[str], there: set[str], pair: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether one stretch holds one side of the converse and the other its
    other side, neither holding both."""
    one, other = pair
    mine = (not one.isdisjoint(here), not other.isdisjoint(here))
    theirs = (not one.isdisjoint(there), not other.isdisjoint(there))
    return (mine, theirs) in (((True, False), (False, True)), ((False, True), (True, False)))


@lru_cache(maxsize=4096)
def _opening_words(text: str) -> tuple[str, ...]:
    """The lower-case words of text's opening paragraph (its first with a
    shingle), the first MAX_WORDS of them (memoised: a text is compared with
    many candidates). Only the first MAX_CHARS characters are read, as
    ``index.text_particulars.read`` reads them: the work per text is bounded,
    and ``turned_round`` hands over no more, so that the memo keeps no whole
    article (4,096 of them, up to 5 MB each) as its key."""
    text = text[:MAX_CHARS]
    for start, end in reading_spans(text):
        if shingle_set(text[start:end]):
            words = [w.lower() for w in _WORD.findall(text, start, end)][:MAX_WORDS]
            return tuple(_homecomings(words))
    return ()


def _homecomings(words: list[str]) -> list[str]:
    """``words`` with an arrival home or back read as a return (see ``_BACK``)."""
    return [
        "returned" if word in _ARRIVE and after in _BACK else word
        for word, after in zip(words, [*words[1:], ""], strict=True)
    ]
