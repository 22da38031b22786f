"""Page furniture: the paragraphs two texts open and close alike, and what each
says beyond them.

A scraped web page keeps what its site prints around every article: a column of
other stories' headlines and bylines, navigation, sign-up and cookie lines, a
copyright line. Two pages of one site then open (and close) with the same run
of paragraphs though their articles share nothing, and every comparison of
openings finds the same lead. A copy (a resend, a cut copy, a reprint with the
site's furniture around it) still says the same beyond those runs, or nothing
beyond them; two pages whose texts beyond the runs are each an article of its
own share only the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.fingerprints import MIN_SHINGLES, containment, shingle_set
from index.layout import MIN_OPENING
from index.passages import PARAGRAPH_SEPARATOR
from index.text_particulars import MAX_CHARS

# A text says something beyond the runs it shares when what is left has this
# many shingles (a paragraph long enough to be looked up).
MIN_OWN = MIN_SHINGLES
# Beyond the runs, each text is an article of its own when it has this many
# shingles left (several paragraphs: a note or a line added to a copy is not).
MIN_ARTICLE = 100


@dataclass(frozen=True)
class Beyond:
    """What two texts say beyond the paragraphs they open and close alike."""

    first: str
    second: str
    shared: int  # how many paragraphs the runs hold, in the first text


def beyond_runs(first: str, second: str) -> Beyond | None:
    """The two texts without their common runs: the leading paragraphs of each
    that the other also holds (anywhere in it: the same items in another
    order still count; an item one page has and the other lacks ends the run),
    and the trailing ones, paragraphs compared word for word; None when they
    share no such run, or when either says nothing of its own beyond it (a
    resend, a cut copy: the runs are the copy)."""
    one, other = _paragraphs(first[:MAX_CHARS]), _paragraphs(second[:MAX_CHARS])
    kept_one, kept_other = _kept(one, frozenset(other)), _kept(other, frozenset(one))
    if len(kept_one) == len(one) and len(kept_other) == len(other):
        return None
    rest_one = PARAGRAPH_SEPARATOR.join(kept_one)
    rest_other = PARAGRAPH_SEPARATOR.join(kept_other)
    if min(len(shingle_set(rest_one)), len(shingle_set(rest_other))) < MIN_OWN:
        return None
    return Beyond(rest_one, rest_other, len(one) - len(kept_one))


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split(PARAGRAPH_SEPARATOR) if p.strip()]


def _kept(paragraphs: list[str], other: frozenset[str]) -> list[str]:
    """paragraphs without the leading and the trailing ones that other holds."""
    start = 0
    while start < len(paragraphs) and paragraphs[start] in other:
        start += 1
    end = len(paragraphs)
    while end > start and paragraphs[end - 1] in other:
        end -= 1
    return paragraphs[start:end]


def only_furniture(beyond: Beyond) -> bool:
    """Whether two texts share only their runs: beyond them, each is an
    article of its own (MIN_ARTICLE shingles) and neither holds MIN_OPENING
    of the other's shingles (two pages of one site around two stories; not a
    copy with a note or a line of its own added, nor a rewrite below a lead
    both keep word for word, which shares its figures and phrases)."""
    one, other = shingle_set(beyond.first), shingle_set(beyond.second)
    if min(len(one), len(other)) < MIN_ARTICLE:
        return False
    return max(containment(one, other), containment(other, one)) < MIN_OPENING
