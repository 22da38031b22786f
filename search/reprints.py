"""Reprints: the other articles that carry a passage, found through the index.

Wire copy runs in many outlets with light edits, so a plain search returns the
same paragraph many times. The indexer stores each article's text fingerprints
(``index.fingerprints``); here a shown passage's fingerprints are looked up to
find the articles sharing any of them, and each candidate is confirmed by the
share of the passage's shingles its text contains. A passage too short for that
(a table row) is widened to the rows around it first (``widened``). The search side then folds
the copies under the earliest-dated one ("also in N articles").

A copy must also be published within REPRINT_WINDOW of the article it copies
(when both dates are known; an undated article is compared on its text alone),
and this is checked first, before the text comparison.

Storage stays behind ``Library``: the engine supplies the candidates (one
engine query: the matches sharing any of the fingerprints, with how many each
shares) and the stored articles.
"""

from __future__ import annotations

from collections.abc import Container, Hashable, Iterable, Set
from datetime import date, timedelta
from functools import lru_cache
from typing import Protocol

from index.fingerprints import MIN_SHINGLES, enough_shared, is_copy, passage_terms, shingle_set
from index.frozen import record
from index.passages import paragraph_spans
from index.site_furniture import NO_MARKS, Marks, set_aside, set_aside_both

# Candidates confirmed per passage, those sharing the most fingerprints first:
# bounds the work when a passage is boilerplate found in thousands of articles.
MAX_CANDIDATES = 200
# A passage too short to look up is widened (to MIN_SHINGLES) only in a body of
# this many shingles or more: a one-line template (a dividend's three lines,
# every company's alike) stays too short to call a copy.
MIN_WIDENED = 24
# How far apart a copy and the article it copies may be published. Wire copy is
# run within days of its first printing, and a correction follows within days;
# the same template filled weeks or months later (a price posting, a weekly
# report, a results table) reports another event. In the labelled set's
# development parts, the 83 Reuters same-story pairs are at most 3 days apart
# (81 on the same or the next day), and 113 of 207 different-event pairs more
# than 7 (bench/README.md); a weekly outlet reprints within the week. Less
# than a week: a weekly notice (a rate tender, a weekly report) recurs on the
# seventh day, word for word when nothing changed; over all the labelled
# parts, 147 different-event pairs and no same-event pair are 7 days apart.
REPRINT_WINDOW = timedelta(days=6)


@record
class Copy:
    """An article that carries a passage: what a result lists under "also in"."""

    ref: Hashable  # the engine's address of the article
    id: str
    published: date | None
    source: str
    estimated: date | None = None
    date_source: str | None = None
    order: str = ""  # breaks ties between equal dates: the article id
    site: str = ""  # whose pages it is, for its furniture (index.site_furniture.source_of)


class Library(Protocol):
    """What finding copies needs from the index."""

    def sharing(self, terms: list[str], limit: int) -> list[tuple[Hashable, int]]:
        """The articles (among the search's matches) holding any of these
        fingerprint terms, with how many each holds, the most first."""

    def copy(self, ref: Hashable) -> tuple[Copy, str]:
        """One article as a Copy, and its body."""

    def published(self, refs: list[Hashable]) -> list[date | None]:
        """The articles' stated publication dates (read before the articles, so
        that a candidate outside the window is never read)."""

    def marks(self, site: str, text: str) -> Marks:
        """The keys of text's paragraphs that site prints as furniture
        (``index.site_furniture``)."""


def copies_of(
    body: str,
    span: tuple[int, int],
    library: Library,
    exclude: Container[Hashable],
    *,
    published: date | None = None,
    site: str = "",
) -> list[Copy]:
    """The articles (other than excluded ones) published within REPRINT_WINDOW
    of `published` (body's date, when known) whose text contains the passage
    body[start:end], lightly edited or not, and that report the same event as
    body (``index.particulars.same_event``). A passage too short to look up is
    widened first (``widened``). The archive's furniture (paragraphs a site
    prints on many pages; `site` is body's source) is no evidence: it is set
    aside from the passage and from both texts, so a passage of furniture alone
    finds no copy."""
    start, end = widened(body, span)
    mine = library.marks(site, body)
    part = shingle_set(set_aside(body[start:end], mine))
    terms = passage_terms(body, start, end)
    if not terms or len(part) < MIN_SHINGLES:
        return []
    least = enough_shared(len(terms))
    shared = library.sharing(terms, MAX_CANDIDATES + 1)
    candidates = [r for r, count in shared if count >= least and r not in exclude]
    chosen = candidates[:MAX_CANDIDATES]
    dates = library.published(chosen) if published is not None else [None] * len(chosen)
    found = []
    for ref, printed in zip(chosen, dates, strict=True):
        if not within_window(published, printed):
            continue
        copy, text = library.copy(ref)
        theirs = library.marks(copy.site, text)
        printed = copy.published
        if is_reprint(body, part, published, text, printed, (mine, theirs), (site, copy.site)):
            found.append(copy)
    return found


