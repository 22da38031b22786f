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
   a name, that the other text lacks. That is a template filled twice. Nor
   is it when the openings are about different subjects: each opening's
   subject (its first run of names, "Kestrel Co", "Bank of Japan", common
   words left out) has a name the other opening lacks, and one of the two
   subjects has a name the other text lacks altogether: the same template
   filled for another company, even when it names the first further down
   ("Osprey Co said it raised ... Earlier today, Kestrel Corp also raised
   ..."). A rewrite that leads with the parent instead of its unit names
   both, and folds.
2. The texts do not disagree as wholes. A reprint, a copy cut short or an
   update adds or drops particulars on one side only. When each has figures
   the other lacks, they are one event only when they agree on far more: at
   least MIN_STRONG specific particulars in common (a figure, or a name that
   is not a common word), or MIN_PRECISE precise figures in common (of
   PRECISE_DIGITS significant digits or more, not years: "4,800,840", "120.1",
   which two events seldom share; a results table and its correction), and no
   fewer in common than either has alone; and each opens as the other does
   (each opening paragraph holds MIN_OPENING of its shingles in the other: two
   papers' reports of one bid that each lead with news of their own are two
   stories) unless they share several paragraphs (MIN_LONG shingles).
   When not both have figures of their own but each names someone the other
   does not (a rewrite quoting other people further down), neither may state
   in its opening paragraph a figure the other lacks (a meeting proposed, then
   its date set), and the particulars in common must be at least
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
   raised its prime rate to 8-1/4 pct"); and the particulars either has alone
   are at most MAX_EXTRA times those they share.

The paragraph-by-paragraph checks are in ``index.layout``.

Spellings are compared leniently: case, thousands separators, trailing decimal
zeros, month abbreviations ("Oct", "Sept") and company forms ("Corp" for
"Corporation") are normalised, and a particular counts as found when the other
text has it misspelt, abbreviated ("Mo" for "Missouri") or, for a mixed number,
written in parts ("three and one-half" for "3-1/2"): ``index.lenient``.
Only the first MAX_CHARS characters of a text are read, so the work per text is
bounded; each text's particulars are worked out once (memoised).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from index.fingerprints import shingle_set
from index.layout import (
    Paragraph,
    Particulars,
    Text,
    copied_whole,
    names_swapped,
    opening,
    opening_news,
    openings_shared,
    paragraphs_disagree,
    refilled,
    specific,
    subjects_differ,
    unmatched,
)
from index.lenient import (
    ABBREVIATION_LENGTH,
    FORMS,
    FUZZY_LENGTH,
    PREFIX_LENGTH,
    common_words,
    parts,
)
from index.lenient import forget as forget_lenient
from index.passages import paragraph_spans

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
# Particulars only one text has: at most this many times those both have.
MAX_EXTRA = 6.0
# Texts with fewer than MIN_SHARED strong particulars in common (whole numbers
# below SMALL_NUMBER are not strong) must not both be shorter than this many
# shingles (one-line templates) ...
MIN_PROSE = 24
SMALL_NUMBER = 10
# Texts that each have figures of their own and share this many shingles
# (several paragraphs) need not open alike.
MIN_LONG = 100
# Characters of a text read for its particulars.
MAX_CHARS = 100_000

_PRECISE = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
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
    **FORMS,
}
# Calendar words: a capitalised one is a date, counted with the figures.
_CALENDAR = frozenset(
    (_MONTHS + " monday tuesday wednesday thursday friday saturday sunday").split()
)
# What may join the names of a subject ("Bank of Japan"); what ends a sentence
# (before any closing quotes or brackets).
_LINK = re.compile(r"\s+(?:(?:of|and|&|de)\s+)?")
_CLOSING = " \t\n'\"’”)]"
_SENTENCE_ENDS = (".", "!", "?")
# Capitalised words never taken for names.
_NEVER_NAMES = frozenset("a an the i".split())


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
    if paragraphs_disagree(first, second) or subjects_differ(first, second):
        return False
    tally = _tally(first, second)
    figures, names = tally.figures, tally.names
    if figures.mine and figures.theirs:
        strong = tally.specific >= MIN_STRONG or tally.precise >= MIN_PRECISE
        opening = tally.prose >= MIN_LONG or openings_shared(first, second)
        return strong and tally.shared >= tally.alone and opening
    if names.mine and names.theirs:
        # Not both have figures of their own: a rewrite naming others further down.
        if opening_news(first, second) or opening_news(second, first):
            return False
        return (
            tally.specific >= MIN_STRONG
            and tally.shared >= tally.alone
            or tally.shared >= MIN_AGREEMENT * tally.alone
        )
    return _one_adds(first, second, tally)


@dataclass(frozen=True)
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


def _tally(first: Text, second: Text) -> _Tally:
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
        len(first.shingles & second.shingles),
    )


