"""Names whose words or article show them misread (name_repairs), and names ending in a
word that makes them an event, programme, study, award or index (context.thing_named).
All text here is written for these tests."""

from __future__ import annotations

import pytest
from helpers import mention_at as _at

from index.extract.context import thing_named
from index.extract.entities import extract_entities
from index.extract.gazetteer import CITY, Candidate, Place, load_gazetteer
from index.extract.name_repairs import broken_name, repair
from index.extract.places import without_nicknames
from index.names import name_key
from index.records import Mention


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in extract_entities(text)]


def test_a_name_ending_in_an_event_programme_study_or_award_word_is_no_entity() -> None:
    gaz = load_gazetteer()
    for name in (
        "Brenlow Youth Science Fair",
        "Deep Ocean Drilling Program",
        "Marrow Valley Nutrition Study",
        "Winter Paralympics",
        "Harrowgate Book Festival",
        "Quellin Peace Prize",
        "Player of the Match",
        "National Kite Month",
    ):
        assert thing_named(name, gaz), name
    # a two-word name ending in "Fair" is left to the tagger (a magazine may be so named);
    # one word alone, and a programme of the United Nations, are not judged by their end
    for name in ("Vellum Fair", "Program", "World Food Programme", "United Nations Soil Programme"):
        assert not thing_named(name, gaz), name


def test_the_extraction_drops_a_named_programme_but_keeps_the_body_that_runs_it() -> None:
    text = "The Deep Ocean Drilling Program ended, the Marrow Valley Council said on Monday."
    found = _read(text)
    assert ("ORG", "Deep Ocean Drilling Program") not in found
    assert all("Program" not in name for _, name in found)


def test_a_name_with_a_word_in_small_letters_is_broken_unless_a_particle() -> None:
    assert broken_name("Tresca rates Volmo", "PERSON")
    assert not broken_name("Piero della Orvasca", "PERSON")
    assert not broken_name("Hamid bin Tarek", "PERSON")
    assert not broken_name("Omar al-Quds", "PERSON")
    assert broken_name("Gravel Corp ranks Velda", "ORG")
    assert not broken_name("Bank of Tressia", "ORG")
    assert not broken_name("Tresca", "PERSON")


def test_a_broken_person_goes_and_its_short_form_stands_alone() -> None:
    text = "Tresca rates Volmo highly. Later Volmo said so."
    broken = _at(text, "Tresca rates Volmo", "PERSON", "trescaratesvolmo")
    short = _at(text, "Volmo", "PERSON", "trescaratesvolmo", "Tresca rates Volmo", nth=1)
    assert [(m.text, m.entity_id, m.name) for m in repair([broken, short], text)] == [
        ("Volmo", "vulmu", "Volmo")
    ]


def test_an_org_run_into_a_titled_person_is_the_org_then_the_person() -> None:
    text = "Brantley Tool Works President Dana Quill spoke. Dana Quill said so."
    org = _at(text, "Brantley Tool Works President Dana Quill", "ORG")
    person = _at(text, "Dana Quill", "PERSON", "danakuil", "Dana Quill", nth=1)
    out = repair([org, person], text)
    assert [(m.type, m.text) for m in out] == [
        ("ORG", "Brantley Tool Works"),
        ("PERSON", "Dana Quill"),
        ("PERSON", "Dana Quill"),
    ]
    assert out[1].entity_id == "danakuil"


def test_the_org_part_ending_in_an_index_word_goes_and_a_surname_links_to_the_full_name() -> None:
    text = "Maren Vost said it. The Tarn Citation Index Professor Vost is cited."
    full = _at(text, "Maren Vost", "PERSON", "marenvust")
    org = _at(text, "Tarn Citation Index Professor Vost", "ORG")
    out = repair([full, org], text)
    assert [(m.type, m.text, m.entity_id) for m in out] == [
        ("PERSON", "Maren Vost", "marenvust"),
        ("PERSON", "Vost", "marenvust"),
    ]


def test_a_place_that_is_the_surname_of_a_person_doing_things_is_that_person() -> None:
    text = (
        "Ilse Verona joined the crew in 1990. Verona also claims she was not paid. "
        "Friends helped Verona with costs. She later flew to Verona."
    )
    full = _at(text, "Ilse Verona", "PERSON", "ilsavaruna")
    places = [_at(text, "Verona", "PLACE", "varuna@IT", "Verona", nth=k) for k in (1, 2, 3)]
    out = repair([full, *places], text)
    assert [(m.type, m.entity_id) for m in out] == [
        ("PERSON", "ilsavaruna"),
        ("PERSON", "ilsavaruna"),
        ("PERSON", "ilsavaruna"),
        ("PLACE", "varuna@IT"),  # after "to": the city
    ]


def test_a_place_named_like_a_person_but_never_doing_things_stays_a_place() -> None:
    text = "Ilse Verona was born in Verona. The Verona office opened."
    full = _at(text, "Ilse Verona", "PERSON", "ilsavaruna")
    places = [_at(text, "Verona", "PLACE", "varuna@IT", "Verona", nth=k) for k in (1, 2)]
    assert repair([full, *places], text) == [full, *places]


