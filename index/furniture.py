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

from index.fingerprints import MIN_SHINGLES, containment
from index.layout import MIN_OPENING
from index.passages import PARAGRAPH_SEPARATOR, paragraph_spans, reading_spans
from index.text_particulars import MAX_CHARS, read

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
    first_shingles: frozenset[int]
    second_shingles: frozenset[int]


def beyond_runs(first: str, second: str) -> Beyond | None:
    """The two texts without their common runs: the leading paragraphs of each
    that the other also holds (anywhere in it: the same items in another
    order still count; an item one page has and the other lacks ends the run),
    and the trailing ones, paragraphs compared word for word; None when they
    share no such run, or when either says nothing of its own beyond it (a
    resend, a cut copy: the runs are the copy). The paragraphs' shingles are
    those ``index.text_particulars.read`` works out (memoised) for same_event."""
    one, other = _paragraphs(first), _paragraphs(second)
    (low, high), (their_low, their_high) = _kept(one, other), _kept(other, one)
    if high - low == len(one) and their_high - their_low == len(other):
        return None
    mine = _shingles(first, low, high)
    theirs = _shingles(second, their_low, their_high)
    if min(len(mine), len(theirs)) < MIN_OWN:
        return None
    rest, their_rest = (
        PARAGRAPH_SEPARATOR.join(one[low:high]),
        PARAGRAPH_SEPARATOR.join(other[their_low:their_high]),
    )
    return Beyond(rest, their_rest, mine, theirs)


def only_furniture(beyond: Beyond) -> bool:
    """Whether two texts share only their runs: beyond them, each is an
    article of its own (MIN_ARTICLE shingles) and neither holds MIN_OPENING
    of the other's shingles (two pages of one site around two stories; not a
    copy with a note or a line of its own added, nor a rewrite below a lead
    both keep word for word, which shares its figures and phrases)."""
    one, other = beyond.first_shingles, beyond.second_shingles
    if min(len(one), len(other)) < MIN_ARTICLE:
        return False
    return max(containment(one, other), containment(other, one)) < MIN_OPENING


def _paragraphs(text: str) -> list[str]:
    """The paragraphs of the first MAX_CHARS characters (a stored body's
    paragraphs are tidied, ``index.passages``). Furniture is whole paragraphs
    (lines) printed around an article: the sentences ``read`` cuts a block or
    a long paragraph into are not."""
    text = text[:MAX_CHARS]
    return [text[start:end] for start, end in paragraph_spans(text)]


def _kept(paragraphs: list[str], other: list[str]) -> tuple[int, int]:
    """The paragraphs left (from, to) without the leading and the trailing
    ones that other holds."""
    held = frozenset(other)
    start = 0
    while start < len(paragraphs) and paragraphs[start] in held:
        start += 1
    end = len(paragraphs)
    while end > start and paragraphs[end - 1] in held:
        end -= 1
    return start, end


def _shingles(text: str, start: int, end: int) -> frozenset[int]:
    """The shingles of paragraphs start to end of text: those of the pieces
    ``read`` cut them into (each piece's own)."""
    pieces = read(text).paragraphs
    text = text[:MAX_CHARS]
    spans = paragraph_spans(text)
    if start < end and len(pieces) != len(spans):  # a paragraph read by its sentences
        low, high = spans[start][0], spans[end - 1][1]
        cut = reading_spans(text)
        return frozenset().union(
            *(p.shingles for p, (s, e) in zip(pieces, cut, strict=True) if low <= s and e <= high)
        )
    return frozenset().union(*(p.shingles for p in pieces[start:end]))
