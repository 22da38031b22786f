"""A short form made of a full name's leading words stands for that person
(index/extract/first_names.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.first_names import link_first_names
from index.extract.quotes import extract_quotes
from index.extract.speaker_surnames import Surnames
from index.records import Mention


def _names(text: str, surface: str) -> set[str]:
    return {m.name for m in extract_entities(text) if m.text == surface}


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text, extract_entities(text))]


def test_a_malay_name_s_given_names_stand_for_the_person() -> None:
    text = (
        "Works Minister Azman Rashid Hamzah said the bridge would open in July.\n\n"
        '"The contractor is on schedule," Azman Rashid said.'
    )
    assert _names(text, "Azman Rashid") == {"Azman Rashid Hamzah"}
    assert _speakers(text) == ["Azman Rashid Hamzah"]


def test_a_chinese_family_name_first_stands_for_the_person() -> None:
    text = (
        "Association president Ong Kah Seng said members faced higher rents.\n\n"
        '"Many shops will close," Ong said.'
    )
    assert _speakers(text) == ["Ong Kah Seng"]


def test_a_western_given_names_stand_for_the_person() -> None:
    text = "Mary Ellen Watkins won the race. Later Mary Ellen thanked her coach."
    assert _names(text, "Mary Ellen") == {"Mary Ellen Watkins"}


def test_two_people_opening_alike_leave_the_short_form_alone() -> None:
    text = (
        "Azman Rashid Hamzah and Azman Rashid Yusof both spoke. "
        "Azman Rashid said the plan was sound."
    )
    assert _names(text, "Azman Rashid") <= {"Azman Rashid"}


def test_a_father_is_no_short_form_of_his_son_s_name() -> None:
    text = "Peter Hollis and his son Peter Hollis Jr. came. Peter Hollis spoke first."
    assert _names(text, "Peter Hollis") == {"Peter Hollis"}


def _person(start: int, name: str) -> Mention:
    return Mention(start, start + len(name), "PERSON", name, name.lower(), name)


def test_a_name_named_as_a_body_is_no_short_form() -> None:
    mentions = [
        _person(0, "Kelso Ward Bryn"),
        Mention(20, 30, "ORG", "Kelso Ward", "kelsoward", "Kelso Ward"),
        _person(40, "Kelso Ward"),
    ]
    assert [m.name for m in link_first_names(mentions)][2] == "Kelso Ward"


def test_no_short_form_of_a_name_run_into_a_place_a_title_or_ji() -> None:
    mentions = [
        _person(0, "Anil Kumar Ji"),
        _person(20, "Noor Party Bangladesh"),
        Mention(50, 60, "PLACE", "Bangladesh", "bangladesh@BD", "Bangladesh"),
        _person(70, "Maj Gen Ali Reza"),
        _person(90, "Anil Kumar"),
        _person(110, "Noor Party"),
        _person(130, "Maj Gen"),
    ]
    names = [m.name for m in link_first_names(mentions)][4:]
    assert names == ["Anil Kumar", "Noor Party", "Maj Gen"]


def test_a_speaker_named_by_the_first_word_of_one_full_name_is_that_person() -> None:
    text = (
        "Builders association president Foo Kah Seng said members backed the rules.\n\n"
        "Foo said big firms would cope.\n\n"
        '"But this is a hard time, so small firms will have to push," Foo added.'
    )
    assert _speakers(text) == ["Foo Kah Seng"]


def test_a_first_word_two_people_share_names_no_speaker() -> None:
    text = (
        "Foo Kah Seng and Foo Wei Lun, two contractors, spoke at the launch.\n\n"
        '"But this is a hard time, so small firms will have to push," Foo added.'
    )
    assert _speakers(text) != ["Foo Kah Seng"] and _speakers(text) != ["Foo Wei Lun"]


def test_a_short_form_named_before_the_full_name_is_left_alone() -> None:
    text = (
        "Mary Ellen spoke first at the dinner in the town hall.\n\n"
        "Later Mary Ellen Watkins, a nurse, thanked the staff."
    )
    assert _names(text, "Mary Ellen") == {"Mary Ellen"}


def test_a_first_word_is_no_form_inside_another_name_nor_a_common_word() -> None:
    text = "Ward Kessler spoke. Lord Ward Abbott and Ward agreed. Another Union said no; another"
    people = [_person(0, "Ward Kessler"), _person(60, "Another Union")]
    surnames = Surnames.of(people, (), text)
    found = [text[a:b] for a, b in surnames.surnames_in(text, 19, len(text))]
    assert found == ["Ward", "Union"] and "Another" not in surnames.forms
    assert surnames.surnames_in(text, 24, 40) == []  # 'Ward' of 'Lord Ward Abbott'


def test_a_title_or_a_misread_run_gives_no_first_word_form() -> None:
    people = [_person(0, "Sister Agnes"), _person(20, "Trump – Acosta"), _person(40, "Gen Ali")]
    assert Surnames.of(people, (), "").firsts == frozenset()
