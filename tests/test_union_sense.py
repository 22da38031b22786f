""" "Europe" where an article may mean the European Union or its club competitions
(index.extract.union_sense). All text here is written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities


def _places(text: str) -> list[str]:
    return [m.text for m in extract_entities(text) if m.type == "PLACE"]


def test_europe_is_no_place_in_an_article_naming_the_union() -> None:
    text = "The EU summit ended. Critics say Britain should give less power to Europe."
    assert "Europe" not in _places(text)
    assert "Europe" in _places("Sales in Europe rose, and exports to Asia fell.")


def test_europe_is_no_place_in_a_match_report() -> None:
    text = (
        "Rovers were knocked out of Europe on Tuesday. The striker and the goalkeeper "
        "both blamed the offside rule in the Champions League tie."
    )
    assert "Europe" not in _places(text)


def test_longer_names_holding_europe_stay() -> None:
    text = "The EU said so. Trade with Eastern Europe grew."
    assert "Eastern Europe" in _places(text)


def test_europe_written_as_the_union_or_a_cup_is_no_place_without_the_unions_name() -> None:
    union = "Voters fear more power to Europe, the candidate said in Leeds on Monday."
    assert "Europe" not in _places(union)
    cup = "The midfielder said the club still had a chance of staying in Europe next season."
    assert "Europe" not in _places(cup)
    unread = "She called for the UK to leave the European Union In her speech she praised Europe."
    assert "Europe" not in _places(unread)
