"""Page furniture: the paragraphs two texts both print word for word, and what
each says beyond them.

A scraped web page keeps what its site prints around and inside every article:
a column of other stories' headlines and bylines, navigation, sign-up, cookie
and copyright lines, and lines set between an article's paragraphs (an
advertiser's message, "Subscribe to ...", a newsletter's standing items). Two
pages of one site then share those paragraphs word for word though their
articles share nothing: every comparison of openings finds the same lead, and
a long newsletter's standing lines add up to "several paragraphs" in common. A
copy (a resend, a cut copy, a reprint with the site's furniture around it)
still says the same beyond those paragraphs, or nothing beyond them; two pages
whose texts beyond them are each an article of its own share only the page.
"""

from __future__ import annotations

from index.fingerprints import MIN_SHINGLES, containment
from index.frozen import record
from index.layout import MIN_OPENING
from index.passages import PARAGRAPH_SEPARATOR, paragraph_spans, reading_spans
from index.text_particulars import MAX_CHARS, read

# A text says something beyond the paragraphs it shares when what is left has
# this many shingles (a paragraph long enough to be looked up).
MIN_OWN = MIN_SHINGLES
# Beyond them, each text is an article of its own when it has this many
# shingles left (several paragraphs: a note or a line added to a copy is not).
MIN_ARTICLE = 100


@record
class Beyond:
    """What two texts say beyond the paragraphs both print word for word."""

    first: str
    second: str
    first_shingles: frozenset[int]
    second_shingles: frozenset[int]


def beyond_common(first: str, second: str) -> Beyond | None:
    """The two texts without the paragraphs each prints word for word as the
    other does, wherever they stand (a page's column of headlines before the
    article, its sign-up and copyright lines after it, an advertiser's line or
    a newsletter's standing items between its paragraphs; in another order
    still); None when they print no paragraph alike, or when either says
    nothing of its own beyond them (a resend, a cut copy: the common
    paragraphs are the copy). The paragraphs' shingles are those
    ``index.text_particulars.read`` works out (memoised) for same_event."""
    one, other = _paragraphs(first), _paragraphs(second)
    mine, theirs = _own(one, other), _own(other, one)
    if len(mine) == len(one) and len(theirs) == len(other):
        return None
    my_shingles, their_shingles = _shingles(first, mine), _shingles(second, theirs)
    if min(len(my_shingles), len(their_shingles)) < MIN_OWN:
        return None
    return Beyond(
        PARAGRAPH_SEPARATOR.join(one[k] for k in mine),
        PARAGRAPH_SEPARATOR.join(other[k] for k in theirs),
        my_shingles,
        their_shingles,
    )


def only_furniture(beyond: Beyond) -> bool:
    """Whether two texts share only their common paragraphs: beyond them, each
    is an article of its own (MIN_ARTICLE shingles) and neither holds
    MIN_OPENING of the other's shingles (two pages of one site around two
    stories; not a copy with a note or a line of its own added, nor a rewrite
    below a lead both keep word for word, which shares its figures and
    phrases)."""
    one, other = beyond.first_shingles, beyond.second_shingles
    if min(len(one), len(other)) < MIN_ARTICLE:
        return False
    return max(containment(one, other), containment(other, one)) < MIN_OPENING


def _paragraphs(text: str) -> list[str]:
    """The paragraphs of the first MAX_CHARS characters (a stored body's
    paragraphs are tidied, ``index.passages``). Furniture is whole paragraphs
    (lines) a site prints: the sentences ``read`` cuts a block or a long
    paragraph into are not."""
    text = text[:MAX_CHARS]
    return [text[start:end] for start, end in paragraph_spans(text)]


def _own(paragraphs: list[str], other: list[str]) -> list[int]:
    """The indexes of the paragraphs other does not print word for word."""
    held = frozenset(other)
    return [k for k, paragraph in enumerate(paragraphs) if paragraph not in held]


def _shingles(text: str, kept: list[int]) -> frozenset[int]:
    """The shingles of the kept paragraphs of text: those of the pieces
    ``read`` cut them into (each piece's own)."""
    pieces = read(text).paragraphs
    text = text[:MAX_CHARS]
    spans = paragraph_spans(text)
    if len(pieces) == len(spans):
        return frozenset().union(*(pieces[k].shingles for k in kept))
    # A paragraph read by its sentences: the pieces within the kept paragraphs.
    wanted = [spans[k] for k in kept]
    inside = (
        piece.shingles
        for piece, (start, end) in zip(pieces, reading_spans(text), strict=True)
        if any(low <= start and end <= high for low, high in wanted)
    )
    return frozenset().union(*inside)
