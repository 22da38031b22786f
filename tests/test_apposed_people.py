"""A person's full name read as a body or a place, made a person by a role apposition or
by the last word used alone (index/extract/apposed_people.py), on short texts and
mentions written for these tests."""

from __future__ import annotations

from index.extract.apposed_people import with_apposed_people
from index.names import name_key
from index.records import ORG, PERSON, PLACE, Mention


def _mention(text: str, surface: str, kind: str, after: int = 0) -> Mention:
    start = text.index(surface, after)
    return Mention(start, start + len(surface), kind, surface, name_key(surface), surface)


def _kinds(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in mentions]


def test_a_name_with_a_persons_role_in_apposition_is_a_person() -> None:
    text = "Tomoko Sato, the director of the city museum, said the hall would reopen."
    got = with_apposed_people([_mention(text, "Tomoko Sato", PLACE)], text)
    assert _kinds(got) == [("Tomoko Sato", PERSON)]
    text = "Zoltan Brask, senior economist at a local bank, expects more."
    got = with_apposed_people([_mention(text, "Zoltan Brask", ORG)], text)
    assert _kinds(got) == [("Zoltan Brask", PERSON)]


def test_a_name_whose_last_word_is_a_person_of_the_article_is_a_person() -> None:
    text = "Anik Tulugaq opened the store in May. Tulugaq, 40, says trade is slow."
    mentions = [_mention(text, "Anik Tulugaq", ORG), _mention(text, "Tulugaq", PERSON, 10)]
    assert _kinds(with_apposed_people(mentions, text)) == [
        ("Anik Tulugaq", PERSON),
        ("Tulugaq", PERSON),
    ]


def test_bodies_and_known_places_are_left_alone() -> None:
    text = "Harbor Holdings, the founder of the fund, grew. Mara Vell, the director said, left."
    mentions = [_mention(text, "Harbor Holdings", ORG), _mention(text, "Mara Vell", ORG)]
    assert with_apposed_people(mentions, text) == mentions  # a body; a parenthesis
    text = "Lake Tahoe, the director of tourism said, froze. Tahoe said no."
    lake = Mention(0, 10, PLACE, "Lake Tahoe", "laketahoe", "Lake Tahoe", "US")
    mentions = [lake, _mention(text, "Tahoe", PERSON, 20)]
    assert with_apposed_people(mentions, text) == mentions  # a place the gazetteer knows
    text = "Officials flew to Jackson Hole on Monday. Jackson said no."
    mentions = [_mention(text, "Jackson Hole", PLACE), _mention(text, "Jackson", PERSON, 30)]
    assert with_apposed_people(mentions, text) == mentions
    text = "Minister of Defence Ann Roe spoke. Roe said the fleet was ready."
    mentions = [_mention(text, "Defence Ann Roe", ORG), _mention(text, "Roe", PERSON, 30)]
    assert with_apposed_people(mentions, text) == mentions  # an office run into a name
    text = "Rivera Bakery opened. Rivera, the owner, smiled."  # no role only people hold
    mentions = [_mention(text, "Rivera Bakery", ORG)]
    assert with_apposed_people(mentions, text) == mentions
