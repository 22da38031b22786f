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
  ("3-1/2" and "three and one-half").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
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


def found(particular: str, other: Words) -> bool:
    """Whether the other text has this particular, even spelt otherwise."""
    return (
        particular in other.words
        or _near(_IN_FULL.get(particular, particular), other)
        or _in_parts(particular, other)
        or _abbreviation(particular, other)
    )


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
    them."""
    text = (resources.files("index") / "data" / "common_words.txt").read_text(encoding="utf-8")
    return frozenset(re.sub(r"(?m)^#.*$", "", text).split())


def forget() -> None:
    """Empty the memos (benchmarks time cold calls)."""
    _deletions_of.cache_clear()
    _dropped.cache_clear()


def _in_parts(figure: str, other: Words) -> bool:
    pieces = parts(figure) if figure[0].isdigit() else ()
    return bool(pieces) and all(piece in other.words for piece in pieces)


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