def _one_adds(first: Text, second: Text, tally: _Tally) -> bool:
    """Rules 3 and 4, for texts of which at most one has particulars of its own
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
    return tally.alone <= MAX_EXTRA * tally.shared


def particulars(text: str) -> Particulars:
    """The figures and names of text (its first MAX_CHARS characters), and
    its words for lookups."""
    return _read(text).particulars


def subject(text: str) -> tuple[str, ...]:
    """The subject of text's opening paragraph: its first run of names
    ("Kestrel Co"), normalised; none when the opening is not a sentence."""
    lead = opening(_read(text))
    return () if lead is None else lead.subject


def forget() -> None:
    """Empty the memo of texts already read (benchmarks time cold calls with it)."""
    _read.cache_clear()
    _spellings.cache_clear()
    forget_lenient()


@lru_cache(maxsize=1024)
def _read(text: str) -> Text:
    text = text[:MAX_CHARS]
    words: set[str] = set()
    paragraphs = []
    opened = False  # whether the opening (the first paragraph with a shingle) is read
    for start, end in paragraph_spans(text):
        shingles = shingle_set(text[start:end])
        lead, opened = bool(shingles) and not opened, opened or bool(shingles)
        figures, names, subject = _stated(text, start, end, words, lead)
        paragraphs.append(Paragraph(frozenset(figures), frozenset(names), shingles, subject))
    if "half" in words:  # "one-half" is the figure 1/2 written out
        words.add("1/2")
    spelt = [w for w in words if len(w) >= FUZZY_LENGTH and not w[0].isdigit()]
    named = frozenset().union(*(p.names for p in paragraphs))
    stated = Particulars(
        frozenset().union(*(p.figures for p in paragraphs)),
        named,
        frozenset(words),
        frozenset(spelt),
        frozenset(w[:PREFIX_LENGTH] for w in spelt if len(w) > PREFIX_LENGTH),
        frozenset(n for n in named if len(n) <= ABBREVIATION_LENGTH),
    )
    return Text(stated, tuple(paragraphs), frozenset().union(*(p.shingles for p in paragraphs)))


def _stated(
    text: str, start: int, end: int, words: set[str], lead: bool
) -> tuple[set[str], set[str], tuple[str, ...]]:
    """The figures and names of text[start:end], and its subject when it is a
    lead (else none); adds its words to words."""
    figures: set[str] = set()
    names: set[str] = set()
    placed: list[tuple[str, int, int]] = []  # the names in order, where each is
    for match in _TOKEN.finditer(text, start, end):
        token = match.group()
        word, folded = _spellings(token)
        words.add(word)
        words.add(folded)
        if word[0].isdigit():
            figures.add(word)
            if "/" in word:  # "3-1/2" also has the figures 3, 1/2, 1 and 2
                words.update(p for part in parts(word) for p in (part, *part.split("/")))
        elif token[0].isupper() and _is_name(text, match):
            (figures if word in _CALENDAR else names).add(word)
            if lead and word not in _CALENDAR:
                placed.append((word, match.start(), match.end()))
    if not placed or not text[start:end].rstrip(_CLOSING).endswith(_SENTENCE_ENDS):
        return figures, names, ()
    return figures, names, _first_run(text, placed)


def _first_run(text: str, placed: list[tuple[str, int, int]]) -> tuple[str, ...]:
    """The subject of a sentence: its first run of names, joined by spaces or a
    linking word ("Kestrel Co", "Bank of Japan"; "Kestrel Co <KES>, Osprey" is
    "Kestrel Co"). A paragraph that does not end as a sentence does (a table
    row: "Shr 41 cts vs 32 cts") has none."""
    run = placed[:1]
    for name in placed[1:]:
        if not _LINK.fullmatch(text, run[-1][2], name[1]):
            break
        run.append(name)
    return tuple(word for word, _, _ in run)


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
    if not opening or token.casefold() not in common_words():
        return True
    # A common word opening a sentence is a name only before another capitalised word.
    following = _TOKEN.match(text, match.end() + 1)
    return text[match.end() : match.end() + 1] == " " and bool(
        following and following.group()[0].isupper()
    )


def _compare(
    mine: frozenset[str], my_text: Particulars, theirs: frozenset[str], their_text: Particulars
) -> _Comparison:
    only_mine, only_theirs = unmatched(mine, their_text), unmatched(theirs, my_text)
    return _Comparison(mine - only_mine, theirs - only_theirs, only_mine, only_theirs)


def _strong(figures: Iterable[str]) -> list[str]:
    """The figures that are not whole numbers below ten ("three ships", "1.00
    dlr"): small counts recur from one routine report to the next."""
    return [f for f in figures if not (f.isdigit() and int(f) < SMALL_NUMBER)]


def _precise(figures: Iterable[str]) -> list[str]:
    """The figures of PRECISE_DIGITS significant digits or more ("4,800,840",
    "120.1"; not "1,500,000", nor a year, nor a range): figures two events
    seldom share by chance."""
    return [f for f in figures if _PRECISE.fullmatch(f) and not _YEAR.fullmatch(f)
            and len(f.replace(".", "").strip("0")) >= PRECISE_DIGITS]  # fmt: skip
