"""A surname that several of the article's people bear is the one a title before it,
the same title as before one full name, a near antecedent or the most often named
picks (index.extract.shared_surnames). All text here is written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.extract.shared_surnames import Namesake, antecedent, choose, most_named, same_title
from index.records import PERSON


def _linked(text: str, at: str) -> str | None:
    """The display name of the PERSON mention starting at ``at`` of ``text``."""
    start = text.index(at)
    found = [m.name for m in extract_entities(text) if m.start == start and m.type == PERSON]
    return found[0] if found else None


def test_the_same_title_as_before_one_full_name_picks_that_one() -> None:
    text = (
        "Gerald Hollis, a retired engineer, refused treatment. His son, Dr. Paul Hollis, "
        "agreed with him.\n\nA kidney specialist, Dr. Hollis said the choice was sound."
    )
    assert _linked(text, "Hollis said") == "Paul Hollis"


def test_a_full_name_in_the_sentence_before_picks_that_one() -> None:
    text = (
        "Coach Andrew Brackwell blamed the referee for the defeat on Saturday.\n\n"
        "The pundit said the full-back, Jason Brackwell, should lose the captaincy. "
        "Brackwell has been blamed for poor leadership."
    )
    assert _linked(text, "Brackwell has") == "Jason Brackwell"


def test_without_a_cue_the_most_often_named_in_full_is_picked() -> None:
    text = (
        "The specialist, Dr. Howard Brennick, sent his son, Andrew Brennick, to the city. "
        "Andrew Brennick arrived too late, the lawyer said.\n\n"
        "Officers spoke to Andrew Brennick on Friday.\n\n"
        "It was not clear whether Brennick would be questioned again."
    )
    assert _linked(text, "Brennick would") == "Andrew Brennick"


def test_a_suffix_does_not_hide_the_surname_it_follows() -> None:
    text = (
        "Former Rep. Tobias Marlowe Jr. pleaded guilty on Wednesday, and his wife, "
        "Sandra Marlowe, pleaded guilty to a tax charge.\n\n"
        "The judge set a date for sentencing.\n\nMarlowe will be free to go."
    )
    assert _linked(text, "Marlowe will") == "Tobias Marlowe Jr."


FIRST = Namesake("a", "Donald Weston", (0,))
SECOND = Namesake("b", "Melania Weston", (40,))


@pytest.mark.parametrize(
    ("namesakes", "expected"),
    [
        ([FIRST, SECOND], FIRST),  # equals: the first named
        ([FIRST, Namesake("b", "Melania Weston", (40, 90))], SECOND),
        ([Namesake("a", "Donald Weston", (0, 5, 9)), SECOND], FIRST),
    ],
)
def test_most_named(namesakes: list[Namesake], expected: Namesake) -> None:
    assert most_named(namesakes).entity_id == expected.entity_id


def test_a_near_antecedent_needs_no_rival_in_its_stretch() -> None:
    text = "Donald Weston spoke. Then Melania Weston rose and Donald Weston sat. Weston left."
    donald = Namesake("a", "Donald Weston", (0, text.index("Donald Weston sat")))
    melania = Namesake("b", "Melania Weston", (text.index("Melania"),))
    start = text.index("Weston left")
    assert antecedent([donald, melania], text, start) is None  # both named in that sentence
    alone = "Donald Weston spoke.\n\nMelania Weston rose. Weston left."
    melania = Namesake("b", "Melania Weston", (alone.index("Melania"),))
    found = antecedent(
        [Namesake("a", "Donald Weston", (0,)), melania], alone, alone.index("Weston left")
    )
    assert found == melania
    far = "Melania Weston rose. It rained. Nobody came. Weston left."
    assert antecedent([melania], far, far.index("Weston left")) is None  # two sentences back


def test_a_title_of_one_sex_still_comes_first_and_a_lower_case_word_is_no_title() -> None:
    text = "Donald Weston spoke. Melania Weston rose. Mr. Weston left. Then of Weston."
    donald = Namesake("a", "Donald Weston", (0,))
    melania = Namesake("b", "Melania Weston", (text.index("Melania"),))
    assert choose([donald, melania], text, text.index("Weston left")) == ("a", "Donald Weston")
    assert same_title([donald, melania], text, text.rindex("Weston")) is None
