"""Where two texts' particulars sit, for index.particulars.same_event: a text
read into paragraphs (each with its figures, names, subject and shingles), and
the checks that compare two texts paragraph by paragraph: counterparts that
disagree, table rows of one label filled twice, openings and their subjects,
leads that are each other's counterparts, a lead carried further down in the
other text, follow-ups with news of their own in the lead, names swapped,
round-ups that fill the other text's figures in again for someone else, and
figures each text adds that sit in the same place (a template filled again).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from index.fingerprints import MIN_CONTAINMENT, MIN_SHINGLES, containment
from index.frozen import record
from index.lenient import common_words, found

# A text's opening paragraph is found in another when it holds this share of
# its shingles.
MIN_OPENING = 0.25
# Weekdays, and the words for a day relative to a text's own date.
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
RELATIVE_DAYS = frozenset("yesterday today tomorrow tonight".split())
# A paragraph that fills another text's figures in again states this many.
MIN_REFILLED = 2
# Two openings stating the same particulars, this many or more, lead alike.
MIN_LEAD_PARTICULARS = 2


@record
class Particulars:
    """What a text states (its figures and names), and every word it uses,
    normalised and as spelt, to look another text's particulars up in."""

    figures: frozenset[str]
    names: frozenset[str]
    words: frozenset[str]
    spelt: frozenset[str]  # the words of FUZZY_LENGTH+ letters (compared leniently)
    prefixes: frozenset[str]  # the first PREFIX_LENGTH letters of longer words
    short_names: frozenset[str] = frozenset()  # names that may abbreviate others
    pieces: frozenset[str] = frozenset()  # words only found as parts of mixed numbers
    digits: frozenset[str] = frozenset()  # its figures' keys (``index.lenient.digits``)


@record
class Paragraph:
    """A paragraph's particulars: its figures, names and shingles."""

    figures: frozenset[str]
    names: frozenset[str]
    shingles: frozenset[int]
    subject: tuple[str, ...] = ()  # its opening's first run of names ("Bank of Japan")
    label: str = ""  # a table row's label: its first token, a figure ("274-294 days")
    refers_back: bool = False  # an opening referring to an earlier report ("earlier said")
    runs: tuple[frozenset[str], ...] = ()  # its runs of names ("District Court Judge Brenner")
    cells: tuple[str, ...] = ()  # a table row's figures in order ("274-294", "5.92", "5.90")


@record
class Text:
    """A text read once: its particulars, its paragraphs', and all its
    paragraphs' shingles."""

    particulars: Particulars
    paragraphs: tuple[Paragraph, ...]
    shingles: frozenset[int]
    corrects: bool = False  # whether it says it corrects a story ("corrects cts per share")
    # Where each figure sits: the word before it (not a figure) and how many
    # figures come between ("GRADES 254 236": ("grades", 0, "254"), ("grades", 1, "236")).
    places: frozenset[tuple[str, int, str]] = frozenset()


def unmatched(stated: Iterable[str], other: Particulars) -> frozenset[str]:
    """The particulars stated that the other text does not have, even spelt
    otherwise (``index.lenient``)."""
    stated = frozenset(stated)
    return frozenset(p for p in stated if not found(p, other) or _whole_alone(p, stated, other))


def _whole_alone(figure: str, stated: frozenset[str], other: Particulars) -> bool:
    """Whether a whole number is in the other text only as the whole of its
    mixed numbers, none of whose fractions is stated beside it: "six pct" and
    "6-1/16 pct" are two rates ("three and one-half" is "3-1/2" in parts)."""
    if not figure.isdigit() or figure not in other.pieces:
        return False
    mixed = (w for w in other.words if w.startswith(f"{figure}-") and "/" in w)
    fractions = {w.partition("-")[2] for w in mixed}
    return bool(fractions) and fractions.isdisjoint(stated)


