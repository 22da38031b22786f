"""Whether two articles that share a passage report the same event.

A shared passage is not enough. Formulaic copy (price postings, results tables,
bond issues, weather and sports briefs) repeats its sentences from one event to
the next with other figures, names and dates in the same places, and different
stories can carry the same background paragraph. What tells them apart is the
*particulars*: the figures (every number, a time of day as the wires write it,
"9:40" as "0940"; "one" to "twenty" spelt out; and the dates' capitalised
month and weekday names, "December", "Monday"; a paragraph's days of a month
also as one figure each, "April 6", so that the same table through another day
disagrees even when each day's number is found elsewhere) and the names
(other capitalised words, except a common word opening a sentence with no
capitalised word after it: "Further details" holds no name, "Meridian Bancorp"
two). A date one wording adds and a name the other adds are not a
disagreement: two texts disagree only in particulars of one kind. A weekday
one text has alone ("on Friday") is no particular of its own when the other
writes a day relative to its date ("yesterday", "today") and has no weekday
alone: a story run again on a later day has its day words rewritten.

The stamps a paper or an agency puts on a text (a dateline at its head,
"ISLAMABAD, Sep 04 (APP):", and a closing "Published in Dawn, September 5th,
2025" line: ``index.stamps.without_stamps``) say when and where that
copy was filed or printed, not what happened: they are set aside from both texts
(their figures, names and openings' subjects) before the rules below.

``same_event(body, candidate)`` holds when all of these do:

0. Page furniture is no evidence (``index.furniture``): when the two texts
   print paragraphs word for word alike, wherever they stand (a scraped
   page's column of other stories' headlines and bylines, its sign-up and
   copyright lines, an advertiser's line or a newsletter's standing items
   between its paragraphs), and beyond those each is an article of its own
   (``MIN_ARTICLE`` shingles) of which neither holds ``MIN_OPENING`` of the
   other's shingles, the rules below are applied to what each says beyond
   them, not to the whole pages (which then share only the site's
   furniture). A resend or a cut copy says nothing beyond them, a copy with
   a note added or a line changed no article of its own: they are compared
   whole.

1. No paragraph disagrees with its counterpart: for each paragraph of one text
   whose shingles the other text has (MIN_CONTAINMENT of them, in one
   paragraph), it is not the case that both paragraphs state a figure, or both
   a name, that the other text lacks (a name in a run of names holding one the
   other has, not a common word, is that name written out more fully:
   "Lawrence Walsh" for "Walsh", a company's code added). That is a template
   filled twice. Nor
   is it when the openings are about different subjects: each opening's
   subject (its first run of names, "Kestrel Co", "Bank of Japan", common
   words left out) has a name the other opening lacks, and one of the two
   subjects has a name the other text lacks altogether: the same template
   filled for another company, even when it names the first further down
   ("Osprey Co said it raised ... Earlier today, Kestrel Corp also raised
   ..."). A rewrite that leads with the parent instead of its unit names
   both, and folds. Nor is it when two table rows of the same label (a
   figure found on one row of each: "274-294 days") each state a figure the
   other row lacks, or have as many figures and another in one place ("5.93
   pct 5.92 pct", "5.93 pct 5.93 pct"): a rate table changed again, the first
   change's new rates the second's old. A text that says it corrects a story (the other does
   not: "corrects cts per share") may disagree so. Nor, last, when one opens
   by referring back to its subject's earlier report ("which earlier said",
   "said earlier today") and states there a figure the other lacks: a later
   statement with news of its own, not a copy or rewrite.
2. The texts do not disagree as wholes. A reprint, a copy cut short or an
   update adds or drops particulars on one side only. When each has figures
   the other lacks, they are one event only when they agree on far more: at
   least MIN_STRONG specific particulars in common (a figure, or a name that
   is not a common word), or MIN_PRECISE precise figures in common (of
   PRECISE_DIGITS significant digits or more, not years: "4,800,840", "120.1",
   which two events seldom share; a results table and its correction), and no
   fewer in common than either has alone; and each opens as the other does
   (each opening paragraph holds MIN_OPENING of its shingles in the other, or
   the two openings state the same figures and names, ``openings_agree``: two
   papers' reports of one bid that each lead with news of their own are two
   stories) unless they share several paragraphs (MIN_LONG shingles) and
   neither's opening is a paragraph further down in the other nor states a
   figure the other lacks, an amount (``index.leads.leads_apart``:
   a story on one point, a filing's spending, and the day's main story
   carrying that lead near its end are two stories sharing background, and
   so are two stories each leading with news of its own on one background).
   When not both have figures of their own but each names someone the other
   does not (a rewrite quoting other people further down), neither may state
   in its opening paragraph a figure the other lacks (a meeting proposed, then
   its date set), nor may each open with news of its own (``index.leads.
   both_lead_anew``: a page leading with a second story and carrying the
   first below it), and the particulars in common must be at least
   MIN_AGREEMENT times those either has alone (or agree as strongly as above).
3. They share evidence: at least MIN_SHARED specific particulars, unless the
   shorter text is as a whole a copy found in the longer. Generic copy ("The
   Federal Reserve is expected to add reserves, economists said") is no proof
   of one event. Nor is a one-line template: when both texts are shorter than
   MIN_PROSE shingles, they must share MIN_SHARED strong particulars (whole
   numbers below SMALL_NUMBER, "three ships loading", do not count), even when
   they are word for word the same ("Lamb prices opened 2.00 dlrs lower" is
   every market's report).
4. Neither is a compilation carrying the other: a text with more particulars
   of its own than in common must open as the other does (a copy, a cut or an
   update opens with the story; a news digest, a follow-up or a story quoting
   another opens with news of its own); no paragraph of either may name
   someone its counterpart does not while the counterpart names someone else,
   one of them absent from the other text (another company's story naming the
   first further down); no paragraph after the opening, with no counterpart,
   may state MIN_REFILLED or more of the other's figures (all found there)
   for someone the other does not name (a round-up: "Ferrant Bancorp also
   raised its prime rate to 8-1/4 pct"), nor may its opening when the
   other's opening is found further down in it (a round-up leading with
   other banks' rises); and the particulars either has alone are at most
   MAX_EXTRA times those they share.
5. A correction is the story it corrects: when one says it corrects a story
   and the other does not, they are one event when the shorter is a copy
   found in the longer, they share MIN_SHARED specific particulars and
   neither has more particulars of its own than in common (a correction cut
   short; not another company's corrected item of the same template).
6. A rewrite of the same day is the story it rewrites: when both are known to
   be published on the same day (``same_day``, which the search gives) and
   each has figures of its own too few in common for rule 2, they are one
   event when each one's opening paragraph has the other's opening for its
   counterpart, or the two openings state the same figures and names (the
   same news in the lead, reworded or not: not a story of the same news
   conference or a follow-up, which lead with their own), they share
   MIN_REWRITE specific particulars and no fewer particulars than either has
   alone, and no figure either has alone sits where one the other has alone
   does (after the same word, as many figures on: "rose 12 pct" and "rose 15
   pct", a table row "Del grades 254" and "Del grades 1625"): a rewrite adds
   figures in places of its own, a template filled again replaces them.
7. A story continued is the flash it continues: when only one text has
   particulars of its own and the other opens it, whole (its opening is the
   longer's opening, and MIN_CONTAINMENT of its shingles are in the longer),
   they are one story however much the longer adds (a fixing line, then the
   same line with the day's market report after it); MAX_EXTRA does not apply.
8. A story of a later day leading with news of its own is a follow-up: when
   the two are known to be published on different days (``later``, which the
   search gives), the later one must open as the earlier does (MIN_OPENING of
   its opening's shingles in it) or state no figure or name the earlier lacks
   (``index.layout.leads_anew``): a bus line's fare cuts, the day after its
   sale, carrying the sale's paragraph further down, is another event; a copy
   or a rewrite printed days later opens with the story it copies. (Rule 5
   comes first: a correction of a later day still folds.)

9. One text printed twice is one story, and 10. two stories sharing only a
   passage are two, and so are a page and its second story (``index.coverage``:
   what the shared part covers); rule 9 comes before the rules above, 10 overrides 2 to 8.
11. A longer version of the same day is the story: when both are known to be
   published on the same day, the shorter (of several paragraphs) is found
   in the longer and each opening is found in the other (``index.coverage.
   longer_version``), they are one story whatever a paragraph updated says
   (asked with rule 9, before the others).

The paragraph-by-paragraph checks are in ``index.layout``; a text is read into
paragraphs and particulars by ``index.text_particulars``. A text stored as one
block (no paragraph breaks, as some feeds keep wire copy) and a paragraph of
more than ``index.passages.MAX_SENTENCES`` sentences are read by their
sentences (``index.passages.reading_spans``): a wire story's paragraphs are a
sentence or two, and its lead is its first, not the whole story.

Spellings are compared leniently (case, thousands separators, month
abbreviations, company forms; a particular misspelt, abbreviated, written in
parts, rounded or as a range written out: ``index.lenient``).
Only the first MAX_CHARS characters of a text are read (``index.text_particulars``), so
the work per text is bounded; each text's particulars are worked out once (memoised).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.coverage import below_another, longer_version, one_text, passage_only, shared
from index.frozen import record
from index.furniture import beyond_common, only_furniture
from index.layout import (
    Particulars,
    Text,
    continues,
    copied_whole,
    disagree,
    figures_replaced,
    leads_anew,
    leads_match,
    names_swapped,
    opening_news,
    openings_shared,
    reanchored,
    refilled,
    specific,
    unmatched,
)
from index.leads import YEAR, both_lead_anew, leads_apart
from index.lenient import forget as forget_lenient
from index.stamps import without_stamps
from index.text_particulars import forget as forget_read
from index.text_particulars import read

# Specific particulars two texts must share to be one event.
MIN_SHARED = 2
# Specific particulars two texts that each have reporting of their own must share.
MIN_STRONG = 30
# ... or precise figures (four significant digits or more) in common.
MIN_PRECISE = 4
PRECISE_DIGITS = 4
# Texts whose figures agree but that each name someone the other does not:
# their particulars in common at least this many times those either has alone.
MIN_AGREEMENT = 3.0
# Same-day texts that each add figures: specific particulars in common for a
# rewrite (rule 6).
MIN_REWRITE = 4
# Particulars only one text has: at most this many times those both have.
MAX_EXTRA = 6.0
# Texts with fewer than MIN_SHARED strong particulars in common (whole numbers
# below SMALL_NUMBER are not strong) must not both be shorter than this many
# shingles (one-line templates) ...
MIN_PROSE = 24
SMALL_NUMBER = 10
# Texts that each have figures of their own and share this many shingles
# (several paragraphs) need not open alike, unless one's lead is carried
# further down in the other.
MIN_LONG = 100
_PRECISE = re.compile(r"\d+(?:\.\d+)?")


@record
class _Comparison:
    """Two texts' particulars of one kind: those of each found in the other,
    and those each has alone."""

    found_mine: frozenset[str]
    found_theirs: frozenset[str]
    mine: frozenset[str]
    theirs: frozenset[str]


def same_event(
    body: str, candidate: str, *, same_day: bool = False, later: bool | None = None
) -> bool:
    """Whether candidate, which carries a passage of body, reports the same
    event as body (the rules are in the module docstring); same_day: whether
    both are known to be published on the same day; later: whether candidate
    is known to be published on a later day than body (False: an earlier day;
    None: the same day, or a date unknown)."""
    # The stamps saying when and where each text was filed or printed (a head
    # dateline, a closing "Published in ..." line) are no particulars of the story.
    body, candidate = without_stamps(body), without_stamps(candidate)
    beyond = beyond_common(body, candidate)
    if beyond is not None and only_furniture(beyond):
        # Rule 0: the pages share only the paragraphs both print word for word.
        return _same_event(beyond.first, beyond.second, same_day, later)
    return _same_event(body, candidate, same_day, later)


def _same_event(body: str, candidate: str, same_day: bool, later: bool | None) -> bool:
    """Rules 1 to 8 (the module docstring)."""
    first, second = read(body), read(candidate)
    common = shared(first, second)  # counted once, read by rules 9 to 11 and the tally
    if one_text(first, second, common):
        return True  # Rule 9: each nine tenths made of the other, several paragraphs long.
    if same_day and longer_version(first, second, common):
        # Rule 11: of the same day, the shorter found in the longer, each
        # opening found in the other: one story at more length or updated.
        return True
    if disagree(first, second):
        return False
    if passage_only(first, second, common) or below_another(first, second):
        # Rule 10: a small shared part, each leading with its own (or a page's second story).
        return False
    tally = _tally(first, second, common)
    figures, names = tally.figures, tally.names
    if _corrected(first, second, tally):
        return True
    if later is not None and leads_anew(*((second, first) if later else (first, second))):
        return False
    if figures.mine and figures.theirs:
        strong = tally.specific >= MIN_STRONG or tally.precise >= MIN_PRECISE
        carried = tally.prose >= MIN_LONG and not leads_apart(first, second)
        opening = carried or openings_shared(first, second)
        if strong and tally.shared >= tally.alone and opening:
            return True
        return same_day and _rewrite_adding(first, second, tally)
    if names.mine and names.theirs:
        # Not both have figures of their own: a rewrite naming others further down.
        if opening_news(first, second) or opening_news(second, first):
            return False
        if both_lead_anew(first, second):
            return False
        return (
            tally.specific >= MIN_STRONG
            and tally.shared >= tally.alone
            or tally.shared >= MIN_AGREEMENT * tally.alone
        )
    return _one_adds(first, second, tally)


def _rewrite_adding(first: Text, second: Text, tally: _Tally) -> bool:
    """Rule 6: two texts of the same day that each add figures are one story
    rewritten when their leads are each other's counterparts, they share
    MIN_REWRITE specific particulars and no fewer particulars than either has
    alone, and no figure either adds takes the place of one the other adds."""
    return (
        tally.specific >= MIN_REWRITE
        and tally.shared >= tally.alone
        and leads_match(first, second)
        and not figures_replaced(first, second)
    )


def _corrected(first: Text, second: Text, tally: _Tally) -> bool:
    """Rule 5: one says it corrects a story (the other does not), the shorter
    is found whole in the longer, they share MIN_SHARED specific particulars
    and neither has more of its own than in common."""
    return (
        first.corrects != second.corrects
        and copied_whole(first, second)
        and tally.specific >= MIN_SHARED
        and tally.shared >= tally.alone
    )


@record
class _Tally:
    """Two texts' particulars compared. The counts in common are taken on the
    side with fewer, so that the answer is the same both ways."""

    figures: _Comparison
    names: _Comparison
    shared: int  # particulars in common
    specific: int  # ... that are figures or names not common words
    strong: int  # ... of those, not small whole numbers
    alone: int  # particulars of its own, on the side with more
    precise: int  # precise figures in common
    prose: int  # shingles in common


def _tally(first: Text, second: Text, common: int | None = None) -> _Tally:
    mine, theirs = first.particulars, second.particulars
    figures = _compare(mine.figures, mine, theirs.figures, theirs)
    names = _compare(mine.names, mine, theirs.names, theirs)
    sides = ((figures.found_mine, names.found_mine), (figures.found_theirs, names.found_theirs))
    return _Tally(
        figures,
        names,
        min(len(f) + len(n) for f, n in sides),
        min(len(f) + len(specific(n)) for f, n in sides),
        min(len(_strong(f)) + len(specific(n)) for f, n in sides),
        max(len(figures.mine) + len(names.mine), len(figures.theirs) + len(names.theirs)),
        min(len(_precise(f)) for f, _ in sides),
        shared(first, second) if common is None else common,
    )


def _one_adds(first: Text, second: Text, tally: _Tally) -> bool:
    """Rules 3, 4 and 7, for texts of which at most one has particulars of its own
    (or one has figures and the other names)."""
    if tally.specific < MIN_SHARED and not copied_whole(first, second):
        return False
    if tally.strong < MIN_SHARED and max(len(first.shingles), len(second.shingles)) < MIN_PROSE:
        return False
    if tally.alone > tally.shared and (
        not openings_shared(first, second)
        or names_swapped(first, second)
        or refilled(first, second)
        or refilled(second, first)
    ):
        return False
    return tally.alone <= MAX_EXTRA * tally.shared or _continued(first, second, tally)


def _continued(first: Text, second: Text, tally: _Tally) -> bool:
    """Rule 7: the longer text opens with the whole shorter one, and one of
    them (the shorter) has no particulars of its own: the story continued."""
    own = (tally.figures.mine | tally.names.mine, tally.figures.theirs | tally.names.theirs)
    return not all(own) and continues(first, second)


def forget() -> None:
    """Empty the memo of texts already read (benchmarks time cold calls with it)."""
    forget_read()
    forget_lenient()


def _compare(
    mine: frozenset[str], my_text: Particulars, theirs: frozenset[str], their_text: Particulars
) -> _Comparison:
    only_mine, only_theirs = unmatched(mine, their_text), unmatched(theirs, my_text)
    only_mine, only_theirs = (
        only_mine - reanchored(only_mine, only_theirs, their_text),
        only_theirs - reanchored(only_theirs, only_mine, my_text),
    )
    return _Comparison(mine - only_mine, theirs - only_theirs, only_mine, only_theirs)


def _strong(figures: Iterable[str]) -> list[str]:
    """The figures that are not whole numbers below ten ("three ships", "1.00
    dlr"): small counts recur from one routine report to the next."""
    return [f for f in figures if not (f.isdigit() and int(f) < SMALL_NUMBER)]


def _precise(figures: Iterable[str]) -> list[str]:
    """The figures of PRECISE_DIGITS significant digits or more ("4,800,840",
    "120.1"; not "1,500,000", nor a year, nor a range): figures two events
    seldom share by chance."""
    return [f for f in figures if _PRECISE.fullmatch(f) and not YEAR.fullmatch(f)
            and len(f.replace(".", "").strip("0")) >= PRECISE_DIGITS]  # fmt: skip
