"""A site's furniture, known from the whole archive: the paragraphs one source
prints word for word on many of its pages.

Two pages compared alone cannot tell a site's standing paragraph (a sign-up
line, a desk's address, a column of other stories' headlines, "Follow us:")
from a story both carry: a scraped page whose text is only its site's
furniture shares everything it has with every other page of that site. The
index can tell: a paragraph that one source prints on MIN_PAGES pages or more
is that source's furniture, where a wire story reprinted by many outlets is
printed by each of them on a page or two (its paragraphs are counted per
source, so thirty outlets' copies count one each). The indexer counts every
paragraph per source (``FurnitureCounts``, kept with the index's other tables
so that an update adds and subtracts pages as a rebuild would count them) and
writes the marked paragraphs' keys (``marked``) for the search, which sets
them aside (``set_aside``) before it confirms a reprint: a page with nothing
but furniture then folds with nothing.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Set
from functools import lru_cache
from urllib.parse import urlsplit

from index.fingerprints import MIN_SHINGLES, SHINGLE_WORDS, containment, shingle_set
from index.passages import PARAGRAPH_SEPARATOR, paragraph_spans

# A paragraph one source prints on this many of its pages is its furniture. A
# site's standing lines are on every page it prints (tens to hundreds in a
# news archive); one story's paragraphs are on its page, its resend and an
# update or two of the same source. Chosen on the news parts of the labelled
# set, each left out in turn (bench/README.md, the round after `test17`).
MIN_PAGES = 5

# A paragraph counts when it is long enough to be looked up alone (MIN_SHINGLES
# shingles): a shorter line (a table's heading, "Pay April 30") is set in many
# pages of one template and carries its structure, and is never a passage alone.
MIN_WORDS = MIN_SHINGLES + SHINGLE_WORDS - 1

_WORD = re.compile(r"[^\W_]+")
_ASCII_WORD = re.compile(rb"[a-z0-9]+")  # what _WORD finds in lower-case ASCII text
_SEPARATOR = PARAGRAPH_SEPARATOR.encode()

# One source's furniture: its paragraphs' keys (``paragraph_key``); an
# archive's: each source's (by ``source_of``).
Marks = frozenset[int]
NO_MARKS: Marks = frozenset()
Furniture = Mapping[str, Marks]
NO_FURNITURE: Furniture = {}


def paragraph_key(paragraph: str) -> int | None:
    """A paragraph's key: its words, case folded and punctuation dropped, hashed
    (stable between processes: the indexer stores it); None for no word."""
    words = _WORD.findall(paragraph.casefold())
    return _key(words) if words else None


def paragraph_keys(body: str, encoded: bytes | None = None) -> set[int]:
    """The keys of a stored body's paragraphs long enough to count, each once (a
    page counts once). ``encoded``: the body in UTF-8, where the caller has it."""
    return {key for _, key in _sized_keys(body, encoded)}


def counted_keys(body: str, encoded: bytes | None = None) -> set[int]:
    """The keys a page adds to its source's furniture counts: its paragraphs'
    (``paragraph_keys``) but for its longest when it has several."""
    # A site's standing lines are printed around a story longer than they are:
    # a page's longest paragraph is its story's, not its site's. One column or
    # report entered several times, cut to its first item or whole, prints that
    # item on as many different bodies; counted, it would be set aside as
    # furniture and the copies would fold with nothing. A page of one paragraph
    # (a one-line template, a page of furniture alone) still counts it.
    sized = _sized_keys(body, encoded)
    if len(sized) < 2:
        return {key for _, key in sized}
    longest = max(range(len(sized)), key=lambda i: sized[i][0])
    return {key for i, (_, key) in enumerate(sized) if i != longest}


def _sized_keys(body: str, encoded: bytes | None) -> list[tuple[int, int]]:
    """(words, key) of each of body's paragraphs long enough to count, in order."""
    if body.isascii():  # most bodies: cut and hashed as bytes, no string per word
        return _ascii_keys((encoded or body.encode()).lower())
    found = []
    for start, end in paragraph_spans(body):
        words = _WORD.findall(body[start:end].casefold())
        if len(words) >= MIN_WORDS:
            found.append((len(words), _key(words)))
    return found


def _ascii_keys(lowered: bytes) -> list[tuple[int, int]]:
    """_sized_keys of an ASCII body in lower case and bytes: its paragraphs are
    what it holds between separators, its words what ``_WORD`` finds in lower-case
    ASCII, and their joined bytes are those ``_key`` hashes (the same keys)."""
    found = []
    for paragraph in lowered.split(_SEPARATOR):
        words = _ASCII_WORD.findall(paragraph)
        if len(words) >= MIN_WORDS:
            found.append((len(words), zlib.crc32(b" ".join(words))))
    return found


def _key(words: list[str]) -> int:
    return zlib.crc32(" ".join(words).encode())


def source_of(source: str, url: str) -> str:
    """Whose pages an article is: its source, else its address's host, else
    nobody's in particular (the archive as one source)."""
    if source.strip():
        return source.strip().casefold()
    host = urlsplit(url).hostname if "//" in url else None
    return host.removeprefix("www.") if host else ""


