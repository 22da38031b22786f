"""A town named as a side in a sports report is the club (index/extract/club_sides.py),
and a big city's name read as a body after "in" is the city
(index/extract/cities_as_people.py), on short texts written for these tests."""

from __future__ import annotations

import pytest

from index.extract.club_sides import club_sides
from index.extract.entities import extract_entities
from index.records import ORG, PERSON, PLACE, Mention


def _types(text: str, name: str) -> list[str]:
    return [m.type for m in extract_entities(text) if m.text == name]


def _mention(text: str, name: str, kind: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), kind, name, name.lower(), name)


def test_a_plural_verb_after_a_town_makes_it_the_side() -> None:
    text = "The NRL window shuts on Friday. Sources say Wigan are keen on the young halfback."
    town = _mention(text, "Wigan", PLACE)
    assert club_sides([town], text, {"Wigan"}, set()) == {"Wigan"}


def test_a_plural_verb_after_a_pair_or_a_preposition_leaves_the_town() -> None:
    text = "The NRL final is near. Fans in Wigan are queueing for the halfback's shirt."
    town = _mention(text, "Wigan", PLACE)
    assert club_sides([town], text, {"Wigan"}, set()) == set()
    text = "The NRL final is near. Leeds and Wigan are cold this week, the halfback said."
    towns = [_mention(text, "Leeds", PLACE), _mention(text, "Wigan", PLACE)]
    assert club_sides(towns, text, {"Leeds", "Wigan"}, set()) == set()


def test_outside_sports_copy_nothing_is_a_side() -> None:
    text = "Sources say Wigan are keen on a new bypass, the council said."
    town = _mention(text, "Wigan", PLACE)
    assert club_sides([town], text, {"Wigan"}, set()) == set()


def test_a_contract_a_club_s_players_and_a_list_with_a_side() -> None:
    text = (
        "The NRL confirmed the draw. The winger is contracted to Leeds until 2024. "
        "The Bristol players trained on Monday. The Rhinos and Wigan meet in round two."
    )
    mentions = [
        _mention(text, "Leeds", PLACE),
        _mention(text, "Bristol", PLACE),
        _mention(text, "Rhinos", ORG),
        _mention(text, "Wigan", PLACE),
    ]
    assert club_sides(mentions, text, {"Leeds", "Bristol", "Wigan"}, set()) == {
        "Leeds",
        "Bristol",
        "Wigan",
    }


def test_a_table_of_sides_and_a_team_list() -> None:
    text = "NRL CROWDS Leeds Rhinos: 12,400 Wigan: 11,900 Bristol: 9,800 Ann Hale (Hull) 31"
    mentions = [
        _mention(text, "Leeds Rhinos", ORG),
        _mention(text, "Wigan", PLACE),
        _mention(text, "Bristol", PLACE),
        _mention(text, "Ann Hale", PERSON),
        _mention(text, "Hull", PLACE),
    ]
    found = club_sides(mentions, text, {"Wigan", "Bristol", "Hull"}, set())
    assert found == {"Wigan", "Bristol", "Hull"}


def test_a_person_s_name_and_a_region_s_namesake_are_no_side() -> None:
    text = "The NRL draw is out. Jo Leeds starred, and scouts say Leeds are keen to sign him."
    mentions = [_mention(text, "Jo Leeds", PERSON), _mention(text, "Leeds", PLACE, 1)]
    assert club_sides(mentions, text, {"Leeds"}, set()) == set()
    text = "The NRL draw is out. Sources say Tasmania are keen on the young halfback."
    town = _mention(text, "Tasmania", PLACE)
    assert club_sides([town], text, {"Tasmania"}, set()) == set()


def test_one_sports_word_alone_is_no_sports_copy() -> None:
    text = "The coach left at noon. Sources say Wigan are keen on a new bypass."
    town = _mention(text, "Wigan", PLACE)
    assert club_sides([town], text, {"Wigan"}, set()) == set()


def test_in_a_whole_article_the_side_is_the_club_and_the_city_after_in_stays() -> None:
    text = (
        "NRL: the winger is contracted to Adelaide until 2024, his manager said.\n\n"
        "He grew up in Adelaide and still lives in Adelaide with his family."
    )
    assert _types(text, "Adelaide")[0] == ORG
    assert _types(text, "Adelaide")[1:] == [PLACE, PLACE]


def test_a_big_city_read_as_a_body_after_in_is_the_city() -> None:
    from index.extract.cities_as_people import with_cities_not_bodies

    text = "Brisbane beat the Rovers on Friday. The players flew home to quarantine in Brisbane."
    first = Mention(0, 8, ORG, "Brisbane", "brisbana", "Brisbane")
    start = text.rindex("Brisbane")
    second = Mention(start, start + 8, ORG, "Brisbane", "brisbana", "Brisbane")
    out = with_cities_not_bodies([first, second], text)
    assert out[0] == first
    assert (out[1].type, out[1].entity_id) == (PLACE, "brisbana@AU")


def test_a_big_city_s_possessive_after_in_stays_the_body() -> None:
    from index.extract.cities_as_people import with_cities_not_bodies

    text = "He starred in Brisbane's win over the Rovers."
    start = text.index("Brisbane")
    body = Mention(start, start + 8, ORG, "Brisbane", "brisbana", "Brisbane")
    assert with_cities_not_bodies([body], text) == [body]


def test_a_long_list_is_read_once_whichever_end_holds_the_side(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A list of towns closed by a side finds every town, and asks about each joined
    # pair once (it used to read the pairs again for each town found: quadratic).
    import index.extract.club_sides as club_sides_module

    names = [f"Tarn{chr(97 + k // 26)}{chr(97 + k % 26)}" for k in range(300)]
    text = "NRL: " + ", ".join(names) + " and the Rovers."
    mentions = [_mention(text, name, PLACE) for name in names]
    mentions.append(_mention(text, "Rovers", ORG))
    asked = []
    is_side = club_sides_module._is_side
    monkeypatch.setattr(
        club_sides_module, "_is_side", lambda m, sides: asked.append(m) or is_side(m, sides)
    )
    assert club_sides_module._listed(mentions, text, set(names), set()) == set(names)
    assert len(asked) <= 2 * len(mentions)


def test_a_hyphened_word_holding_a_sports_word_is_no_sports_copy() -> None:
    # A party's "right-winger" and a union's "AFL-CIO" are no football code's words.
    for text in (
        "The right-winger said Tarnbury are owed a new hospital by the ministers.",
        "The AFL-CIO said Tarnbury need more jobs, and the mayor agreed.",
    ):
        town = _mention(text, "Tarnbury", PLACE)
        assert club_sides([town], text, {"Tarnbury"}, set()) == set(), text
    text = "The winger said Tarnbury are owed a new contract by the board."
    town = _mention(text, "Tarnbury", PLACE)
    assert club_sides([town], text, {"Tarnbury"}, set()) == {"Tarnbury"}
