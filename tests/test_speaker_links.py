"""Issue 14 item 6: short forms and roles name the person met in full in the article."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.quotes import extract_quotes
from index.records import PERSON

ARTICLE = (
    "Conservative leader Michael Howard attacked the budget on Monday.\n\n"
    '"This is a tax on families," Mr Howard said.\n\n'
    'Later the Tory leader added: "We will vote against it."\n\n'
    '"We will see," the police said.'
)


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    mentions = extract_entities(text)
    return [(q.speaker, q.speaker_id) for q in extract_quotes(text, mentions)]


def test_mr_surname_and_a_role_name_the_person_named_in_full() -> None:
    mentions = extract_entities(ARTICLE)
    howard = next(m for m in mentions if m.text == "Michael Howard")
    speakers = _speakers(ARTICLE)
    assert speakers[0] == ("Michael Howard", howard.entity_id)
    assert speakers[1] == ("Michael Howard", howard.entity_id)


def test_a_party_before_a_role_is_no_person() -> None:
    people = {m.text for m in extract_entities(ARTICLE) if m.type == PERSON}
    assert "Tory" not in people


def test_a_group_speaks_without_a_person_id() -> None:
    assert _speakers(ARTICLE)[2][1] is None


def test_a_role_two_people_carry_stays_unresolved() -> None:
    text = (
        "Conservative leader Michael Howard met Liberal leader Charles Kennedy.\n\n"
        'Later the leader said: "We agree on nothing."'
    )
    assert _speakers(text)[0][1] is None