def reanchored(
    only_mine: frozenset[str], only_theirs: frozenset[str], theirs: Particulars
) -> frozenset[str]:
    """The weekdays one text has alone ("Friday") that are the other's day
    words rewritten: the other text writes a day relative to its own date
    ("yesterday", "today") and has no weekday alone. A story run again on a
    later day has "yesterday" made "on Friday"; a template filled for another
    day has a weekday of its own on both sides."""
    days = only_mine & WEEKDAYS
    if not days or not only_theirs.isdisjoint(WEEKDAYS) or theirs.words.isdisjoint(RELATIVE_DAYS):
        return frozenset()
    return days


def specific(names: Iterable[str]) -> list[str]:
    """The names that are not common words."""
    return [name for name in names if name not in common_words()]


def disagree(first: Text, second: Text) -> bool:
    """Whether the texts disagree paragraph by paragraph (unless one of them
    says it corrects a story: a correction states another figure), row by
    row, in their openings' subjects, or one is a follow-up with news of its
    own in the lead."""
    return (
        (paragraphs_disagree(first, second) or rows_differ(first, second))
        and first.corrects == second.corrects
        or subjects_differ(first, second)
        or follow_up(first, second)
        or follow_up(second, first)
    )


def paragraphs_disagree(first: Text, second: Text) -> bool:
    """Whether a paragraph and its counterpart in the other text each state a
    figure, or each a name, that the other text lacks."""
    mine, theirs = first.particulars, second.particulars
    for here, there in _counterparts(first, second):
        if unmatched(here.figures, theirs) and unmatched(there.figures, mine):
            return True
        if _new_names(here, theirs) and _new_names(there, mine):
            return True
    return False


def _new_names(paragraph: Paragraph, other: Particulars) -> frozenset[str]:
    """The names of paragraph other lacks, but for those in a run of names
    holding one other has that is not a common word: a name written out more
    fully ("Lawrence Walsh" for "Walsh", "District Court Judge Brenner" for
    "Judge Brenner"; a company's code added), not another one."""
    new = unmatched(paragraph.names, other)
    for run in paragraph.runs:
        if new & run and specific(run - new):
            new -= run
    return new


def rows_differ(first: Text, second: Text) -> bool:
    """Whether a table row of one text and the row of the other with the same
    label (a figure found once in each: "274-294 days") each state a figure the
    other row lacks: the same table filled twice, its figures moved from row to
    row or column to column (a rate table changed again the same day, the
    first change's new rates the second's old), which the texts' figures as
    wholes do not show; or the two rows have as many cells (figures, in
    order) and another figure in one of them ("5.93 pct 5.92 pct", "5.93 pct
    5.93 pct": the old rate now the new one, no figure new to either row)."""
    mine, theirs = _rows(first), _rows(second)
    for label in mine.keys() & theirs.keys():
        here, there = mine[label], theirs[label]
        if here.figures - there.figures and there.figures - here.figures:
            return True
        if len(here.cells) == len(there.cells) and here.cells != there.cells:
            return True  # as many cells, another figure in one: "5.93 5.92", "5.93 5.93"
    return False


def follow_up(one: Text, other: Text) -> bool:
    """Whether one's opening refers back to an earlier report ("which earlier
    said", "said earlier today") and states a figure other lacks: a later
    statement leading with news of its own (the funds available for a buyback
    announced hours before), not a copy or a rewrite of the report."""
    lead = opening(one)
    return lead is not None and lead.refers_back and opening_news(one, other)


def figures_replaced(first: Text, second: Text) -> bool:
    """Whether a figure each text has alone sits in the same place in both
    (after the same word, as many figures on: "rose 12 pct", "rose 15 pct";
    a table's row "GRADES 254", "GRADES 1625"): the template filled again
    with other values, where a rewrite adds figures in places of its own."""
    mine = unmatched(first.particulars.figures, second.particulars)
    theirs = unmatched(second.particulars.figures, first.particulars)
    here = {(word, step) for word, step, figure in first.places if figure in mine}
    return any((word, step) in here for word, step, figure in second.places if figure in theirs)


def names_swapped(first: Text, second: Text) -> bool:
    """Whether a paragraph and its counterpart each name someone the other
    paragraph does not, one of them not in the other text at all."""
    mine, theirs = first.particulars, second.particulars
    for here, there in _counterparts(first, second):
        mine_only, theirs_only = here.names - there.names, there.names - here.names
        if (
            mine_only
            and theirs_only
            and (unmatched(mine_only, theirs) or unmatched(theirs_only, mine))
        ):
            return True
    return False


