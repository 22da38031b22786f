"""A person named in full only inside a longer mention, the short forms of the name
(index/extract/run_in_names.py), and a participle opening a speaker's sentence
(index/extract/speaker_referents.py), and an age of two digits after a name
(index/extract/speaker_words.py), on short texts and mentions written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.quotes import extract_quotes
from index.extract.run_in_names import with_late_short_forms, with_run_in_names
from index.names import name_key
from index.records import ORG, PERSON, Mention


def _mention(text: str, surface: str, kind: str, name: str = "", after: int = 0) -> Mention:
    start = text.index(surface, after)
    name = name or surface
    return Mention(start, start + len(surface), kind, surface, name_key(name), name)


def _people(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in mentions if m.type == PERSON]


def test_a_chinese_name_run_into_an_office_is_cut_out_by_its_titled_family_name() -> None:
    text = (
        "Minister for Coastal Affairs and Fisheries Development Lim Boon Keat spoke. "
        "Mr Lim said the port would grow."
    )
    office = _mention(text, "Coastal Affairs and Fisheries Development Lim Boon Keat", ORG)
    lim = _mention(text, "Lim", PERSON, after=office.end)
    found = with_run_in_names([office, lim], text)
    assert [(m.type, m.text) for m in found] == [(PERSON, "Lim Boon Keat"), (PERSON, "Lim")]
    linked = with_late_short_forms(found, text)
    assert _people(linked) == [("Lim Boon Keat", "Lim Boon Keat"), ("Lim", "Lim Boon Keat")]


def test_a_western_name_run_into_a_body_s_acronym_is_cut_out_by_its_titled_surname() -> None:
    text = "The head of policy for Unicef Hanna Berg spoke. Ms Berg said so."
    run = _mention(text, "Unicef Hanna Berg", PERSON)
    berg = _mention(text, "Berg", PERSON, after=run.end)
    found = with_late_short_forms(with_run_in_names([run, berg], text), text)
    assert _people(found) == [("Hanna Berg", "Hanna Berg"), ("Berg", "Hanna Berg")]


def test_a_person_s_name_of_three_parts_is_no_run() -> None:
    text = "Fetu Maria Sefo spoke. Ms Sefo said so."
    run = _mention(text, "Fetu Maria Sefo", PERSON)
    sefo = _mention(text, "Sefo", PERSON, after=run.end)
    assert with_run_in_names([run, sefo], text) == [run, sefo]


def test_the_words_before_the_name_stay_a_body_the_article_names_elsewhere() -> None:
    text = "Harbour Board Wendy Marlowe spoke. Ms Marlowe and the Harbour Board agreed."
    run = _mention(text, "Harbour Board Wendy Marlowe", ORG)
    marlowe = _mention(text, "Marlowe", PERSON, after=run.end)
    board = _mention(text, "Harbour Board", ORG, after=run.end)
    found = with_run_in_names([run, marlowe, board], text)
    assert [(m.type, m.text) for m in found][:2] == [
        (ORG, "Harbour Board"),
        (PERSON, "Wendy Marlowe"),
    ]


def test_a_name_going_on_before_the_short_form_is_left_whole() -> None:
    text = "Senator Hillary Rodham Clinton spoke. Mrs Clinton said so."
    run = _mention(text, "Hillary Rodham Clinton", PERSON)
    clinton = _mention(text, "Clinton", PERSON, after=run.end)
    assert with_run_in_names([run, clinton], text) == [run, clinton]


def test_no_titled_short_form_cuts_nothing() -> None:
    text = "Minister for Coastal Affairs and Fisheries Development Lim Boon Keat spoke. Lim agreed."
    office = _mention(text, "Coastal Affairs and Fisheries Development Lim Boon Keat", ORG)
    lim = _mention(text, "Lim", PERSON, after=office.end)
    assert with_run_in_names([office, lim], text) == [office, lim]


def test_a_madam_short_form_and_a_title_kept_in_the_name_are_linked() -> None:
    text = "Mary Tan and Nurul Hakim came. Madam Tan spoke, then Ms Nurul."
    mentions = [
        _mention(text, "Mary Tan", PERSON),
        _mention(text, "Nurul Hakim", PERSON),
        _mention(text, "Madam Tan", PERSON),
        _mention(text, "Nurul", PERSON, "Ms Nurul", after=text.index("Ms Nurul")),
    ]
    found = with_late_short_forms(mentions, text)
    assert [m.name for m in found] == ["Mary Tan", "Nurul Hakim", "Mary Tan", "Nurul Hakim"]


def test_a_title_of_the_other_sex_or_two_namesakes_link_nothing() -> None:
    text = "Michael Howard spoke. Mrs Howard came. Ann Lee and Bob Lee left. Lee said no."
    mentions = [
        _mention(text, "Michael Howard", PERSON),
        _mention(text, "Howard", PERSON, after=text.index("Mrs")),
        _mention(text, "Ann Lee", PERSON),
        _mention(text, "Bob Lee", PERSON),
        _mention(text, "Lee", PERSON, after=text.index("Lee said")),
    ]
    found = with_late_short_forms(mentions, text)
    assert [m.name for m in found] == ["Michael Howard", "Howard", "Ann Lee", "Bob Lee", "Lee"]


def test_a_first_word_that_ends_another_name_links_nothing() -> None:
    text = "Grant Lowe and Peter Grant met. Grant said no."
    mentions = [
        _mention(text, "Grant Lowe", PERSON),
        _mention(text, "Peter Grant", PERSON),
        _mention(text, "Grant", PERSON, after=text.index("Grant said")),
    ]
    found = with_late_short_forms(mentions, text)
    assert found[-1].name == "Peter Grant"  # the last word of one name, not the first


def test_a_namesake_printed_in_full_but_not_found_keeps_the_short_form_apart() -> None:
    # "Tom Keller" is printed but no mention of it was found: "Keller" may be either man
    text = "Nominee Tom Keller led. His son Jack Keller spoke. Keller said no."
    mentions = [
        _mention(text, "Jack Keller", PERSON),
        _mention(text, "Keller", PERSON, after=text.index("Keller said")),
    ]
    assert with_late_short_forms(mentions, text)[-1].name == "Keller"


def test_a_title_or_a_lower_case_word_before_the_surname_is_no_namesake() -> None:
    text = (
        "Jack Keller spoke. Judge Keller ruled. The Keller family will rest in the town. "
        "Keller said no."
    )
    mentions = [
        _mention(text, "Jack Keller", PERSON),
        _mention(text, "Keller", PERSON, after=text.index("Keller said")),
    ]
    assert with_late_short_forms(mentions, text)[-1].name == "Jack Keller"


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text, extract_entities(text))]


def test_a_name_after_an_opening_participle_is_not_the_speaker() -> None:
    text = (
        "Council member Peter Lowe and committee chairwoman Ruth Amble argued for an hour.\n\n"
        "Addressing Mr Lowe, Ms Amble said: “I think your figures are out of date.”"
    )
    assert _speakers(text) == ["Ruth Amble"]


def test_a_name_set_off_after_a_participle_s_clause_is_still_the_speaker() -> None:
    text = (
        "Committee chairwoman Ruth Amble met the press.\n\n"
        "Speaking to reporters, Ms Amble, the chairwoman, said: “The figures are out of date.”"
    )
    assert _speakers(text) == ["Ruth Amble"]


def test_a_name_run_into_an_office_s_title_speaks_under_its_full_name() -> None:
    text = (
        "Minister of State for Coastal Affairs and Fisheries Development Lim Boon Keat said "
        "this in Parliament on Tuesday.\n\n"
        "“We will build two new piers,” said Mr Lim."
    )
    assert _speakers(text) == ["Lim Boon Keat"]


def test_a_two_digit_age_after_a_name_is_an_apposition() -> None:
    text = "Squad newcomer Omar Bakri, 19, said: “The pitch suits us.”"  # as ', 9,' did
    assert _speakers(text) == ["Omar Bakri"]


def test_a_first_word_inside_another_name_links_nothing() -> None:
    text = "Jason Wu Kai and Wu Meilan met. Wu said no."
    mentions = [
        _mention(text, "Jason Wu Kai", PERSON),
        _mention(text, "Wu Meilan", PERSON),
        _mention(text, "Wu", PERSON, after=text.index("Wu said")),
    ]
    assert with_late_short_forms(mentions, text)[-1].name == "Wu"


def test_a_name_opening_with_an_ing_word_is_still_set_off() -> None:
    text = "“We are proud of the winners,” Recording Guild president Tom Ashby said."
    assert _speakers(text) == ["Tom Ashby"]


def test_figures_after_a_comma_are_no_age() -> None:
    text = (
        "On Tuesday, 312 new claims were filed but Ada Quill, an official of the fund, said "
        "it would have a “limited impact” on payments."
    )
    assert _speakers(text) == ["Ada Quill"]


def test_a_short_form_linked_to_a_longer_name_is_left_to_it() -> None:
    text = "Prince Charles met Charles Tait. Charles said he was delighted."
    mentions = [
        _mention(text, "Charles", PERSON, "Prince Charles", after=text.index("Charles met")),
        _mention(text, "Charles Tait", PERSON),
        _mention(text, "Charles", PERSON, "Prince Charles", after=text.index("Charles said")),
    ]
    assert [m.name for m in with_late_short_forms(mentions, text)] == ["Prince Charles"] + [
        "Charles Tait",
        "Prince Charles",
    ]


def test_a_short_form_linked_to_a_shorter_form_follows_the_full_name() -> None:
    text = "Kofi Mensah Boateng spoke. Mensah Boateng left. Boateng said no."
    mentions = [
        _mention(text, "Kofi Mensah Boateng", PERSON),
        _mention(text, "Mensah Boateng", PERSON, "Kofi Mensah Boateng", after=20),
        _mention(text, "Boateng", PERSON, "Mensah Boateng", after=text.index("Boateng said")),
    ]
    assert with_late_short_forms(mentions, text)[-1].name == "Kofi Mensah Boateng"


def test_a_name_cut_out_of_a_run_with_wider_spacing_starts_at_its_first_word() -> None:
    text = "The head of policy for Unicef  Hanna Berg spoke. Ms Berg said so."
    run = _mention(text, "Unicef  Hanna Berg", PERSON)
    berg = _mention(text, "Berg", PERSON, after=run.end)
    found = with_late_short_forms(with_run_in_names([run, berg], text), text)
    assert [(m.text, m.name, text[m.start : m.end]) for m in found] == [
        ("Hanna Berg", "Hanna Berg", "Hanna Berg"),
        ("Berg", "Hanna Berg", "Berg"),
    ]
