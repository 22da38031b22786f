"""Words that count as the same word when a remembered quotation is matched.

Memory keeps the word and loses its form: "family" for "families",
"stopped" for "stop", "stabilize" for a printed "stabilise", "20" for
"twenty", "dollars" for the wire's "dlrs". Each plain word (see
``search.wording.words``) gets a match key: British spellings in American form
(-ise/-isation, -our, -tre, a doubled l before -ed/-ing), number words as
digits, accents folded, then the index's stem. Abbreviations are a relation
between two words rather than a key: a short word without vowels ("dlrs",
"mln", "pct", "govt") matches a longer word of the other side that starts with
its first letter and holds its letters in order ("dollars", "million",
"percent", "government").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from index.analysis import analyse

_NUMBERS = {
    name: str(value)
    for value, name in enumerate(
        "zero _ two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
    if name != "_"  # "one" is a pronoun as often as a number ("no one")
}
_NUMBERS.update(
    {
        name: str(10 * tens)
        for tens, name in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)
    }
)
_NUMBERS.update({"hundred": "100", "thousand": "1000"})
# British spellings, in the American form (both sides are spelt alike after this).
_SPELLINGS = (
    (re.compile(r"(?<=\w\w)is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=\w\w\w)our(s|ed|ing|ite|ites|able)?$"), r"or\1"),
    (re.compile(r"(?<=\w\w)tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=\w\w[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
)
_VOWELS = frozenset("aeiouy")
MAX_ABBREVIATION = 5  # letters


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The match key of one plain (lower-case) word."""
    word = _NUMBERS.get(word, word)
    if not word.isascii():
        folded = unicodedata.normalize("NFKD", word)
        word = "".join(c for c in folded if not unicodedata.combining(c))
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    stems = analyse(word)
    return stems[0] if len(stems) == 1 else word


@lru_cache(maxsize=65536)
def is_abbreviation(word: str) -> bool:
    """A short word of letters without a vowel: "dlrs", "mln", "govt"."""
    return (
        1 < len(word) <= MAX_ABBREVIATION
        and word.isalpha()
        and word.isascii()
        and not _VOWELS.intersection(word)
    )


def abbreviates(short: str, full: str) -> bool:
    """Whether short is an abbreviation of full: the same first letter, and its
    letters found in full in order."""
    if not is_abbreviation(short) or len(full) <= len(short) or short[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(letter in rest for letter in short[1:])


def keys_of(plain: list[str]) -> list[str]:
    """word_key of each word, through a plain dict (the hot path of scoring)."""
    cache = _KEYS
    return [cache[word] if word in cache else _remember(word) for word in plain]


_KEYS: dict[str, str] = {}
_ABBREVIATIONS: set[str] = set()  # the words seen so far that are abbreviations
_MAX_REMEMBERED = 200_000


def _remember(word: str) -> str:
    if len(_KEYS) >= _MAX_REMEMBERED:
        _KEYS.clear()
    key = _KEYS[word] = word_key(word)
    if is_abbreviation(word):
        _ABBREVIATIONS.add(word)
    return key


def match_keys(typed: list[str], printed: list[str]) -> tuple[list[str], list[str]]:
    """The match keys of both sides, an abbreviation on one side taking the key
    of the word it abbreviates on the other."""
    typed_keys, printed_keys = keys_of(typed), keys_of(printed)
    if _ABBREVIATIONS.isdisjoint(printed) and _ABBREVIATIONS.isdisjoint(typed):
        return typed_keys, printed_keys
    for short_side, short_keys, long_side, long_keys in (
        (printed, printed_keys, typed, typed_keys),
        (typed, typed_keys, printed, printed_keys),
    ):
        for position, word in enumerate(short_side):
            if word not in _ABBREVIATIONS or short_keys[position] in long_keys:
                continue
            pairs = zip(long_side, long_keys, strict=True)
            full = next((key for other, key in pairs if abbreviates(word, other)), None)
            if full is not None:
                short_keys[position] = full
    return typed_keys, printed_keys
