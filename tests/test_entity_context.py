"""Issue 14 item 5: the article-level rules (index/extract/context.py) and the linking
of particle surnames and unknown places, on text written for these tests."""

from __future__ import annotations

import pytest

from index.extract.context import no_entity
from index.extract.entities import extract_entities
from index.extract.linking import Draft, link
from index.records import ORG, PERSON, PLACE


def found(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.type, m.entity_id, m.name) for m in extract_entities(text)]


def texts(text: str) -> list[str]:
    return [m.text for m in extract_entities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Muslim clerics in Cairo said Islam forbids it, the elders told reporters.",
        "Speaking in Hindi, Ramesh Patel told the crowd he would return.",
        "The launch is set for 14:00 UTC on Friday, NASA said.",
        "Covid cases rose again, said Maria Lopez, a nurse in the ward.",
        "Brexit talks stalled, Prime Minister Theresa May said in London.",
        '"I\'m proud of them," said Anna Berg, who coached the team for years.',
    ],
)
def test_religions_languages_time_zones_diseases_events_and_i_m_are_no_entities(
    text: str,
) -> None:
    names = texts(text)
    for word in ("Muslim", "Islam", "Hindi", "UTC", "Covid", "Brexit", "I'm"):
        assert word not in names
    assert names  # the people and places of the sentence are still found


def test_the_non_entity_list_matches_capitals_exactly_and_other_names_in_any_case() -> None:
    assert no_entity("UTC") and not no_entity("Utc")
    assert no_entity("islam") and no_entity("ISLAM")
    assert not no_entity("Islamic State")
    assert no_entity("Treaty of Rome") and no_entity("United States Constitution")
    assert not no_entity("Rome")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sony said the PSP will play films on TV and PC screens, Kaz Hirai said.", ["TV", "PC"]),
        ("Vodafone said MMS and SMS traffic rose, its chief John Smith said.", ["MMS", "SMS"]),
        ("The MP for Bath, Don Foster, said GNP would rise.", ["MP", "GNP"]),
        ("R&B singer Usher won three awards in Los Angeles.", ["R&B"]),
        ("Patients waited in A&E at the Tarn Trust for hours.", ["A&E"]),
        ("Tom Ware has the PM's full confidence, the Tarn Party said.", ["PM"]),
        ("The RPI rose 0.4 pct in February, the Tarn Office said.", ["RPI"]),
        ("In his Autumn Statement, Chancellor Tom Ware cut taxes.", ["Autumn Statement"]),
        ("Tarn Police checked CCTV footage from the market, Tom Ware said.", ["CCTV"]),
        ("The Tarn Bank said its new AI tool would cut fraud.", ["AI"]),
    ],
)
def test_abbreviations_of_devices_formats_titles_and_measures_are_no_entities(
    text: str, words: list[str]
) -> None:
    names = texts(text)
    assert not set(words) & set(names)
    assert names  # the people, places and bodies of the sentence are still found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ruddock was the hero of the 11-9 Six Nations win over England.", ["Six Nations"]),
        ("The RBS Six Nations game against Ireland is on Sunday.", ["RBS Six Nations"]),
        ("The film has won a Bafta and two Golden Globe awards.", ["Bafta", "Golden Globe"]),
        ("He did not rule out a return to the Premiership at some stage.", ["Premiership"]),
        (
            "Bill Gates opened the Consumer Electronics Show (CES) in Las Vegas. CES draws "
            "firms such as Sony, Gary Shapiro said.",
            ["Consumer Electronics Show", "CES"],
        ),
        ("He has yet to win the French Open, the one Grand Slam to elude him.", ["French Open"]),
        ("She won the San Jose Open last year.", ["San Jose Open"]),
    ],
)
def test_competitions_awards_shows_and_their_abbreviations_are_no_entities(
    text: str, words: list[str]
) -> None:
    assert not set(words) & set(texts(text))


def test_a_plural_of_capitals_in_the_list_is_matched_as_spelled() -> None:
    assert no_entity("PCs") and no_entity("MEPs")
    assert not no_entity("PCS") and not no_entity("MEPS")  # a union, a consulting group
    assert not no_entity("Pcs")


def test_a_document_named_after_a_country_is_no_place() -> None:
    names = texts("The judge said the United States Constitution protects the right.")
    assert "United States Constitution" not in names


def test_a_place_run_into_the_person_after_it_is_two_names() -> None:
    mentions = found("Yesterday, United States Senator from Vermont Bernie Sanders won in Nevada.")
    assert ("Vermont", PLACE, "varmunt@US", "Vermont") in mentions
    assert ("Bernie Sanders", PERSON) in [(m[0], m[1]) for m in mentions]


