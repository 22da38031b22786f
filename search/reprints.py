"""Reprints: the other articles that carry a passage, found through the index.

Wire copy runs in many outlets with light edits, so a plain search returns the
same paragraph many times. The indexer stores each article's text fingerprints
(``index.fingerprints``); here a shown passage's fingerprints are looked up to
find the articles sharing any of them, and each candidate is confirmed by the
share of the passage's shingles its text contains. The search side then folds
the copies under the earliest-dated one ("also in N articles").

Storage stays behind ``Library``: the engine supplies the postings lookup and
stored-field reads, so this module never touches Whoosh.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol

from index.fingerprints import enough_shared, is_copy, passage_terms, shingle_set
from search.models import Hit, Reprint

# Candidates confirmed per passage, those sharing the most fingerprints first:
# bounds the work when a passage is boilerplate found in thousands of articles.
MAX_CANDIDATES = 200


@dataclass(frozen=True)
class Copy:
    """An article that carries a passage: what a result lists under "also in"."""

    docnum: int
    id: str
    published: date | None
    source: str
    estimated: date | None = None
    date_source: str | None = None


class Library(Protocol):
    """What finding copies needs from the index."""

    def sharing(self, terms: list[str]) -> Counter[int]:
        """Documents with any of these fingerprint terms: how many each has."""

    def copy(self, docnum: int) -> tuple[Copy, str]:
        """One document as a Copy, and its body."""


def copies_of(
    body: str,
    span: tuple[int, int],
    library: Library,
    allowed: Container[int],
    exclude: Container[int],
) -> list[Copy]:
    """The allowed articles (other than excluded ones) whose text contains the
    passage body[start:end], lightly edited or not."""
    start, end = span
    part = shingle_set(body[start:end])
    terms = passage_terms(body, start, end)
    if not terms:
        return []
    shared = library.sharing(terms)
    found = []
    least = enough_shared(len(terms))
    candidates = (
        n
        for n, count in shared.most_common()
        if count >= least and n in allowed and n not in exclude
    )
    for docnum, _ in zip(candidates, range(MAX_CANDIDATES), strict=False):
        copy, text = library.copy(docnum)
        if is_copy(part, shingle_set(text)):
            found.append(copy)
    return found


def anchor(body: str, passages: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """The stretch of body a result is grouped by: its best passage, else its
    first paragraph."""
    for span in passages:
        return span
    end = body.find("\n\n")
    return 0, len(body) if end < 0 else end


def first_printed(copies: Iterable[Copy]) -> Copy:
    """The earliest-dated copy; among undated ones (or equal dates), the first indexed."""
    return min(copies, key=_printed_order)


def fold(
    ranked: Iterable[tuple[int, float]],
    limit: int,
    build: Callable[[int, float], Hit],
    library: Library,
    allowed: Container[int],
    all_copies: bool = False,
) -> list[Hit]:
    """The first `limit` results of ranked (docnum, score) pairs, each with
    the other allowed articles carrying its best passage. Copies are folded
    under the earliest-dated one, which is shown in the best copy's place;
    with all_copies every article stays a result of its own."""
    shown: set[int] = set()
    hits: list[Hit] = []
    for docnum, score in ranked:
        if len(hits) >= limit:
            break
        if docnum in shown:
            continue
        hit = build(docnum, score)
        me, body = library.copy(docnum)
        span = anchor(body, ((p.start, p.end) for p in hit.passages))
        skip = {docnum} if all_copies else shown | {docnum}
        copies = copies_of(body, span, library, allowed, skip)
        group = [me, *copies]
        first = me if all_copies else first_printed(group)
        shown.update([docnum] if all_copies else (c.docnum for c in group))
        if first.docnum != docnum:
            hit = build(first.docnum, score)
        others = sorted((c for c in group if c is not first), key=_printed_order)
        listed = tuple(
            Reprint(c.id, c.published, c.source, c.estimated, c.date_source) for c in others
        )
        hits.append(replace(hit, reprints=listed))
    return hits


def _printed_order(copy: Copy) -> tuple[bool, date, int]:
    return copy.published is None, copy.published or date.max, copy.docnum