def subjects_differ(first: Text, second: Text) -> bool:
    """Whether the openings are about different subjects: each opening's
    subject (its first run of names, common words left out) has a name the
    other opening lacks, and one of them has a name the other text lacks
    altogether. The same template filled for another company ("Kestrel Corp
    said it raised ...", "Osprey Co said it raised ...") is another event,
    even when one names the other further down; a rewrite leading with the
    parent company instead of its unit names both."""
    mine, theirs = opening(first), opening(second)
    if mine is None or theirs is None:
        return False
    my_subject, their_subject = specific(mine.subject), specific(theirs.subject)
    if mine.names.issuperset(their_subject) or theirs.names.issuperset(my_subject):
        return False
    return bool(
        unmatched(my_subject, second.particulars) or unmatched(their_subject, first.particulars)
    )


def leads_match(first: Text, second: Text) -> bool:
    """Whether each text's opening paragraph has the other's opening for its
    counterpart (MIN_CONTAINMENT of its shingles there, its best match), or
    the two openings state the same particulars (``openings_agree``): the
    two lead with the same news, as a story and its rewrite do; two stories of
    one news conference, or a story and its follow-up, lead with their own."""
    mine, theirs = opening(first), opening(second)
    return (
        mine is not None
        and theirs is not None
        and _counterpart(mine.shingles, second) is theirs
        and _counterpart(theirs.shingles, first) is mine
    ) or openings_agree(first, second)


def openings_shared(first: Text, second: Text) -> bool:
    """Whether each text's opening paragraph is (MIN_OPENING of its shingles)
    in the other, or the two openings state the same particulars
    (``openings_agree``): a copy, a cut or an update opens as the story does; a
    digest or a follow-up carrying it opens with news of its own."""
    return (
        _opening_in(first, second) and _opening_in(second, first) or openings_agree(first, second)
    )


def openings_agree(first: Text, second: Text) -> bool:
    """Whether the two opening paragraphs state the same figures and the same
    names (not common words), MIN_LEAD_PARTICULARS of them or more: the same
    lead reworded ("Osprey Tools Co said it expects second quarter profit to
    be above the year-ago 2,315,600 dlrs", "Osprey Tools Co expects its profit
    for the second quarter to top the 2,315,600 dlrs it earned a year ago"),
    which shares too few shingles to be found. A lead with news of its own
    states a figure or a name the other's lacks."""
    mine, theirs = opening(first), opening(second)
    if mine is None or theirs is None:
        return False
    stated = mine.figures | frozenset(specific(mine.names))
    return len(stated) >= MIN_LEAD_PARTICULARS and stated == theirs.figures | frozenset(
        specific(theirs.names)
    )


def lead_carried(first: Text, second: Text) -> bool:
    """Whether either text's opening paragraph has its counterpart in the other
    further down, not as the other's opening: a story on one point carried
    inside a wider story that leads with news of its own (a sidebar on a filing
    and the day's main story, a digest and an item of it), not a rewrite of it."""
    for one, other in ((first, second), (second, first)):
        lead, their_lead = opening(one), opening(other)
        if lead is None or their_lead is None:
            continue
        found = _counterpart(lead.shingles, other)
        if found is not None and found is not their_lead:
            return True
    return False


def leads_anew(later: Text, earlier: Text) -> bool:
    """Whether later (printed on a later day) opens with a paragraph earlier
    does not hold (MIN_OPENING of its shingles) and states a figure or a name
    (not a common word) earlier lacks: a story of another day leading with
    news of its own and carrying the first story's passage further down. A
    copy or a rewrite run days later opens with the story it copies."""
    if _opening_in(later, earlier):
        return False
    theirs = earlier.particulars
    own = later.particulars
    return bool(unmatched(own.figures, theirs)) or bool(specific(unmatched(own.names, theirs)))


def opening_news(one: Text, other: Text) -> bool:
    """Whether one's opening paragraph states a figure other lacks: news of
    its own in the lead (a meeting's date set, where the other had none)."""
    lead = opening(one)
    return lead is not None and bool(unmatched(lead.figures, other.particulars))