def test_a_country_named_like_a_state_is_the_state_beside_places_of_that_country() -> None:
    us = found("Senators Ann Cole of Florida, Tom Ruiz of Utah and Jim Lake of Georgia agreed.")
    assert ("Georgia", "geurgia@US") in [(m[0], m[2]) for m in us]
    country = found("From Tbilisi, Georgia's president flew to Moscow on Monday.")
    assert all(m[2] != "geurgia@US" for m in country)


def test_a_country_named_like_a_state_stays_the_country_with_only_that_country_named() -> None:
    mentions = found("The United States sent an envoy to Georgia on Monday.")
    assert ("Georgia", "geurgia@GE") in [(m[0], m[2]) for m in mentions]


def test_generic_bodies_of_different_countries_are_different_values() -> None:
    us = found("In Washington and Texas, the Supreme Court ruled on Monday, lawyers said.")
    uk = found("In London and Manchester, the Supreme Court ruled on Monday, lawyers said.")
    us_court = [m for m in us if m[1] == ORG]
    uk_court = [m for m in uk if m[1] == ORG]
    assert us_court and uk_court
    assert us_court[0][3] == "Supreme Court (United States)"
    assert uk_court[0][3] == "Supreme Court (United Kingdom)"
    assert us_court[0][2] != uk_court[0][2]


def test_a_state_s_generic_body_is_the_state_s_not_the_country_s() -> None:
    mentions = found(
        "Voters in Wisconsin, United States, chose a judge for the state's Supreme Court."
    )
    names = [m[3] for m in mentions if m[1] == ORG]
    assert names == ["Supreme Court (Wisconsin)"]


def test_a_body_named_with_its_country_is_left_as_it_is() -> None:
    names = [m[3] for m in found("The US Supreme Court in Washington ruled.") if m[1] == ORG]
    assert names == ["US Supreme Court"]


def test_an_organisation_read_without_its_body_word_is_whole() -> None:
    mentions = found("According to the Centers for Disease Control and Prevention, it spread.")
    assert ("Centers for Disease Control and Prevention", ORG) in [(m[0], m[1]) for m in mentions]


def test_a_surname_with_particles_is_the_person_named_in_full() -> None:
    mentions = found(
        "In party news, businessman Rocky De La Fuente, already a nominee, was named. "
        "The party chose the De La Fuente/Richardson ticket."
    )
    people = {m[3] for m in mentions if m[0] == "De La Fuente"}
    assert people == {"Rocky De La Fuente"}


def test_a_surname_with_a_small_particle_is_the_person_named_in_full() -> None:
    mentions = found(
        "The mayor, Willem de Vroomen, opened the bridge on Monday. "
        "De Vroomen said the work ran late, and later de Vroomen cut the ribbon."
    )
    people = {m[3] for m in mentions if m[0] in ("De Vroomen", "de Vroomen")}
    assert people == {"Willem de Vroomen"}


def test_an_unknown_place_named_like_a_person_of_the_article_is_that_person() -> None:
    mentions = found(
        "Joe Biden spoke on Monday. The accusation against Biden is that he called for it."
    )
    assert {m[1] for m in mentions if m[0] == "Biden"} == {PERSON}


def test_a_generic_body_after_a_country_s_possessive_is_that_country_s() -> None:
    mentions = found(
        "In Damascus and Aleppo, Syria, fighting went on. Turkey's Defence Ministry said "
        "it would retaliate."
    )
    assert [m[3] for m in mentions if m[1] == ORG] == ["Defence Ministry (Turkey)"]


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("The Archbishop of Cardiff, Peter Smith, spoke in Swansea.", "Cardiff", "Swansea"),
        ("The Bishop of Durham, Tom Wright, visited York on Monday.", "Durham", "York"),
        ("He met the Prince of Wales at a school in Leeds on Friday.", "Wales", "Leeds"),
        ("The Mayor of London, Ken Livingstone, met the Duke of Kent.", "Kent", "London"),
        ("The Queen of Denmark opened a school in Leeds on Friday.", "Denmark", "Leeds"),
        ("Ed I, king of Norway, opened a school in Leeds on Friday.", "Norway", "Leeds"),
        ("Rep. Jo King of Maine met the King of Sweden in Leeds.", "Sweden", "Maine"),
    ],
)
def test_a_place_in_a_church_or_noble_title_is_no_place(text: str, gone: str, kept: str) -> None:
    places = [m.text for m in extract_entities(text) if m.type == PLACE]
    assert gone not in places
    assert kept in places


