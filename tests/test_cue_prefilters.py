"""The string tests that spare the searches of cues before a name
(``index.extract.thing_cues``, ``senses``, ``vetting``): each passes wherever its pattern
matches, so the cue is found as often as when the pattern alone was searched."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.extract import senses, thing_cues, vetting
from index.extract.words_before import ends_with_word

PIECES = [
    " ", "  ", ",", ", ", " -- ", "-", "\n", "\u00a0", ".", "'s ", "X", "Tarnex", "Hale",
    "the ", "The ", "a ", "An ", "this ", "airline ", "airlines", "carmaker, ", "giant ",
    "analysts ", "firms ", "companies such as ", "including ", "like ", "and ", "or ",
    "follow us on ", "streaming on ", "on ", "Qaeda-linked ", "Iran-allied ", "club ",
    "rivals ", "v ", "vs. ", "a 2-2 draw with ", "win over ", "against ", "faced ",
    "signed for ", "move to ", "loan from ", "sacked by ", "beaten by ",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=400)
@given(TEXTS)
def test_the_cues_of_things_are_found_as_by_their_patterns_alone(text: str) -> None:
    start, reach = len(text), thing_cues._WINDOW
    low = max(0, start - reach)
    if thing_cues.NOUN_BEFORE_NAME.search(text, low, start):
        assert thing_cues.noun_before_name(text, start) is not None
    if thing_cues._FIRM_BEFORE.search(text, low, start):
        assert thing_cues._ends_with_noun(text, start, thing_cues._FIRM_LAST)
    if thing_cues._ARTICLE_BEFORE.search(text, low, start):
        assert ends_with_word(text, start, thing_cues._ARTICLE_LAST, reach)
    assert thing_cues._listed_or_on_platform(text, low, start) == bool(
        thing_cues._PLATFORM_BEFORE.search(text, low, start)
        or thing_cues._LISTED_FIRMS_BEFORE.search(text, low, start)
    )
    short = max(0, start - senses._WINDOW)
    assert (thing_cues.noun_before_name(text, start, senses._WINDOW) is not None) == bool(
        thing_cues.NOUN_BEFORE_NAME.search(text, short, start)
    )


@settings(max_examples=400)
@given(TEXTS)
def test_the_cues_of_clubs_and_groups_are_found_as_by_their_patterns_alone(text: str) -> None:
    start = len(text)
    low = max(0, start - senses._WINDOW)
    if senses._CLUB_BEFORE.search(text, low, start):
        assert ends_with_word(text, start, senses._CLUB_BEFORE_LAST, senses._WINDOW)
    if senses._MATCH_BEFORE.search(text, low, start):
        assert ends_with_word(text, start, senses._MATCH_BEFORE_LAST, senses._WINDOW)
    assert vetting._group_before(text, start) == bool(
        vetting._GROUP_BEFORE.search(text, max(0, start - 30), start)
    )


def test_the_cues_are_still_found() -> None:
    text = "shares of telecoms giant Tarnex and the Al Qaeda-linked Tarn Front"
    assert thing_cues.noun_before_name(text, text.index("Tarnex")) is not None
    assert vetting._group_before(text, text.index("Tarn Front"))
    assert not vetting._group_before(text, text.index("Tarnex"))
    assert thing_cues._listed_or_on_platform("companies such as ", 0, 18)
    assert not thing_cues._listed_or_on_platform("companies said ", 0, 15)
