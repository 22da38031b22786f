"""Whoosh's BM25F with the inverse document frequency tantivy (and Lucene) use.

Whoosh's own idf, ``log(N / (n + 1)) + 1``, never falls below 1: a word in every
article ("the", "of", "what") still counts about a seventh of the rarest word,
so in a long query its common words outvote the telling ones. BM25's
Robertson-Sparck Jones idf, ``log(1 + (N - n + 0.5) / (n + 0.5))``, as tantivy
computes it, tends to 0 for such words and is otherwise close to Whoosh's. With
it both engines weigh every word of a query alike (same k1 = 1.2, b = 0.75 and
per-field length normalisation), which changes ranking only, never which
articles match.
"""

from __future__ import annotations

from math import log
from typing import Any

from whoosh.scoring import BM25F


def bm25_idf(documents: int, holding: int) -> float:
    """The idf of a word held by `holding` of `documents` documents (tantivy's)."""
    return log(1 + (documents - holding + 0.5) / (holding + 0.5))


class TantivyIdfBM25F(BM25F):  # type: ignore[misc]
    """BM25F (Whoosh's defaults, B=0.75, K1=1.2) with ``bm25_idf``."""

    def idf(self, searcher: Any, fieldname: str, text: str) -> float:
        documents = searcher.doc_count_all()
        return bm25_idf(documents, min(searcher.doc_frequency(fieldname, text), documents))