def test_a_party_adjective_and_a_plan_are_no_people() -> None:
    names = texts("Tory leader Michael Howard attacked the Marshall Plan for Africa.")
    assert "Tory" not in names and "Marshall Plan" not in names
    assert "Michael Howard" in names


def test_cryptocurrencies_and_ok_are_no_entities_but_a_state_s_ok_after_a_town_is() -> None:
    text = "Bitcoin rose while Dogecoin fell. It is OK to wait, said Ann Tark of Kestrel Corp."
    assert "Bitcoin" not in texts(text) and "Dogecoin" not in texts(text)
    assert "OK" not in texts(text)
    dateline = "TULSA, OK., March 27\n\nKESTREL SETS SALE\n\nKestrel Corp said it would sell."
    assert ("OK", PLACE) in [(m.text, m.type) for m in extract_entities(dateline)]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Traders hold Bitcoin (BTC) while BTC falls, Ann Tark of Kestrel Corp said.", "BTC"),
        ("Growth of Gross Domestic Product (GDP) slowed, Kestrel Corp said.", "GDP"),
    ],
)
def test_an_abbreviation_of_no_entity_is_no_organisation(text: str, gone: str) -> None:
    assert gone not in texts(text)
    assert not [t for t in texts(text) if t.startswith(("Bitcoin", "Gross"))]


def test_a_company_s_ticker_that_spells_a_measure_leaves_the_company() -> None:
    text = "KESTREL (VAT) SETS SALE"
    drafts = [
        Draft(0, 7, ORG, "KESTREL", ("KESTREL",), "kastral", "KESTREL"),
        Draft(9, 12, ORG, "VAT", ("VAT",), "vat", "VAT"),
    ]
    link(drafts, text)
    assert (drafts[0].text, drafts[0].type, drafts[0].entity_id) == ("KESTREL", ORG, "kastral")
    text = "KESTREL TARN (KT) SETS SALE"
    drafts = [Draft(0, 12, ORG, "KESTREL TARN", ("KESTREL", "TARN"), "kastraltarn", "KT")]
    link(drafts, text)
    assert drafts[0].type == ORG  # (a name spelling out an abbreviation that is an entity)


def test_the_house_is_no_short_form_of_the_white_house() -> None:
    text = "The White House said the bill would reach the House floor on Monday."
    ids = {m.text: m.entity_id for m in extract_entities(text)}
    assert ids["House"] != ids["White House"]


def _linked(text: str, longer: str, short: str) -> bool:
    start, at = text.index(longer), text.rindex(short)
    drafts = [
        Draft(start, start + len(longer), ORG, longer, tuple(longer.split()), "long", longer),
        Draft(at, at + len(short), ORG, short, (short,), "short", short),
    ]
    link(drafts, text)
    return drafts[1].entity_id == drafts[0].entity_id


def test_a_listed_name_s_common_word_is_its_short_form_only_beside_a_proper_word() -> None:
    assert not _linked("The White House and the House met.", "White House", "House")
    assert _linked(
        "The European Community and the Community met.", "European Community", "Community"
    )
    assert _linked("Tarnex Kestrel Holdings and Kestrel met.", "Tarnex Kestrel Holdings", "Kestrel")


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Ann Tark (R-Calif.) and Sen. Jo Hale (D-N.Y.) spoke on Monday.",
        "Senate Majority Leader Jo Hale said the House Minority Whip agreed.",
    ],
)
def test_party_and_state_labels_and_title_fragments_are_no_names(text: str) -> None:
    names = texts(text)
    assert not [n for n in names if n.startswith(("R-", "D-", "Senate", "House"))]
    assert {"Ann Tark", "Jo Hale"} & set(names)


def test_equipment_eras_and_initials_of_common_things_are_no_entities() -> None:
    assert no_entity("PPE") and no_entity("SUVs") and no_entity("DUI")
    assert no_entity("Great Depression") and no_entity("World War II")
    assert not no_entity("Ppe")  # initials only so spelled
    assert no_entity("First Lady") and no_entity("Vice President")


def test_an_era_and_protective_equipment_in_a_sentence_are_no_mentions() -> None:
    text = (
        "Nurses at Halberd County Hospital said PPE ran short in March. "
        "Sales fell to the lowest level since the Great Depression, Mark Oduya said."
    )
    found = {m.text for m in extract_entities(text)}
    assert "PPE" not in found and "Great Depression" not in found
    assert "Mark Oduya" in found