class FurnitureCounts:
    """How many different pages of each source print each paragraph: a body
    stored again (the same text under another title or address, a resend)
    counts once, so one story stored on many pages is not its site's furniture,
    where a line printed around many different texts is."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter[int]] = {}
        self.bodies: dict[str, Counter[int]] = {}  # per source, its pages by body

    def add(self, source: str, body: str, sign: int = 1) -> None:
        """Count a page's paragraphs (sign -1: take a page out)."""
        bodies = _counter(self.bodies, source)
        encoded = body.encode()
        digest = zlib.crc32(encoded)
        pages = bodies.get(digest, 0) + sign
        counted = pages == (1 if sign > 0 else 0)  # its body's first, or last
        if pages > 0:
            bodies[digest] = pages
        else:
            bodies.pop(digest, None)
        if not bodies:
            del self.bodies[source]
        if counted:
            counts = _counter(self.counts, source)
            _tally(counts, counted_keys(body, encoded), sign)
            if not counts:
                del self.counts[source]

    def marked(self) -> dict[str, Marks]:
        """Each source's furniture: the keys of the paragraphs it prints on
        MIN_PAGES different pages (sources with none left out)."""
        found = {
            source: frozenset(key for key, n in counts.items() if n >= MIN_PAGES)
            for source, counts in sorted(self.counts.items())
        }
        return {source: keys for source, keys in found.items() if keys}

    def to_json(self) -> dict[str, dict[str, list[int]]]:
        """Per source, its paragraphs' and its bodies' keys and counts, each as one
        flat list (key, count, ...)."""
        return {
            "paragraphs": _flat(self.counts),
            "bodies": _flat(self.bodies),
        }

    @classmethod
    def from_json(cls, data: dict[str, dict[str, list[int]]]) -> FurnitureCounts:
        table = cls()
        table.counts = _unflat(data.get("paragraphs", {}))
        table.bodies = _unflat(data.get("bodies", {}))
        return table


def _counter(table: dict[str, Counter[int]], source: str) -> Counter[int]:
    """The source's counter in ``table``, made on its first page (not setdefault:
    a Counter made for every page costs more than the rest of counting it)."""
    counts = table.get(source)
    if counts is None:
        counts = table[source] = Counter()
    return counts


def _tally(counts: Counter[int], keys: Iterable[int], sign: int) -> None:
    if sign > 0:  # counts only rise: Counter.update counts in C
        counts.update(keys)
        return
    for key in keys:
        counts[key] += sign
        if counts[key] <= 0:
            del counts[key]


def _flat(table: dict[str, Counter[int]]) -> dict[str, list[int]]:
    return {
        source: [value for key in sorted(counts) for value in (key, counts[key])]
        for source, counts in sorted(table.items())
    }


def _unflat(data: dict[str, list[int]]) -> dict[str, Counter[int]]:
    return {
        source: Counter(dict(zip(flat[::2], flat[1::2], strict=True)))
        for source, flat in data.items()
    }


def furniture_of(pages: Iterable[tuple[str, str, str]]) -> dict[str, Marks]:
    """The furniture of an archive of (source, url, body) pages, as the indexer
    marks it."""
    table = FurnitureCounts()
    for source, url, body in pages:
        table.add(source_of(source, url), body)
    return table.marked()


# A text's furniture paragraphs: (start, end, paragraph) each.
Spans = tuple[tuple[int, int, str], ...]


def set_aside(text: str, marks: Set[int]) -> str:
    """Text without the paragraphs its source marks (text itself when none)."""
    if not marks:
        return text
    return _without(text, _furniture_in(text, frozenset(marks)))


def set_aside_both(
    first: str, second: str, first_marks: Set[int], second_marks: Set[int]
) -> tuple[str, str]:
    """Two texts compared for a reprint, each without its furniture paragraphs,
    but for one the other text carries edited (MIN_OPENING of its shingles
    there, not word for word): a template's standing line filled with other
    figures or words ("to arrange 1.5 billion dlrs of customer repurchase
    agreements" one day, "to arrange four-day system repurchase agreements"
    another) is the template, and what it says differently is evidence. So is
    one site's standing line that the other text prints word for word though
    its own source does not stand it (a copy carrying the first site's line):
    a line is set aside when the other has next to nothing of it (another
    site's sign-up line), or prints it as furniture of its own too (two pages
    of one site)."""
    if not first_marks and not second_marks:
        return first, second
    one = _furniture_in(first, frozenset(first_marks))
    other = _furniture_in(second, frozenset(second_marks))
    if not one and not other:
        return first, second
    return (
        _without(first, _kept_out(one, second, second_marks)),
        _without(second, _kept_out(other, first, first_marks)),
    )


def _kept_out(spans: Spans, other: str, marks: Set[int]) -> Spans:
    """The furniture paragraphs (spans of their text) to set aside against other
    (whose source marks `marks`): those other prints word for word as furniture
    of its own, or carries less than MIN_OPENING of."""
    if not spans:
        return spans
    # The same-event rule's modules are loaded only when furniture is met (a
    # search imports this module whether or not it shows a reprint).
    from index.layout import MIN_OPENING

    whole, keys = shingle_set(other), paragraph_keys(other)
    return tuple(
        (start, end, text)
        for start, end, text in spans
        if ((key := paragraph_key(text)) in keys and key in marks)
        or containment(shingle_set(text), whole) < MIN_OPENING
    )


@lru_cache(maxsize=1024)
def _furniture_in(text: str, furniture: Marks) -> Spans:
    # Memoised: one candidate is confirmed against many passages and results.
    spans = paragraph_spans(text)
    return tuple((s, e, text[s:e]) for s, e in spans if paragraph_key(text[s:e]) in furniture)


def _without(text: str, spans: Spans) -> str:
    """Text without these paragraphs."""
    if not spans:
        return text
    out = {(s, e) for s, e, _ in spans}
    return PARAGRAPH_SEPARATOR.join(
        text[s:e] for s, e in paragraph_spans(text) if (s, e) not in out
    )
