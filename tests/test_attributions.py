"""A quotation's speaker is a person, never a group or a description: the phrase a
quotation is credited to, told apart (index.extract.attributions), on sentences
written for the tests."""

from __future__ import annotations

import pytest

from index.extract.attributions import PERSON, credit, is_person_name, kind_of
from index.extract.quotes import extract_quotes
from index.extract.speaker_record import Speaker
from index.records import DESCRIPTION, GROUP, NAME, Attribution, Mention, Quotation, StoredArticle


def credited(text: str) -> list[tuple[str | None, Attribution | None]]:
    return [(q.speaker, q.attribution) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Tony Oates", PERSON),
        ("Mr Howard", PERSON),
        ("Dr. Zarate", PERSON),
        ("rally driver Dave Hawkins", PERSON),
        ("analyst Jeff Carney of Evolution Securities", PERSON),
        ("Senate Majority Whip John Cornyn", PERSON),
        ("US Special Representative for Iran Brian Hook", PERSON),
        ("the ministry", GROUP),
        ("The company", GROUP),
        ("officials", GROUP),
        ("U.S. officials", GROUP),
        ("Police", GROUP),
        ("the report", GROUP),
        ("the SEC", GROUP),
        ("USDA", GROUP),
        ("Bond Corp", GROUP),
        ("The North Carolina NAACP", GROUP),
        ("officials of both companies", GROUP),
        ("witnesses", GROUP),
        ("the three bishops", GROUP),
        ("The government meanwhile", GROUP),
        ("a statement issued", GROUP),
        ("The Parents Television Council (PTC", GROUP),
        ("the ad", GROUP),
        ("local businessmen", GROUP),
        ("a witness", DESCRIPTION),
        ("the civil defence force worker", DESCRIPTION),
        ("one official", DESCRIPTION),
        ("his lawyer", DESCRIPTION),
        ("The victim's father", DESCRIPTION),
        ("a spokeswoman for the mayor", DESCRIPTION),
        ("Another", DESCRIPTION),
        ("one of the sources", DESCRIPTION),
        ("Sears", NAME),
        ("Pacific Western", NAME),
        ("de Hora", NAME),
        ("today", None),
        ("him", None),
        ("Analysts at Merrill Lynch", GROUP),
        ("a spokeswoman for Speaker Paul D. Ryan", DESCRIPTION),
        ("When NYMEX", None),
    ],
)
def test_kind_of_a_phrase(phrase: str, kind: str | None) -> None:
    assert kind_of(phrase) == kind


@pytest.mark.parametrize(
    "phrase",
    ["Tony", "Ministry of Finance", "Tony Blair Institute", "The North Carolina NAACP", "the Tony"],
)
def test_not_clearly_a_persons_name(phrase: str) -> None:
    assert not is_person_name(phrase)


def test_a_linked_person_is_the_speaker_whatever_the_words() -> None:
    found = credit(Speaker("White Helmets", "whitehelmets", "said"))
    assert found.speaker == Speaker("White Helmets", "whitehelmets", "said")
    assert found.attribution is None


def test_an_organisation_the_recogniser_named_is_a_group_even_with_a_given_name() -> None:
    found = credit(Speaker("Morgan Stanley", None, "said", kind=GROUP))
    assert (found.speaker, found.attribution) == (None, Attribution("Morgan Stanley", GROUP))


def test_named_person_is_the_speaker_with_its_id() -> None:
    (quote,) = extract_quotes('"Costs will fall," said Finance Minister Anna Berg.')
    assert (quote.speaker, quote.attribution) == ("Anna Berg", None)
    assert quote.speaker_id is not None


def test_ministry_is_an_attribution_not_a_speaker() -> None:
    text = '"All schools will reopen on Monday," the ministry said in a statement.'
    assert credited(text) == [(None, Attribution("the ministry", GROUP))]


def test_officials_and_police_are_groups() -> None:
    text = (
        '"The road is closed," police said.\n\n'
        '"We are working to reopen it," officials said on Tuesday.'
    )
    assert credited(text) == [
        (None, Attribution("police", GROUP)),
        (None, Attribution("officials", GROUP)),
    ]


def test_an_unnamed_witness_is_a_description() -> None:
    text = '"I saw the roof come down," a witness told reporters.'
    assert credited(text) == [(None, Attribution("a witness", DESCRIPTION))]


def test_a_name_the_recogniser_missed_is_still_a_person() -> None:
    quote = extract_quotes('"Prices are too high," said Tony Oates.', mentions=[])[0]
    assert (quote.speaker, quote.speaker_id, quote.attribution) == ("Tony Oates", None, None)


def test_a_missed_name_after_the_words_describing_them_is_the_person() -> None:
    text = '"We lost an hour in the mud," said rally driver Dave Hawkins of Leeds.'
    quote = extract_quotes(text, mentions=[])[0]
    assert (quote.speaker, quote.attribution) == ("Dave Hawkins", None)


def test_a_quotation_following_an_attributed_one_keeps_its_attribution() -> None:
    text = (
        '"Nobody was hurt," the company said.\n\n'
        '"The plant will reopen next week. Workers will be paid in full."'
    )
    group = Attribution("the company", GROUP)
    assert credited(text) == [(None, group), (None, group)]


def test_speaker_and_attribution_are_never_both_given() -> None:
    text = (
        'Anna Berg, the finance minister, spoke first. "Costs will fall," she said. '
        '"We disagree," the opposition party said. "It is a start," one analyst said.'
    )
    quotes = extract_quotes(text)
    assert len(quotes) == 3
    assert all(q.speaker is None or q.attribution is None for q in quotes)
    assert [q.attribution.kind for q in quotes if q.attribution] == [GROUP, DESCRIPTION]


def test_the_stored_record_keeps_speaker_and_attribution_apart() -> None:
    quotes = (
        Quotation(0, 5, "Hello", "Anna Berg", "annaberg", "said", False),
        Quotation(9, 14, "Again", None, None, "said", False, Attribution("the ministry", GROUP)),
    )
    stored = StoredArticle(id="a1", title="T", body="Hello or Again", quotes=quotes)
    assert StoredArticle.from_json(stored.to_json()).quotes == quotes


def test_a_place_the_recogniser_read_inside_a_name_is_no_group() -> None:
    text = '"Europe is laying the golden egg," said de Hora.'
    start = text.index("Hora")
    place = Mention(start, start + 4, "PLACE", "Hora", "hura", "Hora")
    (quote,) = extract_quotes(text, [place])
    assert (quote.speaker, quote.attribution) == (None, Attribution("de Hora", NAME))


def test_a_place_the_recogniser_named_as_the_subject_is_a_group() -> None:
    text = '"We will not pay," Ruritania said on Monday.'
    place = Mention(text.index("Ruritania"), text.index(" said"), "PLACE", "Ruritania", "r", "R")
    (quote,) = extract_quotes(text, [place])
    assert (quote.speaker, quote.attribution) == (None, Attribution("Ruritania", GROUP))
