"""A generational suffix is part of a person's name (index.extract.name_suffixes). All
text here is written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.extract.name_suffixes import with_suffixes
from index.names import name_key
from index.records import Mention


def _people(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in extract_entities(text) if m.type == "PERSON"]


def _mention(text: str, surface: str, kind: str, name: str = "") -> Mention:
    start = text.index(surface)
    name = name or surface
    return Mention(start, start + len(surface), kind, surface, name_key(name), name)


def test_a_suffix_joins_the_name_and_its_short_forms_follow() -> None:
    text = "Forward Tam Velloso Jr. scored 20 points. Velloso said he was tired."
    full = _mention(text, "Tam Velloso", "PERSON")
    short = Mention(text.index("Velloso said"), text.index(" said"), "PERSON", "Velloso",
                    full.entity_id, full.name)  # fmt: skip
    out = with_suffixes([full, short], text)
    assert [(m.text, m.name) for m in out] == [
        ("Tam Velloso Jr.", "Tam Velloso Jr."),
        ("Velloso", "Tam Velloso Jr."),
    ]
    assert out[0].entity_id != full.entity_id and out[1].entity_id == out[0].entity_id


def test_a_suffix_after_a_comma_makes_a_person_and_goes_as_a_name_of_its_own() -> None:
    text = "Rep. Tam Bishop, Jr., spoke. Then Jr. left."
    org = _mention(text, "Tam Bishop", "ORG")
    alone = Mention(text.index("Jr. left"), text.index(" left"), "PERSON", "Jr.", "jr", "Jr.")
    out = with_suffixes([org, alone], text)
    assert [(m.type, m.text, m.name) for m in out] == [
        ("PERSON", "Tam Bishop, Jr.", "Tam Bishop Jr.")
    ]


def _father_and_son(text: str) -> list[str]:
    """The names of son, father and the short form "Velloso smiled" in ``text``."""
    son = _mention(text, "Tam Velloso", "PERSON")  # the text opens with the son
    father_start = text.index("Tam Velloso,")
    father = Mention(father_start, father_start + 11, "PERSON", "Tam Velloso",
                     son.entity_id, "Tam Velloso")  # fmt: skip
    short_start = text.index("Velloso smiled")
    short = Mention(short_start, short_start + 7, "PERSON", "Velloso", son.entity_id,
                    "Tam Velloso")  # fmt: skip
    return [m.name for m in with_suffixes([son, father, short], text)]


def test_a_father_named_without_the_suffix_shares_the_short_forms_by_the_namesake_rule() -> None:
    # the son named first: his, even right after the father's name
    first = "Tam Velloso Jr. and his father, Tam Velloso, met on Monday. Velloso smiled."
    assert _father_and_son(first) == ["Tam Velloso Jr.", "Tam Velloso", "Tam Velloso Jr."]
    near = "Tam Velloso Jr. spoke.\n\nLater his father, Tam Velloso, rose. Velloso smiled."
    assert _father_and_son(near) == ["Tam Velloso Jr.", "Tam Velloso", "Tam Velloso Jr."]
    # a "Mr" picks neither by sex; "Dr", before the father's name only, picks him
    titled = "Tam Velloso Jr. spoke. His father, Dr. Tam Velloso, rose. Dr. Velloso smiled."
    assert _father_and_son(titled) == ["Tam Velloso Jr.", "Tam Velloso", "Tam Velloso"]


def test_a_number_follows_only_a_person_and_no_word_is_taken_for_one() -> None:
    text = "Tam Velloso III arrived. Tarn Motors II plant opened. Tam Hale Iron spoke."
    people = [_mention(text, "Tam Velloso", "PERSON"), _mention(text, "Tam Hale", "PERSON")]
    org = _mention(text, "Tarn Motors", "ORG")
    out = with_suffixes([people[0], org, people[1]], text)
    assert [m.text for m in out] == ["Tam Velloso III", "Tarn Motors", "Tam Hale"]


def test_on_the_whole_pipeline() -> None:
    people = _people("Martin Luther King Jr. spoke in 1963.")
    assert people == [("Martin Luther King Jr.", "Martin Luther King Jr.")]
