"""The text analyzer shared by indexing, querying and highlighting.

Words are runs of letters and digits; a hyphen splits a word into parts, so
"al-Numan" is indexed as "al" "numan" (findable by either part, and whole as a
phrase). Possessive 's is dropped, case and accents are folded, and English
words are stemmed ("posts" -> "post"). Stop words are kept, so phrases and
quotations match exactly.

The schema is pickled into the index, so every class here must stay importable
under its module path.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
)
from whoosh.support.charset import accent_map

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


def news_analyzer() -> Analyzer:
    """Tokenise, drop possessives, lowercase, fold accents, stem."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | PossessiveFilter()
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StemFilter(lang="en", cachesize=50000)
    )


def analyse(text: str) -> list[str]:
    """The index terms of text, in order (for tests and the query side)."""
    return [token.text for token in ANALYZER(text)]


ANALYZER = news_analyzer()
