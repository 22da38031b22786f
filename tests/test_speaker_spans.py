"""The phrase a quotation is credited to holds no leading 'with' and no verb
(index/extract/speakers.py, index/extract/speaker_words.py), on short texts written for
these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.quotes import extract_quotes


def _credits(text: str) -> list[str | None]:
    quotes = extract_quotes(text, extract_entities(text))
    return [q.speaker or (q.attribution.text if q.attribution else None) for q in quotes]


def test_the_with_of_an_absolute_phrase_is_no_part_of_the_speaker() -> None:
    text = "The port kept its fees, with the harbour master saying the ships were “too few”."
    assert _credits(text) == ["the harbour master"]


def test_going_on_record_to_say_is_no_part_of_the_speaker() -> None:
    text = "After the ruling, the Lakeside Farmers Union went on record to say it was “unfair”."
    assert _credits(text) == ["the Lakeside Farmers Union"]


def test_a_subject_without_with_or_a_record_phrase_is_left_alone() -> None:
    text = "The port kept its fees, and the harbour master said the ships were “too few”."
    assert _credits(text) == ["the harbour master"]