def test_a_surname_two_people_share_changes_no_place() -> None:
    text = "Ilse Verona and Karl Verona met. Verona said no."
    people = [
        _at(text, "Ilse Verona", "PERSON", "ilsavaruna"),
        _at(text, "Karl Verona", "PERSON", "karlvaruna"),
    ]
    place = _at(text, "Verona", "PLACE", "varuna@IT", "Verona", nth=2)
    assert repair([*people, place], text) == [*people, place]


def test_a_common_word_that_only_respells_a_city_is_no_nickname() -> None:
    big = Place(name="Qarrah", cc="SA", kind=CITY, population=2_000_000)
    town = Place(name="Karra", cc="US", kind=CITY, population=8_000)
    garden = Place(name="Velport", cc="SG", kind=CITY, population=5_000_000)
    candidates = [Candidate(big, None, False), Candidate(town, None, True)]
    assert [c.place for c in without_nicknames(candidates, "Karrah")] == [big, town]
    nickname = [Candidate(garden, None, False), Candidate(town, None, True)]
    assert [c.place for c in without_nicknames(nickname, "Harbour Town")] == [town]


def test_initials_the_tagger_reads_as_a_place_no_place_spells_are_an_organisation() -> None:
    # each of these shares its name key with a town, which a name of letters is not
    for initials in ("KPM", "LMA", "DRA"):
        text = f"Gunners fired shells at {initials} police posts, the army said."
        found = [(m.type, m.entity_id) for m in extract_entities(text) if m.text == initials]
        assert found == [("ORG", initials.lower())], initials


def test_a_person_opening_a_sentence_with_a_preposition_is_the_words_after_it() -> None:
    text = "Unlike Tresvane, the rivals wavered. Tresvane said so."
    opened = _at(text, "Unlike Tresvane", "PERSON", "unlikatrasvana")
    short = _at(text, "Tresvane", "PERSON", "unlikatrasvana", "Unlike Tresvane", nth=1)
    out = repair([opened, short], text)
    assert [(m.text, m.start, m.entity_id, m.name) for m in out] == [
        ("Tresvane", 7, "trasvana", "Tresvane"),
        ("Tresvane", short.start, "trasvana", "Tresvane"),
    ]


def test_a_given_name_or_a_word_inside_a_sentence_is_no_opener() -> None:
    text = "Will Tresvane spoke. Officials met Unlike Tresvane there."
    given = _at(text, "Will Tresvane", "PERSON", "wiltrasvana")
    inside = _at(text, "Unlike Tresvane", "PERSON", "unlikatrasvana")
    assert repair([given, inside], text) == [given, inside]


def test_two_orgs_read_as_one_across_and_are_two() -> None:
    text = "Grants came from the Tarn Foundation and Open Ledger on Monday."
    joined = _at(text, "Tarn Foundation and Open Ledger", "ORG")
    out = repair([joined], text)
    assert [(m.text, text[m.start : m.end]) for m in out] == [
        ("Tarn Foundation", "Tarn Foundation"),
        ("Open Ledger", "Open Ledger"),
    ]
    # no organisation word before "and": one name ("Tarn Soap and Candle")
    one = "Tarn Soap and Candle grew."
    assert repair([_at(one, "Tarn Soap and Candle", "ORG")], one)[0].text == "Tarn Soap and Candle"


def test_an_org_named_after_a_role_read_without_its_office_is_whole() -> None:
    text = "A Tarn County Sheriff's office detective came. The Sheriff's car left."
    cut = _at(text, "Tarn County Sheriff", "ORG")
    short = _at(text, "Sheriff", "ORG", "tarncountysheriff", "Tarn County Sheriff", nth=1)
    out = repair([cut, short], text)
    whole = "Tarn County Sheriff's office"
    assert [(m.text, m.name) for m in out] == [(whole, whole), ("Sheriff", whole)]
    assert out[0].entity_id == out[1].entity_id
    # no role before the possessive: "Tarn Mills's office" is the company's office
    other = "Tarn Mills's office opened."
    assert repair([_at(other, "Tarn Mills", "ORG")], other)[0].text == "Tarn Mills"


def test_a_short_form_of_two_joined_orgs_names_its_part() -> None:
    text = "Tarn Foundation and Open Ledger gave. Open Ledger said so."
    joined = _at(text, "Tarn Foundation and Open Ledger", "ORG", "x")
    short = _at(text, "Open Ledger", "ORG", "x", "Tarn Foundation and Open Ledger", nth=1)
    out = repair([joined, short], text)
    assert [(m.text, m.name) for m in out] == [
        ("Tarn Foundation", "Tarn Foundation"),
        ("Open Ledger", "Open Ledger"),
        ("Open Ledger", "Open Ledger"),
    ]


