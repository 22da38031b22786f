"""One sense per article (index.extract.senses): a town written once as a club, a name
written once as a work's title, an abbreviation or a word written once as a common noun.
All text here is written for these tests."""

from __future__ import annotations

from dataclasses import replace

from index.extract.entities import extract_entities
from index.extract.senses import one_sense
from index.records import Mention


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in extract_entities(text)]


def _mention(text: str, surface: str, kind: str, nth: int = 0, key: str = "") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), kind, surface, key or surface.lower(), surface)


def test_a_town_written_once_as_a_club_is_the_club_except_after_in() -> None:
    text = (
        "Bristol striker Sam Vale was injured. Bristol have lost twice since. "
        "Fans in Bristol were quiet."
    )
    assert _read(text) == [
        ("ORG", "Bristol"),
        ("PERSON", "Sam Vale"),
        ("ORG", "Bristol"),
        ("PLACE", "Bristol"),
    ]
    text = "The match at Norwich ended early. Norwich were lucky, and the Norwich boss said so."
    assert _read(text) == [("ORG", "Norwich")] * 3


def test_a_town_with_no_club_cue_stays_a_place() -> None:
    for text in (
        "Prices in Norwich rose. Norwich has a market and a cathedral.",
        "A man was stabbed in Bristol. Police in Bristol have charged a man.",
        "Prices in Bristol and Norwich are rising. The Norwich branch manager left.",
    ):
        assert {kind for kind, _ in _read(text)} == {"PLACE"}, text


def test_a_country_named_for_its_team_stays_a_place() -> None:
    text = "Italy beat France 2-1 in Rome. Italy have won four games, and the Italy coach smiled."
    assert all(kind == "PLACE" for kind, _ in _read(text))


def test_club_cues_fixtures_scores_and_club_nouns() -> None:
    for text, kinds in (
        ("Leeds v Norwich is on Saturday. Norwich is a fine city.", ["ORG", "ORG"]),
        ("They beat Norwich 2-1. The mayor of Norwich was there.", ["ORG", "ORG"]),
        ("His old club Norwich won. He grew up near Norwich.", ["ORG", "PLACE"]),
        ("The Norwich branch manager left. He grew up in Norwich.", ["PLACE", "PLACE"]),
    ):
        mentions = [
            replace(_mention(text, "Norwich", "PLACE", n, "nurwich@GB"), country="GB")
            for n in range(text.count("Norwich"))
        ]
        assert [m.type for m in one_sense(mentions, text)] == kinds, text


def test_a_name_after_a_work_noun_is_a_title_and_all_its_mentions_go() -> None:
    text = "His latest album, Quiet Rivers, sold well. Quiet Rivers was praised by Tom Hale."
    assert _read(text) == [("PERSON", "Tom Hale")]
    text = "She starred in the film Broken Harbour last year. Broken Harbour opens on Friday."
    assert "Broken Harbour" not in {name for _, name in _read(text)}
    text = "Tara Moss told the station's Night Shift programme on Monday. Night Shift airs weekly."
    assert _read(text) == [("PERSON", "Tara Moss")]


def test_a_quoted_title_after_a_work_noun_is_a_title() -> None:
    text = 'The biopic about Jo Marsh follows the documentary "Marsh," which aired in May.'
    assert _read(text) == [("PERSON", "Jo Marsh")]


def test_a_company_before_a_work_noun_stays() -> None:
    text = "Tara Moss made a Vantor documentary about Vantor, the maker."
    mentions = [_mention(text, "Tara Moss", "PERSON"), _mention(text, "Vantor", "ORG")]
    assert one_sense(mentions, text) == mentions


def test_an_abbreviation_written_as_a_common_noun_goes() -> None:
    assert _read("He bought a PC, which broke. The PC cost little.") == []
    assert _read("Ten MPs backed the plan. The MP for the town agreed.") == []
    text = "The BBC said a UN official spoke. An IBM spokesman said the NHS was fine."
    assert [name for _, name in _read(text)] == ["BBC", "UN", "NHS"]


def test_a_lone_person_the_article_writes_as_a_common_word_goes() -> None:
    text = "The Election came early. Voters said the election was fair, Mr Marsh said."
    mentions = [_mention(text, "Election", "PERSON"), _mention(text, "Marsh", "PERSON")]
    assert [m.text for m in one_sense(mentions, text)] == ["Marsh"]
    text = "Grammy night came. She won two Grammys and thanked Vale."
    mentions = [_mention(text, "Grammy", "PERSON"), _mention(text, "Vale", "PERSON")]
    assert [m.text for m in one_sense(mentions, text)] == ["Vale"]


def test_a_titled_or_fully_named_person_stays_though_the_word_is_common() -> None:
    text = "Mr Brown spoke. The brown paint dried. Rose said the rose bloomed."
    mentions = [_mention(text, "Brown", "PERSON"), _mention(text, "Rose", "PERSON")]
    assert [m.text for m in one_sense(mentions, text)] == ["Brown"]
    text = "Ann Rose spoke. Rose said the rose bloomed."
    full = Mention(0, 8, "PERSON", "Ann Rose", "anrus", "Ann Rose")
    lone = _mention(text, "Rose", "PERSON", 1)
    lone = replace(lone, entity_id="anrus", name="Ann Rose")
    assert one_sense([full, lone], text) == [full, lone]


def test_a_given_name_before_and_a_full_name_takes_the_shared_surname() -> None:
    text = "The show starred Ann and Joe Marsh. Ann smiled."
    found = [(m.text, m.name) for m in extract_entities(text) if m.type == "PERSON"]
    assert found == [("Ann", "Ann Marsh"), ("Joe Marsh", "Joe Marsh"), ("Ann", "Ann Marsh")]


