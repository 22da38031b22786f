"""How much of two texts their shared part covers, for index.particulars.same_event.

Two general signs that need no source's layout: two texts each nine tenths
made of the other are one text, whatever their particulars say (a long
column reposted with its subheads and captions apart); and two texts whose
shared part is a small share of even the shorter one, neither opening found
in the other, are two stories sharing a passage (a quoted sentence, a
background paragraph), however well their particulars agree. And of the same
day, a text of several paragraphs found in another, each opening found in the
other, is the same story in a longer or a later version (a first take and the
full story, a page crawled again after an update), whatever a figure updated
in one of its paragraphs says. A text found whole in a longer one that
first runs a story of its own (several paragraphs the shorter has none of,
naming people, places or figures it lacks) is that page's second story, not
the same event as the page (``below_another``).
"""

from __future__ import annotations

from index.fingerprints import MIN_CONTAINMENT, containment
from index.layout import MIN_OPENING, Text, copied_whole, opening, specific, unmatched

# Shingles in common, as a share of the longer text (so of both), for two texts
# to be one text.
MIN_WHOLE = 0.9
# ... when the shorter has at least this many shingles (several paragraphs): a
# short template (a price line, a rainfall table) is as whole when refilled.
MIN_WHOLE_SHINGLES = 100
# Shingles in common, as a share of the shorter text, below which two texts
# whose openings are not found in each other share only a passage.
MAX_PASSAGE = 0.2
# Two outlets' texts are one story carried by both when this share of the
# shorter's shingles is in the longer, the shorter of this many shingles at
# least (``carried_across``; index.particulars.MIN_PROSE's one-line templates
# are shorter). 0.7, not MIN_CONTAINMENT's 0.6: chosen leaving each corpus
# group out in turn (bench/README.md, round after test23), two outlets' own
# stories of one day share up to two thirds of the shorter.
MIN_CARRIED = 0.7
MIN_CARRIED_SHINGLES = 24
# A page's story before the shorter text (``below_another``): at least this many
# paragraphs, none found in the shorter, naming at least MIN_BLOCK_OWN
# particulars (figures, names not common words) the shorter lacks. A rewrite
# led anew or a front page's headline and standfirst adds one or two.
MIN_BLOCK = 3
MIN_BLOCK_OWN = 5


def shared(first: Text, second: Text) -> int:
    """How many shingles the two texts have in common (counted once a pair by
    ``index.particulars``, which hands the count to the rules below)."""
    return len(first.shingles & second.shingles)


def one_text(first: Text, second: Text, common: int | None = None) -> bool:
    """Whether the two texts, both of several paragraphs, are each nine tenths
    (MIN_WHOLE) made of the other's shingles: one text printed twice. ``common``:
    their shingles in common, when the caller has counted them (``shared``)."""
    shorter, longer = sorted((len(first.shingles), len(second.shingles)))
    common = shared(first, second) if common is None else common
    return shorter >= MIN_WHOLE_SHINGLES and common >= MIN_WHOLE * longer


def longer_version(first: Text, second: Text, common: int | None = None) -> bool:
    """Whether the shorter text, of several paragraphs (MIN_WHOLE_SHINGLES
    shingles), is found in the longer (MIN_CONTAINMENT of its shingles, the
    share that makes a passage a copy) and each opening paragraph is found in
    the other (MIN_CONTAINMENT of its shingles): the same story told at more
    length or updated, opening as it did. Asked of two texts of the same day
    only (``index.particulars``): a story of a later day carrying most of an
    earlier one (an advance, then the event) has news of its own."""
    shorter = min(len(first.shingles), len(second.shingles))
    common = shared(first, second) if common is None else common
    if shorter < MIN_WHOLE_SHINGLES or common < MIN_CONTAINMENT * shorter:
        return False
    return _found(first, second) and _found(second, first)


def _found(one: Text, other: Text) -> bool:
    """Whether one's opening paragraph holds MIN_CONTAINMENT of its shingles in other."""
    lead = opening(one)
    return lead is not None and containment(lead.shingles, other.shingles) >= MIN_CONTAINMENT


def passage_only(first: Text, second: Text, common: int | None = None) -> bool:
    """Whether the two share less than MAX_PASSAGE of the shorter text's
    shingles and neither's opening paragraph is found in the other: two
    stories sharing a passage, each leading with its own."""
    shorter = min(len(first.shingles), len(second.shingles))
    common = shared(first, second) if common is None else common
    if common >= MAX_PASSAGE * shorter:
        return False
    return not _lead_in(first, second) and not _lead_in(second, first)


def _lead_in(one: Text, other: Text) -> bool:
    """Whether one's opening paragraph holds MIN_OPENING of its shingles in other."""
    lead = opening(one)
    return lead is None or containment(lead.shingles, other.shingles) >= MIN_OPENING


def carried_across(first: Text, second: Text, common: int | None = None) -> bool:
    """Whether the shorter text, of MIN_CARRIED_SHINGLES shingles or more, is
    MIN_CARRIED made of the longer's shingles: asked only of two texts known to
    come from two different sources (``search.reprints``), where it is one
    story (an agency's copy, a release) carried by two outlets, cut, captioned
    or introduced as each likes. Two stories of one site reusing a story's
    paragraphs for the next step (an arrest after a shooting, an advance and
    the event) are of one source and are left to the rules of particulars."""
    shorter = min(len(first.shingles), len(second.shingles))
    common = shared(first, second) if common is None else common
    return shorter >= MIN_CARRIED_SHINGLES and common >= MIN_CARRIED * shorter


def below_another(first: Text, second: Text) -> bool:
    """Whether the shorter text is found whole in the longer (``copied_whole``)
    below MIN_BLOCK paragraphs or more of the longer's, before the shorter's
    opening, none found in the shorter (MIN_CONTAINMENT of its shingles) and
    naming MIN_BLOCK_OWN particulars or more that the shorter lacks: a page
    running one story and then another, against the second alone."""
    shorter, longer = sorted((first, second), key=lambda text: len(text.shingles))
    lead = opening(shorter)
    if lead is None or not copied_whole(first, second):
        return False
    paragraphs = [p for p in longer.paragraphs if p.shingles]
    at = next((i for i, p in enumerate(paragraphs)
               if containment(lead.shingles, p.shingles) >= MIN_CONTAINMENT), 0)  # fmt: skip
    block = paragraphs[:at]
    if len(block) < MIN_BLOCK:
        return False
    if any(containment(p.shingles, shorter.shingles) >= MIN_CONTAINMENT for p in block):
        return False
    theirs = shorter.particulars
    own = {f for p in block for f in unmatched(p.figures, theirs)}
    own |= {n for p in block for n in specific(unmatched(p.names, theirs))}
    return len(own) >= MIN_BLOCK_OWN
