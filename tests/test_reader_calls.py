"""A call to the reader opening a sentence is no word of the name after it
(index/extract/reader_calls.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.reader_calls import without_reader_calls
from index.names import name_key
from index.records import ORG, PERSON, Mention


def _m(text: str, surface: str, kind: str, entity: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), kind, surface, entity, surface)


def test_a_call_opening_a_line_is_cut_to_the_name_the_article_knows() -> None:
    text = "Gale Post reported the fall.\nVisit Gale Post's homepage for more stories."
    first = _m(text, "Gale Post", ORG, "galepost")
    call = _m(text, "Visit Gale Post", ORG, "visitgalepost")
    out = without_reader_calls([first, call], text)
    assert [(m.text, m.entity_id) for m in out] == [("Gale Post", "galepost")] * 2
    assert text[out[1].start : out[1].end] == "Gale Post"


def test_a_call_to_a_name_the_article_does_not_know_goes() -> None:
    text = "Markets fell. Watch Drones Deliver Pizza In Minutes (VIDEO)"
    call = _m(text, "Watch Drones Deliver Pizza In Minutes", ORG, "x")
    assert without_reader_calls([call], text) == []


def test_a_comparison_opening_a_sentence_is_cut() -> None:
    text = "Ada Vole spoke first. Like Vole, the mayor wants a levy."
    full = _m(text, "Ada Vole", PERSON, "adavole")
    like = _m(text, "Like Vole", PERSON, "likavule")
    out = without_reader_calls([full, like], text)
    assert out[-1].entity_id == "adavole" and out[-1].name == "Ada Vole"
    assert text[out[-1].start : out[-1].end] == "Vole"


def test_the_words_inside_a_sentence_stay() -> None:
    text = "said Ann Moe, president of Visit Tarn Valley, a tourism board."
    board = _m(text, "Visit Tarn Valley", ORG, "visittarnvaliy")
    assert without_reader_calls([board], text) == [board]


def test_short_forms_linked_to_the_call_take_their_own_name() -> None:
    text = "Gale Post reported the fall.\nVisit Gale Post's homepage for more stories."
    first = _m(text, "Gale Post", ORG, "visitgalepost")
    call = _m(text, "Visit Gale Post", ORG, "visitgalepost")
    out = without_reader_calls([first, call], text)
    assert {m.entity_id for m in out} == {name_key("Gale Post")}
    assert [m.name for m in out] == ["Gale Post", "Gale Post"]


def test_a_call_is_not_its_own_full_name() -> None:
    text = "Markets fell. Watch Ann Vole on the late show."
    call = _m(text, "Watch Ann Vole", PERSON, "wachanvule")
    assert without_reader_calls([call], text) == []


def test_a_call_to_find_the_newsroom_goes_with_its_words() -> None:
    text = "The mill closed in May.\n\nFind Gale Post: North Shire on Facebook and Instagram."
    call = _m(text, "Find Gale Post", ORG, "findgalepost")
    assert without_reader_calls([call], text) == []
