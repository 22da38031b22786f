"""The text analysis shared by indexing, querying and highlighting, in every engine.

Words are runs of letters and digits (with inner apostrophes: "don't"); a hyphen
splits a word into parts, so "al-Numan" is indexed as "al" "numan" (findable by
either part, and whole as a phrase). Runs of CJK characters become overlapping
bigrams. A possessive 's is dropped, case and accents (in any script) are folded,
and English words are stemmed with the Snowball stemmer ("posts" -> "post").
Stop words are kept, so phrases and quotations match exactly.

Both engines index the terms made here (neither runs an analyzer of its own:
tantivy's only splits them again at the spaces the writer joins them with),
and the query side analyses typed words and highlights text with the same
function, so a highlight marks exactly what the index matched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

import Stemmer

WORD_PATTERN = r"\w+(?:['’]\w+)*"
_WORD = re.compile(WORD_PATTERN)
# WORD_PATTERN over lower-case ASCII text, where \w is [a-z0-9_] and the only
# apostrophe is "'": the same words, found faster.
_ASCII_WORD = re.compile(r"[a-z0-9_]+(?:'[a-z0-9_]+)*")
_POSSESSIVE = ("'s", "’s")
# Han, Hiragana, Katakana, Hangul: scripts written without spaces between words.
_CJK_PATTERN = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+"
_STEMMER = Stemmer.Stemmer("english")
_MAX_STEMS = 200_000  # words whose stem is kept; the cache is emptied when it fills


class _Stems(dict[str, str]):
    """Word -> stem, stemming a word on its first lookup (``_STEMS[word]``): a
    known word costs one dict read, with no Python call."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _MAX_STEMS:
            self.clear()
        stem: str = _STEMMER.stemWord(word)
        self[word] = stem
        return stem


_STEMS = _Stems()


class Token(NamedTuple):
    """One index term: its text, its position in the token stream and the
    character offsets [start, end) of the word it came from."""

    text: str
    position: int
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """The index terms of text, with positions and character offsets."""
    if text.isascii():
        return _ascii_tokens(text)
    found: list[Token] = []
    position = 0
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        if word.isascii() or not _cjk().search(word):
            term, end = _term(word, start, match.end())
            found.append(Token(term, position, start, end))
            position += 1
            continue
        for piece_start, piece_end in _pieces(word):
            term, end = _term(word[piece_start:piece_end], start + piece_start, start + piece_end)
            found.append(Token(term, position, start + piece_start, end))
            position += 1
    return found


def _ascii_tokens(text: str) -> list[Token]:
    """tokens() for ASCII text (most wire copy), in one pass over its lower case."""
    found: list[Token] = []
    stems = _STEMS
    for position, match in enumerate(_ASCII_WORD.finditer(text.lower())):
        word = match.group()
        start, end = match.span()
        if word[-2:] == "'s" and len(word) > 2:
            word, end = word[:-2], end - 2
        found.append(Token(stems[word], position, start, end))
    return found


def analyse(text: str) -> list[str]:
    """The index terms of text, in order: the texts of ``tokens(text)``, whose
    positions are 0, 1, 2... (what the indexer hands both engines)."""
    if text.isascii():
        return _ascii_terms(text)
    return [token.text for token in tokens(text)]


def _ascii_terms(text: str) -> list[str]:
    """analyse() for ASCII text, without the tokens' offsets: a third of the time."""
    lowered = text.lower()
    words = _ASCII_WORD.findall(lowered)
    if "'s" in lowered:
        words = [word[:-2] if word[-2:] == "'s" and len(word) > 2 else word for word in words]
    return list(map(_STEMS.__getitem__, words))


def fold(word: str) -> str:
    """A word as the index spells it before stemming: possessive dropped, lower
    case, accents folded (what wildcard prefixes are compared with)."""
    return _term(word, 0, len(word), stem=False)[0]


def _term(word: str, start: int, end: int, stem: bool = True) -> tuple[str, int]:
    """The index term of one word and the end offset of what it covers."""
    if word[-2:].lower() in _POSSESSIVE and len(word) > 2:
        word, end = word[:-2], end - 2
    word = word.replace("’", "'").lower()
    if not word.isascii():
        decomposed = unicodedata.normalize("NFKD", word)
        word = unicodedata.normalize(
            "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
        )
    return (_STEMS[word] if stem else word), end


@cache
def _cjk() -> re.Pattern[str]:
    """The CJK runs' pattern, compiled on first use: its wide character ranges
    take the regex compiler about 1 ms, which text without a non-ASCII word (a
    query, most wire copy) never needs."""
    return re.compile(_CJK_PATTERN)


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """Spans of text: each non-CJK run whole, each CJK run as bigrams (a lone
    CJK character kept as a term of its own)."""
    cursor = 0
    for match in _cjk().finditer(text):
        if match.start() > cursor:
            yield cursor, match.start()
        run_start, run_end = match.span()
        if run_end - run_start == 1:
            yield run_start, run_end
        for start in range(run_start, run_end - 1):
            yield start, start + 2
        cursor = run_end
    if cursor < len(text):
        yield cursor, len(text)
