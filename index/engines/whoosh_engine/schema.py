"""The Whoosh schema of the index fields, and the analyzer that hands Whoosh the
tokens ``index.analysis`` made.

Whoosh pickles the schema into the index, so the analyzer class must stay
importable at this module path.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from whoosh.analysis import Analyzer
from whoosh.analysis import Token as WhooshToken
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from index.analysis import Token, tokens
from index.store.schema import FIELDS, Kind

RECORD = "record"  # the stored article, as JSON (index.records.StoredArticle)
NUMBER_WIDTH = 10  # numbers are indexed as zero-padded terms, so term order is number order


class TokensAnalyzer(Analyzer):  # type: ignore[misc]
    """Yields the tokens of ``index.analysis`` for a text. (The writer hands
    Whoosh each text's terms, made once by the document worker, as a list, which
    Whoosh indexes without calling an analyzer.)"""

    def __call__(
        self,
        value: str | Sequence[Token],
        positions: bool = False,
        chars: bool = False,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Any]:
        made = tokens(value) if isinstance(value, str) else value
        token = WhooshToken(positions, chars, removestops=False, mode=mode)
        for text, position, start, end in made:
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = position
            if chars:
                token.startchar, token.endchar = start, end
            yield token

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TokensAnalyzer)

    def __hash__(self) -> int:
        return hash(TokensAnalyzer)


def number_term(value: int) -> str:
    return f"{value:0{NUMBER_WIDTH}d}"


def build_schema() -> Schema:
    analyzer = TokensAnalyzer()
    fields: dict[str, Any] = {RECORD: STORED()}
    for name, kind in FIELDS.items():
        if kind is Kind.ID:
            fields[name] = ID(unique=True, sortable=True)
        elif kind is Kind.TEXT:
            fields[name] = TEXT(analyzer=analyzer, phrase=True)
        elif kind is Kind.KEYWORD:  # a column too, for facet counts
            fields[name] = KEYWORD(commas=True, lowercase=False, scorable=False, sortable=True)
        elif kind in (Kind.TOKEN, Kind.NUMBER):
            fields[name] = KEYWORD(commas=True, lowercase=False, scorable=False)
        elif kind is Kind.DATE:
            fields[name] = DATETIME(sortable=True)
    return Schema(**fields)