def test_a_surname_written_after_a_title_is_not_paired() -> None:
    text = "President Clinton spoke. Clinton and Bob Dole met later."
    names = {m.name for m in extract_entities(text) if m.type == "PERSON"}
    assert "Clinton Dole" not in names


def test_a_given_name_after_a_royal_title_is_named_with_it() -> None:
    text = "Prince Edward opened the hall. Later Edward left for Leeds."
    found = [(m.text, m.name) for m in extract_entities(text) if m.type == "PERSON"]
    assert found == [("Edward", "Prince Edward"), ("Edward", "Prince Edward")]


def test_a_sentence_adverb_opening_a_name_is_cut_off() -> None:
    text = "The robot got faster. Eventually Tarnbot could run. Tarnbot walked on."
    assert {name for _, name in _read(text)} <= {"Tarnbot"}
    text = "Kelly Marsh said so. Kelly Marsh left."
    assert {name for _, name in _read(text)} == {"Kelly Marsh"}


def test_an_unknown_place_written_after_a_company_noun_is_the_company() -> None:
    text = "Tarnex lost out to larger rival Quorvane on Monday. Quorvane offered more."
    mentions = [
        Mention(0, 6, "ORG", "Tarnex", "tarnex", "Tarnex"),
        _mention(text, "Quorvane", "PLACE", 0, "kuurvana"),
        _mention(text, "Quorvane", "PLACE", 1, "kuurvana"),
    ]
    assert [m.type for m in one_sense(mentions, text)] == ["ORG", "ORG", "ORG"]
    # a place the gazetteer knows stays a place
    text = "The rival Norwich firm grew. Norwich is a city."
    mentions = [replace(_mention(text, "Norwich", "PLACE", 0, "nurwich@GB"), country="GB")]
    assert one_sense(mentions, text) == mentions


def test_an_organisation_run_into_a_plural_abbreviation_is_cut() -> None:
    text = "Tarn Party MPs voted. Later Tarn spoke."
    mentions = [
        Mention(0, 14, "ORG", "Tarn Party MPs", "tarnpartimps", "Tarn Party MPs"),
        Mention(28, 32, "ORG", "Tarn", "tarnpartimps", "Tarn Party MPs"),
    ]
    found = one_sense(mentions, text)
    assert [(m.text, m.name, m.end) for m in found] == [
        ("Tarn Party", "Tarn Party", 10),
        ("Tarn", "Tarn Party", 32),
    ]
    assert found[0].entity_id == found[1].entity_id != "tarnpartimps"


def test_guards_names_that_only_look_like_the_cues() -> None:
    # the end of a name before "and" is no lone given name; a title before a place's name
    text = "Chairman John Kerr and Robert Vane met in Prince Edward Island."
    names = {m.name for m in extract_entities(text) if m.type == "PERSON"}
    assert "Kerr Vane" not in names and "Prince Edward" not in names
    # an abbreviation listed with a name, a work noun used as an adjective, "X and Y" lists
    text = "It waits for a NASA or Tarnspace launch. Vantor's Screen Hall film library sold."
    mentions = [_mention(text, "NASA", "ORG"), _mention(text, "Screen Hall", "ORG")]
    assert one_sense(mentions, text) == mentions
    text = "Banks sold CPs and CDs."
    mentions = [_mention(text, "CPs and CDs", "ORG")]
    assert one_sense(mentions, text) == mentions


def test_in_a_match_report_a_town_played_or_joined_is_the_club() -> None:
    report = " The striker and the goalkeeper were booked in the FA Cup tie."
    for text in (
        "They face Norwich on Sunday." + report,
        "His red card against Norwich cost them." + report,
        "He rejected a move to Norwich." + report,
        "The Norwich president said no." + report,
    ):
        mentions = [replace(_mention(text, "Norwich", "PLACE", 0, "nurwich@GB"), country="GB")]
        assert [m.type for m in one_sense(mentions, text)] == ["ORG"], text
        plain = text.replace(report, " The mayor spoke.")
        mentions = [replace(_mention(plain, "Norwich", "PLACE", 0, "nurwich@GB"), country="GB")]
        assert [m.type for m in one_sense(mentions, plain)] == ["PLACE"], plain


def test_a_match_report_cue_leaves_a_named_players_surname_alone() -> None:
    text = (
        "Sam Norwich saved well, but Hale beat Norwich to the ball. "
        "The striker and the goalkeeper were booked in the FA Cup tie."
    )
    full = _mention(text, "Sam Norwich", "PERSON")
    lone = _mention(text, "Norwich", "PERSON", 1)
    assert [m.type for m in one_sense([full, lone], text)] == ["PERSON", "PERSON"]


def test_a_person_named_as_a_series_or_a_role_in_it_is_a_title() -> None:
    for text, title in (
        ("He wrote the Tarn Hollow books. Tarn Hollow sold well.", "Tarn Hollow"),
        ("The third Tarn Hollow film opens. Tarn Hollow is back.", "Tarn Hollow"),
        ("Tarn Hollow star Jo Hale won. Tarn Hollow ran for years.", "Tarn Hollow"),
    ):
        mentions = [_mention(text, title, "PERSON", n) for n in range(text.count(title))]
        assert one_sense(mentions, text) == [], text


def test_a_titled_person_or_a_club_before_a_work_word_stays() -> None:
    text = "Dr Sam Vale games director at Tarnex said so. Sam Vale left."
    mentions = [_mention(text, "Sam Vale", "PERSON", n) for n in range(2)]
    assert one_sense(mentions, text) == mentions
    text = "Chelsea star Sam Vale scored. Chelsea won."
    mentions = [_mention(text, "Chelsea", "PERSON", n) for n in range(2)]
    assert [m.text for m in one_sense(mentions, text)] == ["Chelsea", "Chelsea"]
