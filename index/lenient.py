"""Lenient lookups for index.particulars: whether a particular one text states
(a figure or a name, normalised) is found among another text's words although
spelt otherwise.

- misspelt: a word of FUZZY_LENGTH letters or more matches one with a letter
  changed, dropped, added or two swapped, and a word longer than PREFIX_LENGTH
  one with the same first PREFIX_LENGTH letters ("Financial", "Finance"); a
  company form is compared as spelt in full ("Intl", "Internaitonal");
- abbreviated: a name of at most ABBREVIATION_LENGTH letters matches a longer
  name of the other text whose letters it has in order, the first first ("Mo"
  and "Missouri", "Cie" and "Compagnie"), and the other way round; company
  forms ("Co", "Corp") and common words of three letters or more ("Sun") are
  not taken for abbreviations;
- written in parts: a mixed number matches its whole number and its fraction
  ("3-1/2" and "three and one-half"), each written as a word of its own (not
  a part of another mixed number), in a text that writes no mixed number of
  the same whole ("6-1/16" is not found in a text with "6-3/16", "six-month"
  and "1/16");
- rounded or with its point dropped: a figure of one text with a decimal point
  matches a whole number of the other with the same digits ("2.29" and a
  typo's "229"; at least MIN_DIGITS of them, no trailing zero), and a whole
  number of ROUNDED_DIGITS digits or more matches the other's figure with a
  point that it rounds to ("1,289,635,000" and "1.29" billion). A round
  number restated in another unit ("1,050,000", "1.05" mln) is not matched;
- a range written out: a range of whole numbers matches its two ends, each a
  word of the other text ("11-20" and "11 to 20"), and a whole number the
  range the other text states from or to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Protocol

# Words of this many letters or more are compared leniently (misspellings) ...
FUZZY_LENGTH = 5
# ... and a word longer than this matches one with the same first letters.
PREFIX_LENGTH = 6
# A name of this many letters or fewer may abbreviate a longer one.
ABBREVIATION_LENGTH = 4
# Company and institution forms, as spelt in full and as normalised.
FORMS = {
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
_SHORT_FORMS = frozenset(FORMS.values())
# A form is looked up misspelt as spelt in full ("Internaitonal" is "Intl").
_IN_FULL = {short: full for full, short in FORMS.items()}
_MIXED = re.compile(r"\d+-\d+/\d+")
# A whole number and a figure with a point match when they have the same
# significant digits, at least this many ("229", "2.29") ...
MIN_DIGITS = 3
# ... or when the whole number has this many digits or more and rounds to the
# other's digits (to 2 to 4 of them: "1289635000" and "1.29").
ROUNDED_DIGITS = 7
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
# A range of whole numbers ("11-20"), written out in the other text ("11 to 20").
_RANGE = re.compile(r"(\d+)-(\d+)")


class Words(Protocol):
    """What a text offers for lookups (index.particulars.Particulars)."""

    @property
    def words(self) -> frozenset[str]: ...  # every word, normalised and as spelt
    @property
    def spelt(self) -> frozenset[str]: ...  # the words of FUZZY_LENGTH+ letters
    @property
    def prefixes(self) -> frozenset[str]: ...  # first PREFIX_LENGTH letters of longer ones
    @property
    def names(self) -> frozenset[str]: ...
    @property
    def short_names(self) -> frozenset[str]: ...  # names of ABBREVIATION_LENGTH letters or fewer
    @property
    def pieces(self) -> frozenset[str]: ...  # words only found as parts of mixed numbers
    @property
    def digits(self) -> frozenset[str]: ...  # its figures' significant digits (``digits``)


def found(particular: str, other: Words) -> bool:
    """Whether the other text has this particular, even spelt otherwise."""
    return (
        particular in other.words
        or _near(_IN_FULL.get(particular, particular), other)
        or _in_parts(particular, other)
        or _abbreviation(particular, other)
        or not _wanted(particular).isdisjoint(other.digits)
        or _range_in_words(particular, other)
    )


def _range_in_words(figure: str, other: Words) -> bool:
    """Whether a range of whole numbers ("11-20") is found written out, both
    its ends words of the other text ("11 to 20"), or a whole number is an
    end of a range the other text states."""
    ends = _RANGE.fullmatch(figure)
    if ends is not None:
        return ends[1] in other.words and ends[2] in other.words
    return figure.isdigit() and f"e{figure}" in other.digits


def digits(figure: str) -> frozenset[str]:
    """The keys a text offers for its figure to be found by when the other
    text writes it otherwise: a figure with a point ("2.29") its significant
    digits marked "p" ("p229"); a whole number of MIN_DIGITS digits or more,
    none of them trailing zeros, its digits marked "w" ("229": "w229"; a typo
    dropping the point), and one of ROUNDED_DIGITS digits or more what it
    rounds to, to 2 to 4 significant digits, fewer than it has
    ("1289635000": "w13", "w129"). A round whole number ("1,050,000") is not a
    rounding nor a typo, and matches no figure with a point ("1.05" mln): a
    figure restated in another unit is not looked for."""
    ends = _RANGE.fullmatch(figure)
    if ends is not None:
        return frozenset({f"e{ends[1]}", f"e{ends[2]}"})
    if not _PLAIN.fullmatch(figure):
        return frozenset()
    significant = figure.replace(".", "").lstrip("0").rstrip("0")
    if "." in figure:
        return frozenset({f"p{significant}"}) if len(significant) > 1 else frozenset()
    keys = set()
    if len(significant) >= MIN_DIGITS and not figure.endswith("0"):
        keys.add(f"w{significant}")
    if len(figure) >= ROUNDED_DIGITS:
        keys.update(f"w{_round(figure, n)}" for n in range(2, 5) if n < len(significant))
    return frozenset(keys)


def _wanted(figure: str) -> frozenset[str]:
    """The keys of the other text that find figure (``digits``, marks swapped:
    a figure with a point is found by a whole number, and the other way round)."""
    swap = {"p": "w", "w": "p"}
    return frozenset(swap[key[0]] + key[1:] for key in digits(figure) if key[0] in swap)


def _round(whole: str, places: int) -> str:
    """The first places significant digits of a whole number, rounded, trailing
    zeros dropped ("1289635000", 3: "129")."""
    rounded = str((int(whole[: places + 1]) + 5) // 10)
    return rounded.rstrip("0") or "0"


def parts(figure: str) -> tuple[str, ...]:
    """The whole number and the fraction a mixed number is written from
    ("3-1/2": "3" and "1/2"); none for any other figure (a range "15-78" is
    one particular)."""
    if not _MIXED.fullmatch(figure):
        return ()
    whole, _, fraction = figure.partition("-")
    return whole, fraction


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The list's words (one per line; "#" starts a comment line), split in C
    rather than line by line in Python: a search that confirms a reprint loads
    them. The file is read beside this module, not through importlib.resources,
    whose import (zipfile, tempfile, shutil) a search process would pay for too
    (as ``index.countries`` reads its table)."""
    text = (Path(__file__).parent / "data" / "common_words.txt").read_text(encoding="utf-8")
    if "#" in text:  # the shipped list has no comment: skip the regex's pass over 184 kB
        text = re.sub(r"(?m)^#.*$", "", text)
    return frozenset(text.split())


