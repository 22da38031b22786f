"""Names an article shows to be companies or products, of any length and type; lone
given names linked to the full name (lone_names, thing_cues, products, first_names).
All text here is written for these tests."""

from __future__ import annotations

from helpers import mention_at as _at

from index.extract.first_names import link_first_names
from index.extract.lone_names import vet
from index.extract.thing_cues import listed_with_company, occurrences, written_as_thing


def test_a_person_of_two_words_before_a_company_word_goes() -> None:
    text = "Harlow Brisket CEO Ann Vey said Harlow Brisket jets would fly."
    two = _at(text, "Harlow Brisket", "PERSON")
    ann = _at(text, "Ann Vey", "PERSON")
    assert vet([two, ann], text) == [ann]


def test_a_person_of_two_words_the_article_names_as_an_org_becomes_that_org() -> None:
    text = "Orvel Dunmore shares rose. Orvel Dunmore said so."
    org = _at(text, "Orvel Dunmore", "ORG", "orveldunmore-org")
    person = _at(text, "Orvel Dunmore", "PERSON", nth=1)
    assert [(m.type, m.entity_id) for m in vet([org, person], text)] == [
        ("ORG", "orveldunmore-org")
    ] * 2


def test_a_person_of_two_words_used_only_as_a_person_stays() -> None:
    text = "Anna Quellor spoke. The Anna Quellor Foundation gave. Anna Quellor said so."
    first = _at(text, "Anna Quellor", "PERSON")
    last = _at(text, "Anna Quellor", "PERSON", nth=2)
    assert vet([first, last], text) == [first, last]
    assert not written_as_thing("Anna Quellor", text, occurrences(["Anna Quellor"], text))


def test_a_name_set_off_after_a_person_of_the_firm_names_that_person() -> None:
    text = "A spokeswoman for the airline, Orla Venner, said all were safe."
    person = _at(text, "Orla Venner", "PERSON")
    assert vet([person], text) == [person]


def test_a_name_set_off_after_a_person_s_rival_names_that_person() -> None:
    for before in ("Her rival, ", "His Labour rival, "):
        text = f"The count went on. {before}Orla Venner, said it was wrong."
        person = _at(text, "Orla Venner", "PERSON")
        assert vet([person], text) == [person]


def test_a_name_set_off_after_a_firm_s_rival_is_still_the_firm() -> None:
    text = "Tarnex cut fares. Its rival, Brisk Norvane, said it would follow."
    name = _at(text, "Brisk Norvane", "PERSON")
    assert vet([name], text) == []


def test_a_name_set_off_after_shares_of_the_firm_is_still_the_firm() -> None:
    text = "Shares of the airline, Brisk Norvane, rose."
    name = _at(text, "Brisk Norvane", "PERSON")
    assert vet([name], text) == []


def test_a_short_form_of_a_name_found_to_be_a_thing_is_judged_alone() -> None:
    text = "Brisk Norvane employee cuts. Norvane chief executive Ola Tand spoke."
    whole = _at(text, "Brisk Norvane", "PERSON")
    short = _at(text, "Norvane", "PERSON", "brisknorvane", "Brisk Norvane", nth=1)
    ola = _at(text, "Ola Tand", "PERSON")
    assert vet([whole, short, ola], text) == [ola]


def test_a_word_listed_with_a_company_is_no_person() -> None:
    text = "Talvex, Brummo and Kestrel Motors cut jobs. Brummo said more would go."
    org = _at(text, "Kestrel Motors", "ORG")
    person = _at(text, "Brummo", "PERSON")
    assert listed_with_company([person, org], text) == {"Brummo"}
    assert vet([person, org], text) == [org]


def test_a_word_listed_with_a_company_with_one_name_between_is_no_person() -> None:
    text = "Brummo, Talvex, and Kestrel Motors cut jobs."
    person = _at(text, "Brummo", "PERSON")
    org = _at(text, "Kestrel Motors", "ORG")
    assert listed_with_company([person, org], text) == {"Brummo"}


def test_a_word_listed_with_a_public_body_stays_a_person() -> None:
    text = "Vostrel and Congress disagreed. Vostrel said so."
    person = _at(text, "Vostrel", "PERSON")
    body = _at(text, "Congress", "ORG")
    assert listed_with_company([person, body], text) == set()


def test_a_word_that_starts_a_company_name_is_no_person() -> None:
    text = "Quarrow Commercial Jets CEO spoke. Quarrow said sales rose."
    org = _at(text, "Quarrow Commercial Jets", "ORG")
    person = _at(text, "Quarrow", "PERSON", nth=1)
    assert vet([org, person], text) == [org]


