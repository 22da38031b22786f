"""A currency's abbreviation or sign before an amount is no name
(index/extract/currency_signs.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.currency_signs import without_currency_signs
from index.extract.entities import extract_entities
from index.records import ORG, PLACE, Mention


def _mention(text: str, surface: str, kind: str = ORG, at: int = 0) -> Mention:
    start = text.index(surface, at)
    cc = "US" if kind == PLACE else None
    return Mention(start, start + len(surface), kind, surface, surface.lower(), surface, cc)


def test_letters_before_a_sign_and_a_figure_are_no_name() -> None:
    text = "Tickets cost GH¢40 at the gate."
    assert without_currency_signs([_mention(text, "GH")], text) == []


def test_letters_always_before_figures_are_no_name() -> None:
    text = "Bail was set at Rs 20,000 and the fine at Rs. 5,000."
    mentions = [_mention(text, "Rs"), _mention(text, "Rs", 30)]
    assert without_currency_signs(mentions, text) == []


def test_initials_written_without_a_figure_somewhere_stay() -> None:
    text = "The UN passed UN 1325; the UN said more would follow."
    mentions = [_mention(text, "UN"), _mention(text, "UN", 8), _mention(text, "UN", 20)]
    assert without_currency_signs(mentions, text) == mentions


def test_a_country_before_a_dollar_sign_is_no_place() -> None:
    text = "He was sold for US $90,000 to a club in the US."
    money, country = _mention(text, "US", PLACE), _mention(text, "US", PLACE, 20)
    assert without_currency_signs([money, country], text) == [country]


def test_through_extraction() -> None:
    text = "The bank lent Tk 3 billion to the mill, and a further Tk 40 crore in May."
    assert [m.text for m in extract_entities(text) if m.text == "Tk"] == []


def test_a_team_before_its_results_is_no_currency() -> None:
    text = "Division two: Ayr 6 Berwick 0. Ayr 3 1 2 0 8 2 5 in the league table."
    mentions = [_mention(text, "Ayr"), _mention(text, "Ayr", 20)]
    assert without_currency_signs(mentions, text) == mentions


def test_a_name_not_written_as_a_currency_stays() -> None:
    text = "Kent 108-3 at the close; Kent 244 all out."
    mentions = [_mention(text, "Kent"), _mention(text, "Kent", 10)]
    assert without_currency_signs(mentions, text) == mentions