def refilled(one: Text, other: Text) -> bool:
    """Whether a paragraph of one after its opening, long enough to be a
    passage (MIN_SHINGLES; not a table row) and with no counterpart in other,
    states MIN_REFILLED or more figures, all of them other's, for someone (a
    name not a common word) other does not name: the same news for another
    subject, as a round-up of several companies' moves has it. When other's
    opening is found further down in one, one's opening is such a paragraph
    too: a round-up leading with other companies' moves and carrying other's
    lead after them."""
    theirs = other.particulars
    for paragraph in _after_lead(one, other):
        if len(paragraph.shingles) < MIN_SHINGLES or len(paragraph.figures) < MIN_REFILLED:
            continue
        if unmatched(paragraph.figures, theirs):
            continue
        if _counterpart(paragraph.shingles, other) is None and specific(
            unmatched(paragraph.names, theirs)
        ):
            return True
    return False


def _after_lead(one: Text, other: Text) -> tuple[Paragraph, ...]:
    """One's paragraphs after its opening, or all of them when other's
    opening has its counterpart in one further down (one leads with news of
    others and carries other's lead after it)."""
    lead, their_lead = opening(one), opening(other)
    if lead is None or their_lead is None:
        return one.paragraphs[1:]
    found = _counterpart(their_lead.shingles, one)
    return one.paragraphs if found is not None and found is not lead else one.paragraphs[1:]


def _rows(one: Text) -> dict[str, Paragraph]:
    """One's table rows by label, for the labels found on one row only."""
    counts = Counter(p.label for p in one.paragraphs if p.label)
    return {p.label: p for p in one.paragraphs if p.label and counts[p.label] == 1}


def copied_whole(first: Text, second: Text) -> bool:
    """Whether the shorter text is, as a whole, a copy found in the longer (a
    text too short for one shingle is taken as found)."""
    shorter, longer = sorted((first.shingles, second.shingles), key=len)
    return not shorter or containment(shorter, longer) >= MIN_CONTAINMENT


def continues(first: Text, second: Text) -> bool:
    """Whether the longer text opens with the whole shorter one: the shorter's
    opening has the longer's opening for its counterpart, the longer has more
    paragraphs, and MIN_CONTAINMENT of the shorter's shingles are in it (a
    flash, then the story with paragraphs added after it)."""
    shorter, longer = sorted((first, second), key=lambda text: len(text.shingles))
    mine = [p for p in shorter.paragraphs if p.shingles]
    theirs = [p for p in longer.paragraphs if p.shingles]
    return (
        0 < len(mine) < len(theirs)
        and _counterpart(mine[0].shingles, longer) is theirs[0]
        and containment(shorter.shingles, longer.shingles) >= MIN_CONTAINMENT
    )


def _counterparts(first: Text, second: Text) -> list[tuple[Paragraph, Paragraph]]:
    """(paragraph of first, paragraph of second) pairs in which one holds
    MIN_CONTAINMENT of its shingles in the other (its best match)."""
    pairs = []
    for one, other, swap in ((first, second, False), (second, first, True)):
        for paragraph in one.paragraphs:
            best = _counterpart(paragraph.shingles, other)
            if best is not None:
                pairs.append((best, paragraph) if swap else (paragraph, best))
    return pairs


def _counterpart(shingles: frozenset[int], other: Text) -> Paragraph | None:
    """The paragraph of other sharing the most of these shingles (the first on
    a tie) when it holds MIN_CONTAINMENT of them, else None."""
    if shingles.isdisjoint(other.shingles):
        return None
    shared = [len(shingles & p.shingles) for p in other.paragraphs]
    most = max(shared)
    if most / len(shingles) < MIN_CONTAINMENT:
        return None
    return other.paragraphs[shared.index(most)]


def opening(one: Text) -> Paragraph | None:
    """One's opening paragraph: its first with a shingle."""
    return next((p for p in one.paragraphs if p.shingles), None)


def _opening_in(one: Text, other: Text) -> bool:
    lead = opening(one)
    return lead is None or containment(lead.shingles, other.shingles) >= MIN_OPENING
