"""Whether two articles that share a passage report the same event.

A shared passage is not enough. Formulaic copy (price postings, results tables,
bond issues, weather and sports briefs) repeats its sentences from one event to
the next with other figures, names and dates in the same places, and different
stories can carry the same background paragraph. What tells them apart is the
*particulars*: the figures (every number; "one" to "twenty" spelt out; and the
dates' capitalised month and weekday names, "December", "Monday") and the names
(other capitalised words, except a common word opening a sentence with no
capitalised word after it: "Further details" holds no name, "Meridian Bancorp"
two). A date one wording adds and a name the other adds are not a
disagreement: two texts disagree only in particulars of one kind.

``same_event(body, candidate)`` holds when all of these do:

1. No paragraph disagrees with its counterpart: for each paragraph of one text
   whose shingles the other text has (MIN_CONTAINMENT of them, in one
   paragraph), it is not the case that both paragraphs state a figure, or both
   a name, that the other text lacks. That is a template filled twice.
2. The texts do not disagree as wholes: not each has figures, nor each has
   names, the other lacks. A reprint, a copy cut short or an update adds or
   drops particulars on one side only. Two texts that each have reporting of
   their own are one event only when they agree on far more: at least
   MIN_STRONG specific particulars in common (a figure, or a name that is not a
   common word), and no fewer in common than either has alone (two outlets'
   stories built from the same wire copy).
3. They share evidence: at least MIN_SHARED specific particulars, unless the
   shorter text is as a whole a copy found in the longer. Generic copy ("The
   Federal Reserve is expected to add reserves, economists said") is no proof
   of one event.
4. Neither is a compilation carrying the other: the particulars either has
   alone are at most MAX_EXTRA times those they share (a news digest quoting a
   story, or the story it quotes).

Spellings are compared leniently: case, thousands separators, trailing decimal
zeros, month abbreviations ("Oct", "Sept") and company forms ("Corp" for
"Corporation") are normalised, and a particular counts as found when the other
text has a word spelt with one letter changed, dropped, added or two swapped,
or a word with the same first PREFIX_LENGTH letters ("Financial", "Finance").
Only the first MAX_CHARS characters of a text are read, so the work per text is
bounded; each text's particulars are worked out once (memoised).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from index.fingerprints import MIN_CONTAINMENT, containment, shingle_set
from index.passages import paragraph_spans

# Specific particulars two texts must share to be one event.
MIN_SHARED = 2
# Specific particulars two texts that each have reporting of their own must share.
MIN_STRONG = 30
# Particulars only one text has: at most this many times those both have.
MAX_EXTRA = 6.0
# Words of this many letters or more are compared leniently (misspellings) ...
FUZZY_LENGTH = 5
# ... and a word longer than this matches one with the same first letters.
PREFIX_LENGTH = 6
# Characters of a text read for its particulars.
MAX_CHARS = 100_000

_TOKEN = re.compile(r"\d+(?:[.,/-]\d+)*|[^\W\d_]+")
# What precedes a word opening a sentence or paragraph (looked for a few characters back).
_OPENING = re.compile(r"""(?:^|[.!?:;\n]['"’”)\]]*)\s*['"“‘(\[]*$""")
_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_MONTHS = "january february march april may june july august september october november december"
_SPELLINGS = {
    **{month[:3]: month for month in _MONTHS.split()},
    "sept": "september",
    "corporation": "corp",
    "company": "co",
    "incorporated": "inc",
    "limited": "ltd",
    "brothers": "bros",
    "department": "dept",
    "government": "govt",
    "international": "intl",
    "association": "assn",
}
# Calendar words: a capitalised one is a date, counted with the figures.
_CALENDAR = frozenset(
    (_MONTHS + " monday tuesday wednesday thursday friday saturday sunday").split()
)
# Capitalised words never taken for names.
_NEVER_NAMES = frozenset("a an the i".split())


@dataclass(frozen=True)
class Particulars:
    """What a text states (its figures and names), and every word it uses,
    normalised and as spelt, to look another text's particulars up in."""

    figures: frozenset[str]
    names: frozenset[str]
    words: frozenset[str]
    spelt: frozenset[str]  # the words of FUZZY_LENGTH+ letters (compared leniently)
    prefixes: frozenset[str]  # the first PREFIX_LENGTH letters of longer words


@dataclass(frozen=True)
class _Comparison:
    """Two texts' particulars of one kind: those of each found in the other,
    and those each has alone."""

    found_mine: frozenset[str]
    found_theirs: frozenset[str]
    mine: frozenset[str]
    theirs: frozenset[str]


def same_event(body: str, candidate: str) -> bool:
    """Whether candidate, which carries a passage of body, reports the same
    event as body (the rules are in the module docstring)."""
    first, second = _read(body), _read(candidate)
    mine, theirs = first.particulars, second.particulars
    if _paragraphs_disagree(first, second):
        return False
    figures = _compare(mine.figures, mine, theirs.figures, theirs)
    names = _compare(mine.names, mine, theirs.names, theirs)
    # Counted on the side with fewer, so that the answer is the same both ways.
    shared = min(
        len(figures.found_mine) + len(names.found_mine),
        len(figures.found_theirs) + len(names.found_theirs),
    )
    specific = min(
        len(figures.found_mine) + len(_specific(names.found_mine)),
        len(figures.found_theirs) + len(_specific(names.found_theirs)),
    )
    alone = max(len(figures.mine) + len(names.mine), len(figures.theirs) + len(names.theirs))
    if (figures.mine and figures.theirs) or (names.mine and names.theirs):
        return specific >= MIN_STRONG and shared >= alone
    if specific < MIN_SHARED and not _copied_whole(first, second):
        return False
    return alone <= MAX_EXTRA * shared


def particulars(text: str) -> Particulars:
    """The figures and names of text (its first MAX_CHARS characters), and
    its words for lookups."""
    return _read(text).particulars


def forget() -> None:
    """Empty the memo of texts already read (benchmarks time cold calls with it)."""
    _read.cache_clear()
    _deletions_of.cache_clear()
    _spellings.cache_clear()
    _dropped.cache_clear()


@dataclass(frozen=True)
class _Paragraph:
    figures: frozenset[str]
    names: frozenset[str]
    shingles: frozenset[int]


@dataclass(frozen=True)
class _Text:
    """A text read once: its particulars, its paragraphs', and all its
    paragraphs' shingles."""

    particulars: Particulars
    paragraphs: tuple[_Paragraph, ...]
    shingles: frozenset[int]


@lru_cache(maxsize=1024)
def _read(text: str) -> _Text:
    text = text[:MAX_CHARS]
    words: set[str] = set()
    paragraphs = []
    for start, end in paragraph_spans(text):
        figures, names = _stated(text, start, end, words)
        shingles = shingle_set(text[start:end])
        paragraphs.append(_Paragraph(frozenset(figures), frozenset(names), shingles))
    spelt = [w for w in words if len(w) >= FUZZY_LENGTH and not w[0].isdigit()]
    stated = Particulars(
        frozenset().union(*(p.figures for p in paragraphs)),
        frozenset().union(*(p.names for p in paragraphs)),
        frozenset(words),
        frozenset(spelt),
        frozenset(w[:PREFIX_LENGTH] for w in spelt if len(w) > PREFIX_LENGTH),
    )
    return _Text(stated, tuple(paragraphs), frozenset().union(*(p.shingles for p in paragraphs)))


def _stated(text: str, start: int, end: int, words: set[str]) -> tuple[set[str], set[str]]:
    """The figures and names of text[start:end]; adds its words to words."""
    figures: set[str] = set()
    names: set[str] = set()
    for match in _TOKEN.finditer(text, start, end):
        token = match.group()
        word, folded = _spellings(token)
        words.add(word)
        words.add(folded)
        if word[0].isdigit():
            figures.add(word)
        elif token[0].isupper() and _is_name(text, match):
            (figures if word in _CALENDAR else names).add(word)
    return figures, names


@lru_cache(maxsize=1 << 16)
def _spellings(token: str) -> tuple[str, str]:
    """A token normalised, and case folded (memoised: words recur across texts)."""
    return _normal(token), token.casefold()


def _normal(token: str) -> str:
    if token[0].isdigit():
        number = token.replace(",", "")
        if "." in number and "/" not in number and "-" not in number:
            number = number.rstrip("0").rstrip(".")
        return number or "0"
    word = token.casefold()
    return _NUMBER_WORDS.get(word) or _SPELLINGS.get(word, word)


def _is_name(text: str, match: re.Match[str]) -> bool:
    token = match.group()
    if not token[0].isupper() or len(token) == 1 or token.casefold() in _NEVER_NAMES:
        return False
    start = match.start()
    opening = start == 0 or _OPENING.search(text, max(0, start - 6), start) is not None
    if not opening or token.casefold() not in _common_words():
        return True
    # A common word opening a sentence is a name only before another capitalised word.
    following = _TOKEN.match(text, match.end() + 1)
    return text[match.end() : match.end() + 1] == " " and bool(
        following and following.group()[0].isupper()
    )


def _compare(
    mine: frozenset[str], my_text: Particulars, theirs: frozenset[str], their_text: Particulars
) -> _Comparison:
    only_mine, only_theirs = _unmatched(mine, their_text), _unmatched(theirs, my_text)
    return _Comparison(mine - only_mine, theirs - only_theirs, only_mine, only_theirs)


def _unmatched(found: Iterable[str], other: Particulars) -> frozenset[str]:
    """The particulars of found that the other text does not have, even misspelt."""
    return frozenset(p for p in found if p not in other.words and not _near(p, other))


def _near(word: str, other: Particulars) -> bool:
    if len(word) < FUZZY_LENGTH or word[0].isdigit():
        return False
    if len(word) > PREFIX_LENGTH and word[:PREFIX_LENGTH] in other.prefixes:
        return True
    dropped = _dropped(word)
    deletions = _deletions_of(other.spelt)
    return (
        word in deletions
        or not dropped.isdisjoint(deletions)
        or not dropped.isdisjoint(other.words)
    )


@lru_cache(maxsize=256)
def _deletions_of(spelt: frozenset[str]) -> frozenset[str]:
    """Each word of spelt with one letter dropped (worked out only for the texts
    a comparison needs it for)."""
    return frozenset(_deletions(spelt))


@lru_cache(maxsize=1 << 16)
def _dropped(word: str) -> frozenset[str]:
    """The word with each one of its letters dropped (memoised: words recur)."""
    return frozenset(_deletions([word]))


def _deletions(words: Iterable[str]) -> set[str]:
    return {w[:i] + w[i + 1 :] for w in words for i in range(len(w))}


def _paragraphs_disagree(first: _Text, second: _Text) -> bool:
    """Whether a paragraph and its counterpart in the other text each state a
    figure, or each a name, that the other text lacks."""
    mine, theirs = first.particulars, second.particulars
    for here, there in _counterparts(first, second):
        if _unmatched(here.figures, theirs) and _unmatched(there.figures, mine):
            return True
        if _unmatched(here.names, theirs) and _unmatched(there.names, mine):
            return True
    return False


def _counterparts(first: _Text, second: _Text) -> list[tuple[_Paragraph, _Paragraph]]:
    """(paragraph of first, paragraph of second) pairs in which one holds
    MIN_CONTAINMENT of its shingles in the other (its best match)."""
    found = []
    for one, other, swap in ((first, second, False), (second, first, True)):
        for paragraph in one.paragraphs:
            best = _counterpart(paragraph.shingles, other)
            if best is not None:
                found.append((best, paragraph) if swap else (paragraph, best))
    return found


def _counterpart(shingles: frozenset[int], other: _Text) -> _Paragraph | None:
    """The paragraph of other sharing the most of these shingles (the first on
    a tie) when it holds MIN_CONTAINMENT of them, else None."""
    if shingles.isdisjoint(other.shingles):
        return None
    shared = [len(shingles & p.shingles) for p in other.paragraphs]
    most = max(shared)
    if most / len(shingles) < MIN_CONTAINMENT:
        return None
    return other.paragraphs[shared.index(most)]


def _specific(names: Iterable[str]) -> list[str]:
    """The names that are not common words."""
    return [name for name in names if name not in _common_words()]


def _copied_whole(first: _Text, second: _Text) -> bool:
    """Whether the shorter text is, as a whole, a copy found in the longer (a
    text too short for one shingle is taken as found)."""
    shorter, longer = sorted((first.shingles, second.shingles), key=len)
    return not shorter or containment(shorter, longer) >= MIN_CONTAINMENT


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The list's words (one per line; "#" starts a comment line), split in C
    rather than line by line in Python: a search that confirms a reprint loads
    them."""
    text = (resources.files("index") / "data" / "common_words.txt").read_text(encoding="utf-8")
    return frozenset(re.sub(r"(?m)^#.*$", "", text).split())