def is_reprint(
    body: str,
    part: Set[int],
    published: date | None,
    text: str,
    printed: date | None,
    furniture: tuple[Set[int], Set[int]] = (NO_MARKS, NO_MARKS),
    sources: tuple[str, str] = ("", ""),
) -> bool:
    """Whether text (published on `printed`) is a copy of the passage whose
    shingles are `part` in body (published on `published`): published within
    the window (checked first: it costs nothing), holding the passage, and
    reporting the same event (told whether both are known to be of the same
    day: a rewrite of the same day may add figures of its own; and else
    which is of a later day: a story of a later day leading with news of its
    own is a follow-up). Both texts are compared without their sources'
    furniture paragraphs (`furniture`: body's and text's marks,
    ``index.site_furniture.set_aside_both``; `part` is the passage's shingles
    without them). Texts of two different sources (`sources`: body's and
    text's, "" when unknown) are one story when one is carried in the other
    (``carried_across``). Neither holds when the two openings tell one
    template's event in two directions (``index.converse.turned_round``)."""
    if not within_window(published, printed):
        return False
    body, text = set_aside_both(body, text, *furniture)
    if not is_copy(part, _shingles_of(text)):
        return False
    from index.converse import turned_round  # loaded once a candidate gets this far

    if turned_round(body, text):
        # One template's event and its converse (a message sent and one
        # received, an arrival and a departure): two events, whatever else holds.
        return False
    if reports_same_event(body, published, text, printed):
        return True
    # Asked after the rules of particulars (the same decision either way): its
    # paragraph-by-paragraph disagreement check is costly on long pages that
    # the rules fold earlier (one text printed twice, a longer version).
    return all(sources) and sources[0] != sources[1] and carried_across(body, text)


def carried_across(body: str, text: str) -> bool:
    """``index.coverage.carried_across`` for two texts of two different
    sources, read as the same-event test reads them (their stamps set aside),
    when no paragraph of one disagrees with its counterpart in the other."""
    # Two outlets' copies of one agency story or release, each cut, captioned or
    # introduced its own way, are one story; one site's two stories reusing
    # paragraphs are not asked this (they are of one source). A paragraph that
    # disagrees with its counterpart (``index.layout.disagree``: a template
    # filled for another company or day) is no copy, whoever prints it.
    from index import coverage
    from index.layout import disagree
    from index.stamps import without_stamps
    from index.text_particulars import read

    first, second = read(without_stamps(body)), read(without_stamps(text))
    return coverage.carried_across(first, second) and not disagree(first, second)


def reports_same_event(body: str, published: date | None, text: str, printed: date | None) -> bool:
    """``index.particulars.same_event`` for body (published on `published`) and
    text (on `printed`), told what the dates say: whether both are of the same
    day, else which is of a later day (nothing when a date is unknown)."""
    # The same-event rule's module (its patterns and word lists) is loaded only
    # when a candidate gets this far: most searches show none that does.
    from index.particulars import same_event

    if published is None or printed is None:
        return same_event(body, text)
    later = None if printed == published else printed > published
    return same_event(body, text, same_day=printed == published, later=later)


def widened(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """The passage looked up for span: span itself, or when it has fewer than
    MIN_SHINGLES shingles (a table row, a one-line paragraph) in a body of
    MIN_WIDENED shingles or more, span with the paragraphs after it, then
    before it, added one at a time until it has MIN_SHINGLES: a copy of a
    short table, every line of it edited, is still found. A body shorter than
    that (a dividend's three lines, every company's alike) is not widened."""
    start, end = span
    if len(shingle_set(body[start:end])) >= MIN_SHINGLES or len(_shingles_of(body)) < MIN_WIDENED:
        return span
    paragraphs = paragraph_spans(body)
    after = [(start, e) for s, e in paragraphs if s >= end]
    before = [(s, end) for s, e in reversed(paragraphs) if e <= start]
    for start_end in after + [(s, after[-1][1] if after else end) for s, _ in before]:
        if len(shingle_set(body[start_end[0] : start_end[1]])) >= MIN_SHINGLES:
            return start_end
    return span


def within_window(first: date | None, second: date | None) -> bool:
    """Whether two publication dates are at most REPRINT_WINDOW apart; an
    unknown date is never outside it."""
    if first is None or second is None:
        return True
    return abs(first - second) <= REPRINT_WINDOW


@lru_cache(maxsize=1024)
def _shingles_of(text: str) -> frozenset[int]:
    """A candidate's shingles, worked out once: the same articles are
    candidates for many results and many searches of one session."""
    return shingle_set(text)


def anchor(body: str, passages: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """The stretch of body a result is grouped by: its best passage, else its
    first paragraph."""
    for span in passages:
        return span
    end = body.find("\n\n")
    return 0, len(body) if end < 0 else end


def first_printed(copies: Iterable[Copy]) -> Copy:
    """The earliest-dated copy; among undated ones (or equal dates), the first by id."""
    return min(copies, key=printed_order)


def printed_order(copy: Copy) -> tuple[bool, date, str]:
    return copy.published is None, copy.published or date.max, copy.order
