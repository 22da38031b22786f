"""Words of business and wire copy that read as names and are none (index.extract.non_names).
All text here is written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.non_names import trimmed
from index.extract.tagger import Span


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.text, m.name) for m in extract_entities(text)]


def _names(text: str) -> set[str]:
    return {m.text for m in extract_entities(text)}


def test_a_name_ends_with_no_function_word() -> None:
    text = "Most of the ore comes from the U.S. And the rest comes from Chile."
    assert ("PLACE", "U.S.", "United States") in _read(text)
    assert not any(name.endswith(" And") for name in _names(text))


def test_a_currency_names_its_country_or_nothing() -> None:
    text = "The central bank bought more than one billion U.S. Dlrs at the fixing on Tuesday."
    assert _read(text) == [("PLACE", "U.S.", "United States")]
    assert all("Dlrs" not in name for name in _names("Exports earned 40 mln Q.R. Dlrs."))


def test_the_cut_is_reported() -> None:
    text = "They paid one billion U.S. Dlrs in cash."
    start = text.index("U.S.")
    span, cut = trimmed(text, Span(start, start + len("U.S. Dlrs"), "ORG"))
    assert span is not None and text[span.start : span.end] == "U.S." and cut == "currency"
    span, cut = trimmed(text, Span(start, start + len("U.S."), "LOC"))
    assert span is not None and (span.start, span.end, cut) == (start, start + 4, "")


def test_lone_letters_and_share_classes_are_no_names() -> None:
    text = "Holders of its Class A shares and Class B warrants will vote, S and P said."
    assert _names(text) == set()
    assert "Class" not in _names("It sold Class A. Class A holders will vote.")


def test_numbers_calendar_and_period_words_make_no_name() -> None:
    text = "Net profit 31,734 vs loss 190,677\n\nNine Mths\n\nShr profit eight cts vs loss 53 cts"
    assert _names(text) == set()
    assert _names("DORVEL INDUSTRIES 2ND QTR JAN 31 NET\n\nShr six cts vs 12 cts") <= {
        "DORVEL INDUSTRIES"
    }


def test_the_label_of_a_comparison_table_row_is_no_name() -> None:
    text = "Oper shr loss two cts vs profit seven cts\n\nOper net 13.5 mln vs 14.6 mln"
    assert "Oper" not in _names(text)


def test_a_word_signing_off_the_text_is_no_mention() -> None:
    assert _names("The plant will open in May, the company said.\n\nWIRECO") == set()
    assert _names("The plant will open in May, the company said. Wireco") == set()
    # A name ending a sentence is a mention, as is one named before the sign-off.
    assert "Reagan" in _names("The plan was put forward by Reagan")
    assert ("PERSON", "Marta Olsen") in {(t, n) for t, n, _ in _read("Marta Olsen said it.\n\nX")}


def test_a_town_in_capitals_after_an_abbreviated_saint_is_one_place() -> None:
    text = "ST. LOUIS, March 4\n\nDORVEL INDUSTRIES TO BUILD PLANT\n\nDorvel said it would."
    places = [(t, name) for t, _, name in _read(text) if t == "PLACE"]
    assert places[:1] == [("PLACE", "St. Louis")]
    assert "LOUIS" not in _names(text)


def test_a_date_a_given_name_opens_is_no_person() -> None:
    text = "Qtly div 35 cts vs 35 cts prior\n\nPay April One\n\nRecord March 14"
    assert not [m for m in extract_entities(text) if m.type == "PERSON"]
    text = "The trust will pay 1.10 dlrs a unit on June Three to holders of record."
    assert not [m for m in extract_entities(text) if m.type == "PERSON"]
    found = _read("Sales rose, said chief executive April Harlow. Harlow said so.")
    assert ("PERSON", "April Harlow", "April Harlow") in found
    assert ("PERSON", "Harlow", "April Harlow") in found  # a short form of her name


def test_a_name_ends_with_no_auxiliary_verb() -> None:
    text = "Officials said the U.S. Has been seeking support for the plan."
    assert ("PLACE", "U.S.", "United States") in _read(text)
    assert not any(name.endswith(" Has") for name in _names(text))
    # a name may end with a word that is also a verb: people's and firms' names
    assert "Karel Ten Have" in _names("The chairman, Karel Ten Have, said sales rose.")


def test_a_row_label_before_figures_compared_is_no_name() -> None:
    text = "TARNEX PLC YEAR\n\nShr 27.5p vs 24.3p\n\nDiv 3.95p vs 3.34p\n\nTurnover 1.2 billion"
    assert "Div" not in _names(text)
