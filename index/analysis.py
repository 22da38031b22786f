"""The text analyzer shared by indexing, querying and highlighting.

Words are runs of letters and digits; a hyphen splits a word into parts, so
"al-Numan" is indexed as "al" "numan" (findable by either part, and whole as a
phrase). Runs of CJK characters become overlapping bigrams. Possessive 's is
dropped, case and accents (in any script) are folded, and English words are
stemmed ("posts" -> "post"). Stop words are kept, so phrases and
quotations match exactly.

The schema is pickled into the index, so every class here must stay importable
under its module path.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
)

WORD_PATTERN = r"\w+(?:['’]\w+)*"
_POSSESSIVE = ("'s", "’s")


class PossessiveFilter(Filter):  # type: ignore[misc]
    """Drops a trailing possessive 's and makes curly apostrophes straight."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            text = token.text
            if text.endswith(_POSSESSIVE) and len(text) > 2:
                text = text[:-2]
                if token.chars:
                    token.endchar -= 2
            token.text = text.replace("’", "'")
            yield token


# Han, Hiragana, Katakana, Hangul: scripts written without spaces between words.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


class CJKBigramFilter(Filter):  # type: ignore[misc]
    """Cuts runs of CJK characters into overlapping two-character terms, so a
    word in text written without spaces is found by its bigrams (a query of two
    or more CJK characters becomes a phrase of bigrams). A lone character is
    kept as a term of its own."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        shift = 0
        for token in tokens:
            if not _CJK.search(token.text):
                token.pos = getattr(token, "pos", 0) + shift
                yield token
                continue
            pieces = list(_pieces(token.text))
            base_pos, base_char = getattr(token, "pos", 0) + shift, getattr(token, "startchar", 0)
            for k, (start, end) in enumerate(pieces):
                piece = token.copy()
                piece.text = token.text[start:end]
                piece.pos = base_pos + k
                if token.chars:
                    piece.startchar, piece.endchar = base_char + start, base_char + end
                yield piece
            shift += len(pieces) - 1


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """Spans of text: each non-CJK run whole, each CJK run as bigrams."""
    cursor = 0
    for match in _CJK.finditer(text):
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


class FoldMarksFilter(Filter):  # type: ignore[misc]
    """Folds accents and other combining marks in every script: "résumé" ->
    "resume", "Αθήνα" -> "αθηνα", Arabic vowel marks dropped."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if not token.text.isascii():
                decomposed = unicodedata.normalize("NFKD", token.text)
                stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
                token.text = unicodedata.normalize("NFC", stripped)
            yield token


def news_analyzer() -> Analyzer:
    """Tokenise, cut CJK into bigrams, drop possessives, lowercase, fold
    accents, stem."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | CJKBigramFilter()
        | PossessiveFilter()
        | LowercaseFilter()
        | FoldMarksFilter()
        | StemFilter(lang="en", cachesize=50000)
    )


def analyse(text: str) -> list[str]:
    """The index terms of text, in order (for tests and the query side)."""
    return [token.text for token in ANALYZER(text)]


ANALYZER = news_analyzer()
