"""Speaker rules found on real wire copy (bench/quote_speakers_eval.py, dev split),
each on a short article written for the test."""

from __future__ import annotations

from index.extract.quotes import extract_quotes
from index.records import DESCRIPTION, GROUP, Attribution


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_id) for q in extract_quotes(text)]


def test_title_abbreviation_before_name_after_quote() -> None:
    text = '"The vote was close," Sen. Ruth Calder, a Vermont Democrat, said in a letter.'
    assert speakers(text)[0][1] == "Ruth Calder"


def test_initials_in_subject_after_quote() -> None:
    text = '"Prices will rise this year," A.B. Lyle food analyst Nora Quint said.'
    assert speakers(text)[0][1] == "Nora Quint"


def test_initial_in_name_after_quote() -> None:
    text = (
        "Tarn Mining Ltd posted a loss.\n\n"
        '"The loss reflects lower prices," Tarn chairman T. Ewan Marsh said in a statement.'
    )
    assert speakers(text)[0][1] == "T. Ewan Marsh"


def test_sentence_going_on_after_quote_is_no_attribution() -> None:
    text = (
        'The board says it has a "moral right" to payment from the U.S. Which it says '
        "broke the agreement."
    )
    found = speakers(text)[0][1]
    assert found is None or not found.lower().startswith("to ")


def test_person_after_said_opens_the_reported_clause() -> None:
    text = (
        "Dora Fenn said Paul Grady expects a rebound in the spring.\n\n"
        "Markets were calm on Monday.\n\n"
        '"Buyers are coming back to the market," she said.'
    )
    assert speakers(text)[0][1] == "Dora Fenn"


def test_name_of_firm_after_name_is_not_the_speaker() -> None:
    text = (
        "Steel prices rose.\n\n"
        '"Demand is firm," Chris Dunmore of London-based brokers Alan Pryce said.'
    )
    assert speakers(text)[0][1] == "Chris Dunmore"


def test_subject_then_phrase_then_verb_gives_the_speaker() -> None:
    text = (
        "Paula Renn said prices would fall.\n\n"
        "Renn in a radio interview broadcast on Sunday said exports were strong.\n\n"
        '"We are confident that the harvest will be large this year."'
    )
    assert speakers(text)[0][1] == "Paula Renn"


def test_it_said_is_the_body_named_before() -> None:
    text = (
        "Harbour pilots met on Monday.\n\n"
        "But the port authority said it would not wait.\n\n"
        '"We have closed the harbour to tankers," it said.\n\n'
        '"Ships may return next week," it added.'
    )
    port = Attribution("the port authority", GROUP)
    assert [(q.speaker, q.attribution) for q in extract_quotes(text)] == [(None, port)] * 2


def test_he_said_with_no_named_person_is_the_described_speaker() -> None:
    text = (
        "A senior banker said rates would rise before the summer.\n\n"
        '"Money is tight and it will get tighter," he said.'
    )
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.attribution) == (None, Attribution("A senior banker", DESCRIPTION))
