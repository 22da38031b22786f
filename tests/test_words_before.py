"""The string test that spares a pattern's search before a name (index.extract.words_before):
it must pass wherever the pattern matches, or a rule would miss a name's context."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from index.extract.words_before import ends_with_word, reach_back

WORDS = ("of", "for", "the")
PATTERN = re.compile(r"\b(?:of|for|the)\s+$")
PATTERN_ANY_CASE = re.compile(r"\b(?:of|for|the)[ \t]+$", re.IGNORECASE)
PATTERN_COMMA = re.compile(r"\b(?:of|for|the)[ \t]*,?[ \t]+$")
TEXTS = st.text(alphabet=st.sampled_from(list("ofrtheOFRTHE xX,\n\t\u00a0")), max_size=60)


@given(TEXTS, st.integers(min_value=0, max_value=60), st.integers(min_value=1, max_value=30))
def test_it_passes_wherever_the_pattern_matches(text: str, start: int, reach: int) -> None:
    start = min(start, len(text))
    window = (max(0, start - reach), start)
    if PATTERN.search(text, *window):
        assert ends_with_word(text, start, WORDS, reach)
    if PATTERN_ANY_CASE.search(text, *window):
        assert ends_with_word(text, start, WORDS, reach, any_case=True)
    if PATTERN_COMMA.search(text, *window):
        assert ends_with_word(text, start, WORDS, reach, blanks=" \t,")


def test_it_rules_out_names_with_no_such_word_before() -> None:
    text = "the Archbishop of Canterbury met officials in Canterbury"
    assert ends_with_word(text, text.index("Canterbury"), ("of",), 40)
    assert not ends_with_word(text, text.rindex("Canterbury"), ("of",), 40)
    assert not ends_with_word("a word of", 9, ("of",), 40)  # no blank after it
    assert ends_with_word("Analysts AT ", 12, ("at",), 40, any_case=True)
    assert not ends_with_word("Analysts AT ", 12, ("at",), 40)


def test_reach_back_is_where_the_window_before_a_start_begins() -> None:
    assert [reach_back(start, 3) for start in range(6)] == [0, 0, 0, 0, 1, 2]
    assert reach_back(10, 0) == 10
    text = "the Archbishop of Canterbury"
    assert text[reach_back(18, 14) : 18] == "Archbishop of "
    assert text[reach_back(4, 40) : 4] == "the "
