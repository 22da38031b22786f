"""extract_entities: one test per rule, on short articles written for the tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.names import name_key
from index.records import ENTITY_TYPES, ORG, PERSON, PLACE, Mention, entity_id_key


def by_text(text: str) -> dict[str, Mention]:
    return {m.text: m for m in extract_entities(text)}


def test_types_are_exported() -> None:
    assert ENTITY_TYPES == ("PLACE", "PERSON", "ORG")


def test_offsets_are_exact_sorted_and_disjoint() -> None:
    text = (
        "Çavuşoğlu-era talks: Foreign Minister Sergei Lavrov flew from Moscow to Cairo,\n"
        "where the Arab League met. Lavrov's aide said Egypt agreed."
    )
    mentions = extract_entities(text)
    assert mentions
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.type in ENTITY_TYPES
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


def test_country_and_city_get_gazetteer_ids() -> None:
    found = by_text("Talks in Paris ended as Germany and Brazil signed.")
    assert found["Paris"].entity_id == name_key("Paris") + "@FR"
    assert found["Paris"].country == "FR"
    assert found["Germany"].country == "DE"
    assert found["Brazil"].type == PLACE


def test_country_aliases_share_one_id() -> None:
    ids = {
        m.entity_id
        for m in extract_entities("The U.S. and the United States and America and the USA.")
    }
    assert len(ids) == 1
    assert entity_id_key(ids.pop()) == name_key("United States")


def test_acronym_aliases_are_case_sensitive() -> None:
    found = by_text("He told us the UK would sell. Us versus them.")
    assert found["UK"].country == "GB"
    assert "us" not in found and "Us" not in found


def test_variant_spellings_of_a_town_share_an_id() -> None:
    first = by_text("Troops reached the town of Deir ez-Zor on Friday.")
    second = by_text("Troops reached the town of Deir al-Zour on Friday.")
    assert first["Deir ez-Zor"].entity_id == second["Deir al-Zour"].entity_id
    assert first["Deir ez-Zor"].country == "SY"


def test_entity_id_key_is_the_part_before_the_at_sign() -> None:
    assert entity_id_key("paras@FR") == "paras"
    assert entity_id_key("jahnsmath") == "jahnsmath"


@pytest.mark.parametrize("word", ["Reading", "March", "Nice", "Split", "Mobile", "Bath"])
def test_common_words_are_not_places_without_context(word: str) -> None:
    text = f"{word} was the word of the day, said the editor. Then {word} came up again."
    assert not [m for m in extract_entities(text) if m.type == PLACE]


def test_common_word_place_with_context_is_tagged() -> None:
    found = by_text("Fans gathered in Reading on Saturday.")
    assert found["Reading"].type == PLACE
    assert found["Reading"].country == "GB"


def test_months_are_never_places_even_after_in() -> None:
    assert not [m for m in extract_entities("Prices rose in March and May.") if m.type == PLACE]


def test_place_inside_a_person_name_is_not_tagged() -> None:
    found = by_text("Basketball star Michael Jordan visited Amman on Monday.")
    assert found["Michael Jordan"].type == PERSON
    assert "Jordan" not in found
    assert found["Amman"].country == "JO"


def test_place_inside_an_org_name_is_not_tagged() -> None:
    found = by_text("The Washington Post Company said its profit rose.")
    assert found["Washington Post Company"].type == ORG
    assert "Washington" not in found


def test_contextual_cues_tag_unknown_places() -> None:
    found = by_text("Fighting spread to the village of Qarqoush Tahtani overnight.")
    assert found["Qarqoush Tahtani"].type == PLACE
    assert "@" not in found["Qarqoush Tahtani"].entity_id


def test_province_suffix_and_based_cues() -> None:
    found = by_text("A Jordan-based group shelled Hasakah province.")
    assert found["Jordan"].type == PLACE
    assert found["Hasakah"].country == "SY"


def test_titles_mark_people_and_are_not_part_of_the_name() -> None:
    found = by_text("Prime Minister Nawaz Sharif met Finance Minister Ishaq Dar.")
    assert found["Nawaz Sharif"].type == PERSON
    assert found["Ishaq Dar"].entity_id == name_key("Ishaq Dar")
    assert "Prime Minister Nawaz Sharif" not in found


def test_said_and_role_cues_mark_people() -> None:
    found = by_text("Oil prices fell, said Tariq Zaidan. Analyst Bertil Holmqvist agreed.")
    assert found["Tariq Zaidan"].type == PERSON
    assert found["Bertil Holmqvist"].type == PERSON


def test_given_name_marks_a_person() -> None:
    found = by_text("The report was written by Ahmed Qureshi last year.")
    assert found["Ahmed Qureshi"].type == PERSON


def test_connectors_join_one_name_and_possessive_is_stripped() -> None:
    found = by_text("President Mahmoud bin Salem al-Harbi's office denied it.")
    assert found["Mahmoud bin Salem al-Harbi"].type == PERSON


def test_surname_and_title_forms_link_to_the_full_name() -> None:
    text = (
        "Foreign Minister Yusuf Abdel Karim arrived. Abdulkarim said talks went well, "
        "and Mr Abdel Karim left."
    )
    mentions = [m for m in extract_entities(text) if m.type == PERSON]
    assert len(mentions) == 3
    assert len({m.entity_id for m in mentions}) == 1
    assert {m.name for m in mentions} == {"Yusuf Abdel Karim"}


def test_spelling_variants_of_a_person_merge() -> None:
    first = by_text("Minister Mohammed Abdelrahman spoke.")["Mohammed Abdelrahman"]
    second = by_text("Minister Muhammad Abdul Rahman spoke.")["Muhammad Abdul Rahman"]
    assert first.entity_id == second.entity_id


def test_org_words_and_connectors_form_organisations() -> None:
    found = by_text("The Ministry of Energy and the Lebanese Centre for Policy Studies disagreed.")
    assert found["Ministry of Energy"].type == ORG
    assert found["Lebanese Centre for Policy Studies"].type == ORG


def test_acronym_in_parentheses_links_to_its_expansion() -> None:
    text = "Jaish al-Izza (JAI) fighters withdrew. Later JAI denied it."
    acronyms = [m for m in extract_entities(text) if m.text == "JAI"]
    assert len(acronyms) == 2
    assert {m.type for m in acronyms} == {ORG}
    assert acronyms[0].entity_id == name_key("Jaish al-Izza")


def test_short_org_name_links_to_the_full_one() -> None:
    text = "The Kurdish Red Crescent Federation sent aid. The Federation said more was needed."
    orgs = [m for m in extract_entities(text) if m.type == ORG]
    assert [m.text for m in orgs] == ["Kurdish Red Crescent Federation", "Federation"]
    assert orgs[0].entity_id == orgs[1].entity_id


def test_wire_agencies_and_known_bodies_are_orgs() -> None:
    found = by_text("The IMF told Reuters and AFP that OPEC would meet.")
    assert {found[k].type for k in ("IMF", "Reuters", "AFP", "OPEC")} == {ORG}
    assert found["AFP"].entity_id == name_key("Agence France-Presse")


def test_country_acronyms_are_places_not_orgs() -> None:
    found = by_text("The USSR and the UAE signed a trade pact.")
    assert found["USSR"].type == PLACE
    assert found["UAE"].country == "AE"


def test_small_town_needs_its_country_named() -> None:
    alone = by_text("Floods hit Kafr Nabl yesterday, officials said.")
    with_country = by_text("Floods hit Kafr Nabl in Syria yesterday, officials said.")
    assert "Kafr Nabl" not in alone or alone["Kafr Nabl"].type != PLACE
    assert with_country["Kafr Nabl"].country == "SY"


def test_demonyms_are_not_places() -> None:
    assert not [m for m in extract_entities("Syrian and Turkish troops met.") if m.type == PLACE]


def test_empty_and_lowercase_text() -> None:
    assert extract_entities("") == []
    assert extract_entities("nothing capitalised here at all") == []


def test_lower_case_organisation_noun_after_a_name_makes_an_org() -> None:
    text = "The town is run by the Jund al-Haqq alliance, residents said."
    found = {(m.text, m.type) for m in extract_entities(text)}
    assert ("Jund al-Haqq", "ORG") in found


def test_organisation_noun_rule_leaves_known_places_alone() -> None:
    text = "Prices rose in London group trading on Monday."
    found = {(m.text, m.type) for m in extract_entities(text)}
    assert ("London", "PLACE") in found


@pytest.mark.parametrize(
    "sentence", ["It is due in March.", "Talks resume in May.", "In August prices fell."]
)
def test_months_after_a_preposition_are_not_places(sentence: str) -> None:
    assert [m.text for m in extract_entities(sentence) if m.type == "PLACE"] == []


def test_a_cue_in_one_sentence_vouches_for_the_town_elsewhere() -> None:
    text = "The convoy reached Tromso at dawn.\n\nIn Tromso the harbour was quiet."
    places = [m for m in extract_entities(text) if m.type == "PLACE"]
    assert [m.text for m in places] == ["Tromso", "Tromso"]
    assert len({m.entity_id for m in places}) == 1


def test_common_words_after_a_given_name_are_not_a_person() -> None:
    text = "A general view of the harbour. REUTERS/Jan Olsen/File Photo"
    people = [m.text for m in extract_entities(text) if m.type == "PERSON"]
    assert "File Photo" not in people
    assert "Jan Olsen" in people


@pytest.mark.parametrize(
    ("dateline", "country"),
    [
        ("SAN MATEO, Calif., May 2 - The maker of widgets raised its dividend.", "US"),
        ("WINDSOR, Conn, May 2 - Qtly div five cts.", "US"),
        ("HAUPPAUGE, N.Y., May 2 - Shr 10 cts vs nine cts.", "US"),
        ("WINDSOR, Ont., May 2 - The car plant reopened.", "CA"),
    ],
)
def test_a_town_followed_by_its_state_is_the_town_there(dateline: str, country: str) -> None:
    town = extract_entities(dateline)[0]
    assert (town.type, town.start, town.country) == (PLACE, 0, country)


def test_a_region_name_shared_by_countries_leans_to_the_bigger_country() -> None:
    place = by_text("Growers in Florida expect a larger orange crop.")["Florida"]
    assert place.country == "US"


def test_an_alternate_name_made_of_common_words_is_a_nickname() -> None:
    mentions = by_text("The Garden City plant closed.")
    assert "Garden City" not in mentions or mentions["Garden City"].country != "SG"


def test_a_common_word_place_inside_a_longer_name_is_no_place() -> None:
    mentions = extract_entities("Exports to Western Europe and Eastern Europe rose.")
    assert not [m for m in mentions if m.text in ("Western", "Eastern")]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Secretary of State Dana Whitlow said the talks would go on.", "Dana Whitlow"),
        ("The Chancellor of the Exchequer Ronald Pike\nspoke in Leeds.", "Ronald Pike"),
        ("Minister of Defence Olu Adebayo flew home.", "Olu Adebayo"),
    ],
)
def test_a_portfolio_after_title_of_belongs_to_the_title(sentence: str, person: str) -> None:
    found = by_text(sentence)
    name = next(m for m in found.values() if m.type == PERSON)
    assert name_key(name.text) == name_key(person)
    # The portfolio word neither starts the name nor leaves a place behind in it.
    assert not [m for m in found.values() if m.type == PLACE and m.start < name.end]


def test_a_title_of_a_country_keeps_the_country() -> None:
    found = by_text("The President of Brazil met the press.")
    assert found["Brazil"].type == PLACE


@pytest.mark.parametrize(
    "sentence",
    [
        "Korean Air said it would buy four jets.",
        "Georgia Power said it would close the plant.",
        "Shares rose after Nippon Lines, a shipping company, said it would merge.",
    ],
)
def test_a_name_opening_with_a_nationality_that_says_something_is_a_company(
    sentence: str,
) -> None:
    mentions = extract_entities(sentence)
    assert [m.type for m in mentions] == [ORG]
    assert " " in mentions[0].text


def test_a_person_after_a_national_title_stays_a_person() -> None:
    found = by_text("West German Chancellor Hans Weber said rates would fall.")
    assert found["Hans Weber"].type == PERSON


def test_a_headline_in_capitals_is_no_name_but_its_places_count() -> None:
    mentions = extract_entities("HARBOUR DAILY SAYS CARTEL CREDIBILITY AT STAKE IN KUWAIT")
    assert [(m.type, m.name) for m in mentions] == [(PLACE, "Kuwait")]


def test_a_capitalised_name_of_two_words_is_still_a_name() -> None:
    assert by_text("NEW YORK, March 3 - Shares rose.")["NEW YORK"].country == "US"


@pytest.mark.parametrize("day", ["Friday", "Monday", "September"])
def test_a_leading_weekday_or_month_is_not_part_of_the_name(day: str) -> None:
    found = by_text(f"Officials said on {day} Iran would attend the talks.")
    assert found["Iran"].type == PLACE
    assert not [m for m in found.values() if day in m.text]


def test_a_place_of_three_words_in_capitals_is_still_the_place() -> None:
    assert (
        by_text("WEST PALM BEACH, Fla., March 3 - Shares rose.")["WEST PALM BEACH"].country == "US"
    )
