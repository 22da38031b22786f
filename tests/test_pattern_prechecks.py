"""The string tests that spare a pattern's call (a first character, a substring, a case
test): each must hold wherever its pattern matches, or a rule would lose a match."""

from __future__ import annotations

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from index import names
from index.extract import bare_initials, context, products, senses, vetting

CHARACTERS = list("abdsyzABDIRSWKXZ .-,'’\n\t\u00a0\u2003\x1c2")
TEXTS = st.text(alphabet=st.sampled_from(CHARACTERS), max_size=14)
NAMES = st.from_regex(
    r"(?:[A-Z][a-z]{0,3}|[A-Z]\.|[DRI]-[A-Z][a-z]?\.?|[a-z]{1,2}[A-Z]|[A-Z]{2,5}s?)"
    r"(?: (?:[A-Z][a-z]{0,3}|[A-Z]\.?|[a-z]+-(?:based|led)))*\n?",
    fullmatch=True,
)


@given(st.one_of(TEXTS, NAMES))
def test_each_test_holds_where_its_pattern_matches(text: str) -> None:
    if bare_initials._GIVEN_INITIAL.fullmatch(text) or bare_initials._GIVEN_AND_INITIAL.fullmatch(
        text
    ):
        assert " " in text
    if products._SHAPE.match(text.split(" ", 1)[0]):
        assert "a" <= text[:1] <= "z"
    if products._PLURAL_ABBREVIATION.match(text):
        assert text.endswith(("s", "s\n"))
    if vetting._INITIALLED.fullmatch(text):
        assert ". " in text
    if vetting._COMPOUND.search(text):
        assert "-" in text
    if context._PARTY_LABEL.fullmatch(text):
        assert text[1:2] == "-"
    if senses._ABBREVIATION.fullmatch(text):
        assert text.isupper()
    if names._ACRONYM.fullmatch(text):
        assert text[1:2] == "." or text[1:2].isupper()
    lowered = text.lower()
    if names._ABD.match(lowered):
        assert lowered.startswith("abd")
    if names._LEADING_Y.match(lowered):
        assert lowered[:1] == "y"


@given(TEXTS, st.integers(min_value=0, max_value=14))
def test_the_tests_after_a_name_hold_where_the_patterns_match(text: str, end: int) -> None:
    if products._DEVICE_NOUN.match(text, end) or products._DEVICE_VERSION.match(text, end):
        assert text[end : end + 1].isspace()
    if context._WEB_ADDRESS_AFTER.match(text, end):
        assert text.startswith(".", end)


def test_white_space_is_what_the_patterns_call_white_space() -> None:
    """``str.isspace`` and the patterns' ``\\s`` take the same characters."""
    space = re.compile(r"\s")
    characters = map(chr, range(sys.maxunicode + 1))
    assert all(bool(space.match(c)) == c.isspace() for c in characters)
