"""Fingerprints of article text, for finding reprints (shared, lightly edited copy).

Text is cut into shingles (every run of SHINGLE_WORDS consecutive plain words),
each hashed to 32 bits. Winnowing (Schleimer, Wilkerson and Aiken, 2003) keeps
the smallest hash of every window of WINDOW consecutive shingles (about
2 / (WINDOW + 1) of them), and any stretch of WINDOW + SHINGLE_WORDS - 1 words
two texts share gives both at least one common fingerprint. The indexer stores an
article's fingerprints as terms; the search side looks a passage's fingerprints
up in the index to find the other articles that carry it, then confirms each
candidate by the share of the passage's shingles it contains. Nothing compares
all pairs. (Bucketing the terms to fewer bits saves a little indexing time but
makes every lookup find tens of unrelated candidates to confirm at 200,000
articles, so the terms keep all 32 bits.)

Both sides call these functions, so the terms always agree.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left
from collections import deque
from collections.abc import Iterator, Sequence, Set
from typing import TypeVar

SHINGLE_WORDS = 4
WINDOW = 12
# A passage shorter than this many shingles is too short to call a reprint (the
# search widens a table row to the rows around it: search.reprints.widened).
MIN_SHINGLES = 8
# The share of a passage's shingles another article must contain to be a copy.
MIN_CONTAINMENT = 0.6

_WORD = re.compile(r"[^\W_]+")
_ASCII_WORD = re.compile(rb"[a-z0-9]+")  # _WORD over lower-cased ASCII text
W = TypeVar("W", str, bytes)


# A shingle: (character offset of its first word, 32-bit hash).
Shingle = tuple[int, int]


def shingles(text: str) -> list[Shingle]:
    """Every run of SHINGLE_WORDS words, case folded, punctuation dropped."""
    found = _words(text)
    return _hashed(found, 0, len(found) - SHINGLE_WORDS + 1)


def _words(text: str) -> list[tuple[int, str]]:
    """Each word's offset and its case-folded form."""
    return [(m.start(), m.group().casefold()) for m in _WORD.finditer(text)]


def _hashed(found: list[tuple[int, str]], low: int, high: int) -> list[Shingle]:
    """The shingles starting at words low to high - 1 of found."""
    words = [word for _, word in found]
    return [
        (found[i][0], zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode()))
        for i in range(low, high)
    ]


def winnow(found: list[Shingle]) -> list[Shingle]:
    """The smallest hash of each window of WINDOW shingles (the rightmost on a
    tie), each kept once; a text shorter than one window keeps its minimum."""
    return [found[i] for i in _window_minima([value for _, value in found])]


def _window_minima(hashes: list[int]) -> list[int]:
    """The positions :func:`winnow` keeps: one pass with a deque of the window's
    candidate minima (positions of increasing hash), instead of a min() over every
    window."""
    if not hashes:
        return []
    width = min(WINDOW, len(hashes))
    chosen: list[int] = []
    minima: deque[int] = deque()
    for i, value in enumerate(hashes):
        while minima and hashes[minima[-1]] >= value:  # >=: the rightmost wins a tie
            minima.pop()
        minima.append(i)
        if minima[0] <= i - width:
            minima.popleft()
        if i >= width - 1 and (not chosen or chosen[-1] != minima[0]):
            chosen.append(minima[0])
    return chosen


def fingerprint_terms(text: str) -> list[str]:
    """The fingerprints of a whole text as index terms: the terms of
    ``winnow(shingles(text))``, hashed without the words' offsets, which only a
    passage's lookup needs (a third less work per article indexed)."""
    if text.isascii():
        # Folded whole (ASCII case folding is lower()) and cut into words as bytes, which
        # are hashed as they are: a fifth less time than words as strings, each encoded.
        ascii_words = _ASCII_WORD.findall(text.lower().encode("ascii"))
        runs = map(b" ".join, _runs(ascii_words))
    else:
        runs = map(str.encode, map(" ".join, _runs(_folded_words(text))))
    hashes = list(map(zlib.crc32, runs))
    # Sorted as numbers: the same order as their fixed-width hexadecimal terms.
    return [term(value) for value in sorted(_window_minimum_values(hashes))]


def _runs(words: Sequence[W]) -> Iterator[tuple[W, ...]]:
    """Every run of SHINGLE_WORDS consecutive words."""
    return zip(*(words[k:] for k in range(SHINGLE_WORDS)), strict=False)


def _folded_words(text: str) -> list[str]:
    return list(map(str.casefold, _WORD.findall(text)))


def _window_minimum_values(hashes: list[int]) -> set[int]:
    """The values :func:`winnow` keeps (a set of terms needs no positions): the
    minimum of every window of WINDOW hashes, or of all of them when fewer. The
    window's minimum is carried along as it slides, and looked for again only when
    it slides out (about every WINDOW / 2 hashes)."""
    count = len(hashes)
    if count <= WINDOW:
        return {min(hashes)} if hashes else set()
    smallest = min(hashes[:WINDOW])
    at = hashes.index(smallest)
    found = {smallest}
    for end in range(WINDOW, count):
        value = hashes[end]
        if value <= smallest:  # the smallest of the window ending here
            smallest, at = value, end
        elif at <= end - WINDOW:  # the smallest slid out
            smallest = min(hashes[end - WINDOW + 1 : end + 1])
            at = hashes.index(smallest, end - WINDOW + 1)
        else:
            continue
        found.add(smallest)
    return found


def term(value: int) -> str:
    return f"{value:08x}"


def enough_shared(terms: int) -> int:
    """How many of a passage's terms a candidate must share to be compared:
    two, unless the passage has three or fewer (short, or light edits cost it some)."""
    return 1 if terms <= 3 else 2


def passage_terms(text: str, start: int, end: int) -> list[str]:
    """The fingerprints of text (as the indexer chose them) that fall inside
    [start, end): what to look up to find other copies of that stretch.

    Only the shingles near the stretch are hashed: whether winnowing keeps a
    shingle depends only on the windows holding it, which lie within WINDOW - 1
    shingles of it, so the same fingerprints are kept as over the whole text."""
    found = _words(text)
    count = len(found) - SHINGLE_WORDS + 1
    starts = [offset for offset, _ in found[: max(count, 0)]]
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    if first >= last:
        return []
    near = _hashed(found, max(0, first - WINDOW + 1), min(count, last + WINDOW - 1))
    return sorted({term(value) for offset, value in winnow(near) if start <= offset < end})


def shingle_set(text: str) -> frozenset[int]:
    """The shingles of text as a set, for comparing texts within one process:
    the same runs of words as ``shingles``, hashed with Python's own (faster)
    hash, which differs between processes, so these values are never stored."""
    words = [word.casefold() for word in _WORD.findall(text)]
    return frozenset(map(hash, zip(words, words[1:], words[2:], words[3:], strict=False)))


def containment(part: Set[int], whole: Set[int]) -> float:
    """The share of part's shingles found in whole (0 when part is empty)."""
    return len(part & whole) / len(part) if part else 0.0


def is_copy(part: Set[int], whole: Set[int]) -> bool:
    """Whether whole carries the passage whose shingles are part."""
    return len(part) >= MIN_SHINGLES and containment(part, whole) >= MIN_CONTAINMENT
