"""Issue 14 item 3: whole, rightly typed names (the tagger and the rules together)."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.records import ORG, PERSON, PLACE


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Securities and Exchange Commission said it would review it.",
            "Securities and Exchange Commission",
        ),
        ("Santa Fe Pacific Corp said it would sell its pipeline unit.", "Santa Fe Pacific Corp"),
        ("Norilsk Nickel raised output, the company said.", "Norilsk Nickel"),
        ("Shares of General Motors Corp rose on Monday.", "General Motors Corp"),
        ("The Bundesbank left its discount rate unchanged.", "Bundesbank"),
    ],
)
def test_organisations_are_whole_and_organisations(text: str, name: str) -> None:
    assert (name, ORG) in found(text)


def test_a_club_named_after_a_city_is_an_organisation() -> None:
    mentions = found("He said Real Madrid beat Barcelona 2-1 in Madrid on Sunday.")
    assert ("Real Madrid", ORG) in mentions
    assert ("Barcelona", ORG) in mentions
    assert ("Madrid", PLACE) in mentions


def test_both_spellings_of_opec_are_one_entity() -> None:
    ids = {
        extract_entities(f"The {spelling} of Petroleum Exporting Countries met.")[0].entity_id
        for spelling in ("Organisation", "Organization")
    }
    assert len(ids) == 1


def test_no_name_runs_over_a_line_break() -> None:
    mentions = extract_entities(
        "Motorola chairman Robert Galvin\nMELBOURNE, March 3 - Shares rose."
    )
    assert all("\n" not in m.text for m in mentions)
    assert ("Robert Galvin", PERSON) in [(m.text, m.type) for m in mentions]


def test_nationality_and_title_words_are_cut_from_people() -> None:
    mentions = found(
        "Argentine Abel Balbo scored twice. Bundesbank President Karl Otto Poehl spoke."
    )
    assert ("Abel Balbo", PERSON) in mentions
    assert ("Karl Otto Poehl", PERSON) in mentions


def test_capitalised_common_words_alone_are_no_entities() -> None:
    text = "Agreement was reached late on Friday. Police said the Election would go ahead."
    names = {name for name, _ in found(text)}
    assert not names & {"Agreement", "Police", "Election", "Friday"}


def test_two_organisations_run_together_stay_two() -> None:
    text = "The Office of Management and Budget and Television New Zealand reported it."
    assert [name for name, _ in found(text)] == [
        "Office of Management and Budget",
        "Television New Zealand",
    ]


@pytest.mark.parametrize(
    "text",
    ["Blair said the vote would be held in May.", "Kennedy told reporters the plan was dead."],
)
def test_a_politicians_surname_that_speaks_is_a_person_not_a_town(text: str) -> None:
    (mention,) = extract_entities(text)
    assert (mention.type, mention.country) == (PERSON, None)


def test_a_continent_is_a_place_in_no_country() -> None:
    (africa,) = extract_entities("Exports to Africa rose sharply.")
    assert (africa.type, africa.country) == (PLACE, None)


@pytest.mark.parametrize(
    "text",
    [
        "For updates, follow Ann Tark on Facebook, Twitter and Instagram.",
        "Follow us: Facebook | Twitter | Instagram | YouTube",
        "Shares in Google fell after Netflix and Microsoft reported, Ann Tark said.",
    ],
)
def test_the_largest_internet_platforms_are_organisations_even_in_lists(text: str) -> None:
    platforms = {"Facebook", "Twitter", "Instagram", "YouTube", "Google", "Netflix", "Microsoft"}
    named = [(t, kind) for t, kind in found(text) if t in platforms]
    assert named and all(kind == ORG for _, kind in named)
    assert {t for t, _ in named} == {p for p in platforms if p in text}


def test_a_paper_named_after_its_city_is_an_organisation_not_an_unknown_place() -> None:
    text = "The judge recused himself. (Photo: Ann Tark/Las Vegas Review-Journal) @anntark"
    assert ("Las Vegas Review-Journal", ORG) in found(text)


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("USA Today reported that the plan failed.", "USA Today"),
        ("A poll by USA Today found support for the plan.", "USA Today"),
        ("He told the Washington Examiner on Monday that he would run.", "Washington Examiner"),
        ("Ahead of the Fox News/Arizona Republic debate, she spoke.", "Arizona Republic"),
        ("Politico reported that the vote was delayed.", "Politico"),
        (
            "Ann Tark continued in the Sydney Morning Herald: the side is settled.",
            "Sydney Morning Herald",
        ),
    ],
)
def test_a_listed_newspaper_opened_by_a_place_name_is_the_newspaper(text: str, paper: str) -> None:
    names = found(text)
    assert (paper, ORG) in names
    assert not any(kind == PLACE and paper.startswith(t) for t, kind in names), names


def test_the_country_before_a_word_that_makes_no_listed_paper_stays_the_country() -> None:
    assert ("USA", PLACE) in found("The USA team won today, the coach said.")