def test_a_word_that_starts_a_name_of_a_foundation_stays_a_person() -> None:
    text = "The Quellor Foundation paid. Quellor said so."
    org = _at(text, "Quellor Foundation", "ORG")
    person = _at(text, "Quellor", "PERSON", nth=1)
    assert listed_with_company([org, person], text) == set()


def test_a_place_after_a_company_noun_goes() -> None:
    text = "The auto company Dunmarsh filed for bankruptcy; Dunmarsh owes much."
    place = _at(text, "Dunmarsh", "PLACE", nth=1)
    assert vet([place], text) == []


def test_a_place_not_after_a_company_noun_stays() -> None:
    text = "Floods hit Dunmarsh; the company moved away."
    place = _at(text, "Dunmarsh", "PLACE")
    assert vet([place], text) == [place]


def test_a_name_spelled_and_written_as_a_product_goes_whatever_its_type() -> None:
    text = "Sales of zTab 3 began. Buyers of the zTab queued in Leeds."
    org = _at(text, "zTab", "ORG")
    place = _at(text, "zTab", "PLACE", nth=1)
    leeds = _at(text, "Leeds", "PLACE")
    assert vet([org, place, leeds], text) == [leeds]


def test_a_company_spelled_with_an_inner_capital_stays() -> None:
    text = "Shoppers bid on qMarket, and qMarket said bids rose."
    org = _at(text, "qMarket", "ORG")
    assert vet([org], text) == [org]


def test_a_given_name_alone_takes_the_full_name_the_article_gives() -> None:
    text = "Tova Renslow spoke first. Later Tova thanked the crowd."
    full = _at(text, "Tova Renslow", "PERSON")
    lone = _at(text, "Tova", "PERSON", nth=1)
    linked = link_first_names([full, lone])
    assert [(m.text, m.entity_id, m.name) for m in linked] == [
        ("Tova Renslow", "tova renslow", "Tova Renslow"),
        ("Tova", "tova renslow", "Tova Renslow"),
    ]


def test_a_given_name_two_people_share_goes_to_the_one_named_more() -> None:
    text = "Tova Renslow and Tova Markby met. Renslow spoke. Tova smiled."
    one = _at(text, "Tova Renslow", "PERSON")
    two = _at(text, "Tova Markby", "PERSON")
    surname = _at(text, "Renslow", "PERSON", "tova renslow", "Tova Renslow", nth=1)
    lone = _at(text, "Tova", "PERSON", nth=2)
    assert link_first_names([one, two, surname, lone])[-1].name == "Tova Renslow"
    assert link_first_names([one, two, lone])[-1].name == "Tova"


def test_a_person_ending_in_a_company_word_goes() -> None:
    text = "Vardle Aircraft said costs rose; Ivo Pram agreed."
    firm = _at(text, "Vardle Aircraft", "PERSON")
    ivo = _at(text, "Ivo Pram", "PERSON")
    assert vet([firm, ivo], text) == [ivo]


def test_a_place_of_two_words_after_a_firm_noun_goes() -> None:
    text = "The national airline Aer Tolvan bought jets."
    place = _at(text, "Aer Tolvan", "PLACE")
    assert vet([place], text) == []


def test_the_plural_of_an_abbreviation_is_no_name() -> None:
    text = "Sales of SUVs fell, Dana Prole said."
    plural = _at(text, "SUVs", "PERSON")
    dana = _at(text, "Dana Prole", "PERSON")
    assert vet([plural, dana], text) == [dana]


def test_an_organisation_before_an_index_number_is_the_index() -> None:
    text = "The Kelvo 300 fell 2 percent; Kelvo said it would review the index."
    index = _at(text, "Kelvo", "ORG")
    firm = _at(text, "Kelvo", "ORG", nth=1)
    assert vet([index, firm], text) == [firm]


def test_a_team_before_its_score_in_a_results_table_stays() -> None:
    text = "Brinshire 363 and 144, Tolland 212 (A. Vey 66)."
    teams = [_at(text, "Brinshire", "ORG"), _at(text, "Tolland", "ORG")]
    assert vet(teams, text) == teams


def test_units_and_media_abbreviations_are_no_entities() -> None:
    from index.extract.context import no_entity

    assert no_entity("GB") and no_entity("CD") and no_entity("DVD")
    assert not no_entity("Gb Tolvan")
