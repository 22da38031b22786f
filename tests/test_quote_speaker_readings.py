"""General readings of English attribution the speaker search gained in stop 45, each
on a short passage written for the test."""

from __future__ import annotations

from index.extract.quotes import extract_quotes


def quote_of(text: str, words: str):  # type: ignore[no-untyped-def]
    return next(q for q in extract_quotes(text) if q.text.startswith(words))


def speaker_of(text: str, words: str) -> str | None:
    return quote_of(text, words).speaker


# -- a pronoun names the nearest person who may be it ---------------------------------


def test_she_skips_a_man_named_after_her() -> None:
    text = (
        "The striking nurses' spokeswoman, Dana Whitlock, told the radio station that "
        "the strike could last for weeks.\n\n"
        "She urged Mr Hale to meet the union before the weekend.\n\n"
        '"We are ready to talk at any hour," she said.'
    )
    assert speaker_of(text, "We are ready") == "Dana Whitlock"


def test_she_with_only_a_man_named_is_nobody() -> None:
    text = (
        "The strike could last for weeks, the union said.\n\n"
        "It urged Mr Hale to meet its leaders before the weekend.\n\n"
        '"We are ready to talk at any hour," she said.'
    )
    assert speaker_of(text, "We are ready") is None


# -- a name set off by commas after its title ------------------------------------------


def test_reported_speech_by_a_titled_apposition_names_the_next_quotation() -> None:
    text = (
        '"This is a big step for the region," said Health Minister Tom Baxter.\n\n'
        "Chief Executive of the Northern Care Trust, Dr Maria Okafor, said she was "
        "delighted that the local hospital was involved in the pilot.\n\n"
        '"The hospital and our committed team will be involved in this new pilot."'
    )
    assert speaker_of(text, "The hospital and") == "Maria Okafor"