def test_a_vessel_and_its_short_form_go() -> None:
    text = "The crew of the Space Shuttle Varnis landed. Varnis flew again. Ann Roe said so."
    ship = _at(text, "Space Shuttle Varnis", "ORG", "spacashutlavarnis")
    short = _at(text, "Varnis", "PERSON", "spacashutlavarnis", "Space Shuttle Varnis", nth=1)
    ann = _at(text, "Ann Roe", "PERSON")
    assert repair([ship, short, ann], text) == [ann]


def test_a_name_with_a_common_noun_of_one_capital_and_a_hyphen_is_broken() -> None:
    assert broken_name("Tarn Agency T-shirt", "ORG")
    assert broken_name("Vel Orlo X-ray", "PERSON")
    assert not broken_name("Jean-Paul Orlo", "PERSON")


def test_a_new_religious_movement_is_no_entity() -> None:
    text = "He left Scientology in 2009. Scientology officials denied it. Ann Roe said so."
    assert [m.text for m in extract_entities(text)] == ["Ann Roe"]


def test_a_title_alone_is_no_person_unless_a_surname_of_the_article() -> None:
    text = "Ada Vell, Tarnshire's Congresswoman, spoke. Then Mayor spoke."
    ada = _at(text, "Ada Vell", "PERSON", "adaval")
    title = _at(text, "Congresswoman", "PERSON")
    assert repair([ada, title], text) == [ada]
    text = "Lena Mayor spoke. Then Mayor spoke again."
    lena = _at(text, "Lena Mayor", "PERSON", "lenamayor")
    alone = _at(text, "Mayor", "PERSON", nth=1)
    assert repair([lena, alone], text) == [lena, alone]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("District Attorney Bruce L Castor Jr, who led it, said no.", "Bruce L Castor Jr."),
        ("Refusals include actor George C Scott who called it demeaning.", "George C Scott"),
        ("Bruce L Castor Jr said the case was weak.", "Bruce L Castor Jr"),
    ],
)
def test_a_given_name_read_with_its_bare_initial_takes_the_surname_after(
    text: str, name: str
) -> None:
    people = [m.name for m in extract_entities(text) if m.type == "PERSON"]
    assert people == [name]


def test_a_surname_after_a_team_sheets_initial_takes_the_initial() -> None:
    sheet = (
        "Kellerton: C Paterson; S Varnley, M Blair (Edinburgh), B. Dorrance (Borders).\n"
        "R Russell, G Hastings, N Hines.\n\nThe coach said the side was settled."
    )
    people = {text for kind, text in _read(sheet) if kind == "PERSON"}
    assert {"C Paterson", "M Blair", "B. Dorrance", "R Russell"} <= people
    assert not people & {"Paterson", "Blair", "Dorrance", "Russell"}


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # a middle initial after a given name, two initials of a company, a word before
        ("The actor won the Cecil B Varnley award on Sunday.", "Varnley"),
        ("Engineers at L M Dorrance said the order was signed.", "Dorrance"),
        ("Last month the London broker C Paterson estimated the crop.", "Paterson"),
        # "A" and "I" are words
        ("A Blenkinsop aide said the talks would resume.", "Blenkinsop"),
    ],
)
def test_an_initial_not_opening_a_list_item_is_left_alone(text: str, surname: str) -> None:
    found = [t for kind, t in _read(text) if kind == "PERSON" and t.endswith(surname)]
    assert all(len(t.split()) != 2 or len(t.split()[0].rstrip(".")) != 1 for t in found), found


def test_a_surname_alone_after_a_womans_title_is_named_with_it() -> None:
    text = (
        "Tomasz Varnley was sworn in on Friday. Mr. Varnley thanked the crowd.\n\n"
        "He and Mrs. Varnley then left for the ball, and Ms Dorrance followed."
    )
    people = [(m.text, m.name) for m in extract_entities(text) if m.type == "PERSON"]
    assert ("Varnley", "Tomasz Varnley") in people  # "Mr. Varnley" is his
    assert ("Varnley", "Mrs. Varnley") in people  # not his: she is not named in full
    assert ("Dorrance", "Ms Dorrance") in people


def _run(text: str, kind: str = "PERSON") -> list[tuple[str, str, str]]:
    """repair() of one mention spanning all of ``text``."""
    whole = Mention(0, len(text), kind, text, name_key(text), text, None)
    return [(m.type, m.text, m.entity_id) for m in repair([whole], text)]


@pytest.mark.parametrize("kind", ["PERSON", "ORG"])
def test_names_run_together_are_each_person(kind: str) -> None:
    names = ["Ada Varnley", "Maxine Tarbot", "Cory Pellin"]
    assert _run(" ".join(names), kind) == [("PERSON", n, name_key(n)) for n in names]


@pytest.mark.parametrize(
    "name",
    [
        "Mary Ann Louise Tarbot",
        "Sarah Jane Emily Harris",
        "Ada Varnley Tarbot Pellin",
        "Clifford L. Alexander Jr.",
        "Ada Varnley Will Retire In February",
        "Ada Varnley Maxine Tarbot",
    ],
)
def test_one_long_name_stays_whole(name: str) -> None:
    assert [text for _, text, _ in _run(name)] == [name]