def forget() -> None:
    """Empty the memos (benchmarks time cold calls)."""
    _deletions_of.cache_clear()
    _dropped.cache_clear()


def _in_parts(figure: str, other: Words) -> bool:
    """Whether a mixed number is found written in parts, each a word of the
    other text's own (not a part of one of its mixed numbers), and the other
    text writes no mixed number of the same whole number ("6-1/16" is not
    found in a text with "6-3/16", "six-month" and "1/16")."""
    pieces = parts(figure) if figure[0].isdigit() else ()
    if not pieces or any(piece not in other.words or piece in other.pieces for piece in pieces):
        return False
    whole = f"{pieces[0]}-"
    return not any(word.startswith(whole) and "/" in word for word in other.words)


def _abbreviation(name: str, other: Words) -> bool:
    if name[0].isdigit():
        return False
    if len(name) <= ABBREVIATION_LENGTH:
        return any(_abbreviates(name, n) for n in other.names if len(n) > len(name))
    return any(_abbreviates(n, name) for n in other.short_names)


def _abbreviates(short: str, long: str) -> bool:
    if short[0] != long[0] or not short.isalpha() or short in _SHORT_FORMS:
        return False
    if len(short) > 2 and short in common_words():
        return False
    rest = iter(long[1:])
    return all(letter in rest for letter in short[1:])


def _near(word: str, other: Words) -> bool:
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
