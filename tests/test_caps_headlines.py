"""Names of several words in a headline written in capitals keep only what the article
writes as a name in ordinary case (index/extract/caps_headlines.py), on short texts
written for these tests."""

from __future__ import annotations

import pytest

from index.extract.caps_headlines import vouched_span, written_names
from index.extract.entities import extract_entities
from index.extract.tagger import Span

BODY = (
    "\n\nFinance Minister Ruth Ocampo said the Central Bank of Ruritania and Elbe Motors"
    " Corp had agreed on the plan on Tuesday."
)


def _headline_names(headline: str) -> list[tuple[str, str]]:
    mentions = extract_entities(headline + BODY)
    return [(m.text, m.type) for m in mentions if m.end <= len(headline)]


@pytest.mark.parametrize(
    "headline",
    [
        "ELBE MOTORS CHAIRMAN STEPS DOWN",
        "MINISTER'S OCAMPO CALLS FOR NEW PLAN",
        "FINANCE MINISTRY'S OCAMPO SEES DEFICIT",
        "OCAMPO SAYS PLAN HOLDS",
    ],
)
def test_no_headline_name_the_article_does_not_write(headline: str) -> None:
    for surface, kind in _headline_names(headline):
        assert " " not in surface or surface.lower() in BODY.lower(), (surface, kind)


def test_a_headline_name_run_into_a_verb_keeps_the_name_the_article_writes() -> None:
    text = "CENTRAL BANK OF RURITANIA INTERVENES" + BODY
    span = Span(0, len("CENTRAL BANK OF RURITANIA INTERVENES"), "ORG")
    cut = vouched_span(text, span, lambda: written_names(text), lambda word: False)
    assert cut is not None
    assert text[cut.start : cut.end] == "CENTRAL BANK OF RURITANIA"


def test_a_possessive_ends_the_name_and_a_single_word_needs_the_package() -> None:
    text = "RUTH OCAMPO'S PLAN WINS" + BODY
    span = Span(0, len("RUTH OCAMPO'S PLAN"), "PER")
    cut = vouched_span(text, span, lambda: written_names(text), lambda word: False)
    assert cut is not None and text[cut.start : cut.end] == "RUTH OCAMPO"
    text = "ELBE'S OCAMPO WINS" + BODY
    span = Span(0, len("ELBE'S OCAMPO"), "PER")
    assert vouched_span(text, span, lambda: written_names(text), lambda word: False) is None
    found = vouched_span(text, span, lambda: written_names(text), lambda word: word == "ELBE")
    assert found is not None and text[found.start : found.end] == "ELBE"


def test_names_in_capitals_are_not_the_articles_writing() -> None:
    names = written_names("GRAND PLAN UNVEILED\n\nThe Grand Hotel and NATO said so.")
    assert "grand plan" not in names
    assert {"grand hotel", "grand", "nato"} <= names


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("QUARRO FABRICS CORP SETS DIVIDEND", "QUARRO FABRICS CORP"),
        ("QUARRO FABRICS <QFB> SETS DIVIDEND", "QUARRO FABRICS"),
        ("QUARRO FABRICS (NYSE: QFB) SETS DIVIDEND", "QUARRO FABRICS"),
        ("ARI LANGDON, HOST:", "ARI LANGDON"),
    ],
)
def test_companies_by_their_last_word_or_ticker_and_given_names_are_left(
    headline: str, name: str
) -> None:
    from index.extract.caps_headlines import shouted
    from index.records import ORG, PERSON

    text = headline + BODY
    kind = PERSON if name.startswith("ARI") else ORG
    assert not shouted(text, 0, len(name), kind)
    if kind == PERSON:  # a given name vouches for a person only
        assert shouted(text, 0, len(name), ORG)
