"""Whether two texts lead as one story, for index.particulars.same_event: two
stories that each lead with news of their own (an amount, a name or a figure
the other text lacks altogether) are two stories, whatever they share below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.fingerprints import containment
from index.layout import (
    MIN_OPENING,
    Paragraph,
    Text,
    lead_carried,
    opening,
    specific,
    unmatched,
)

# A lead's figure that is a year ("in 1988") or a whole number below SMALL_COUNT
# ("one of its reforms") says when or how few, not news of its own (``leads_apart``).
YEAR = re.compile(r"(?:19|20)\d\d")
SMALL_COUNT = 10


def leads_apart(first: Text, second: Text) -> bool:
    """Whether the two do not lead as one story: either's opening is carried
    further down in the other (``lead_carried``), or states an amount the
    other lacks altogether (``_amounts``: a market's close on a pact and a
    reaction to it, both carrying the pact's background; a year or a day is
    when, a small count is common, and a name may be spelt otherwise)."""
    if lead_carried(first, second):
        return True
    for one, other in ((first, second), (second, first)):
        lead = opening(one)
        if lead is not None and _amounts(unmatched(lead.figures, other.particulars)):
            return True
    return False


def _amounts(figures: Iterable[str]) -> list[str]:
    """The figures that are numbers, not years nor whole numbers below ten
    ("1,700" points; not "1988", "one of its reforms", "Friday", "6 april")."""
    return [f for f in figures if f[0].isdigit() and " " not in f
            and not YEAR.fullmatch(f) and not (f.isdigit() and int(f) < SMALL_COUNT)]  # fmt: skip


def both_lead_anew(first: Text, second: Text) -> bool:
    """Whether each text opens with a paragraph the other does not hold
    (MIN_OPENING of its shingles) that states a figure or a name (not a common
    word) the other lacks altogether: each leads with news of its own (a page
    leading with a statement and carrying an earlier story of the day below it)."""
    for one, other in ((first, second), (second, first)):
        lead = opening(one)
        if lead is None or _opening_in(lead, other):
            return False
        theirs = other.particulars
        if not (unmatched(lead.figures, theirs) or specific(unmatched(lead.names, theirs))):
            return False
    return True


def _opening_in(lead: Paragraph, other: Text) -> bool:
    """Whether other holds MIN_OPENING of the lead's shingles."""
    return containment(lead.shingles, other.shingles) >= MIN_OPENING
