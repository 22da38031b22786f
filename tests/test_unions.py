"""A query's matches as conjunctions without unions (``unions.phrase_parts``):
only for a phrase under an Or, at most MAX_PARTS of them, matching what the
query matches (checked on an index in tests/test_kept_matches.py)."""

from __future__ import annotations

from index.engines import query as q
from index.engines.tantivy_engine.unions import MAX_PARTS, phrase_parts

TITLE_PHRASE = q.Phrase("title", ("interest", "rate"))
BODY_PHRASE = q.Phrase("body", ("interest", "rate"))
PHRASES = q.any_of([TITLE_PHRASE, BODY_PHRASE])
PLACE = q.Term("place", "japan")


def test_a_query_without_a_phrase_under_an_or_is_left_whole() -> None:
    assert phrase_parts(q.any_of([q.Term("title", "oil"), q.Term("body", "oil")])) is None
    assert phrase_parts(q.all_of([BODY_PHRASE, PLACE])) is None
    assert phrase_parts(q.any_of([q.Phrase("body", ("oil",)), PLACE])) is None  # one word


def test_an_or_of_phrases_is_its_phrases() -> None:
    assert phrase_parts(PHRASES) == [TITLE_PHRASE, BODY_PHRASE]
    assert phrase_parts(q.AndMaybe(PHRASES, q.Term("body", "bonus"))) == [
        TITLE_PHRASE,
        BODY_PHRASE,
    ]


def test_the_or_is_distributed_over_the_and_and_exclusions_stay_whole() -> None:
    either = q.any_of([q.Term("place", "japan"), q.Term("place", "china")])
    excluded = q.Not(q.Term("org", "opec"))
    parts = phrase_parts(q.all_of([PHRASES, either, excluded]))
    assert parts == [
        q.all_of([phrase, place, excluded])
        for phrase in (TITLE_PHRASE, BODY_PHRASE)
        for place in either.children  # type: ignore[attr-defined]
    ]


def test_too_many_parts_leave_the_query_whole() -> None:
    words = q.any_of([q.Term("body", f"w{n}") for n in range(MAX_PARTS)])
    assert phrase_parts(q.all_of([PHRASES, words])) is None
    assert phrase_parts(q.all_of([PHRASES, words]), most=2 * MAX_PARTS) is not None
