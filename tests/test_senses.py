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
    text = "Tara Moss told the station's Night Shift programme so. Night Shift airs weekly."
    assert _read(text) == [("PERSON", "Tara Moss")]


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
