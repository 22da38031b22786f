"""The chunk scanner: its fast pattern finds exactly what the plain one would."""

from __future__ import annotations

import re
from unicodedata import category

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.extract import chunks
from index.names import fold_text

#: The chunk pattern written the plain way: a lookahead for the first character, then
#: the lookbehind, then the words. CHUNK_RE is rewritten to start with a character class
#: (faster to scan), and must match the same spans.
PLAIN = re.compile(
    rf"(?=[A-Z]|[ae]l-)(?<![\w'’-])(?:(?:al|el)-)?{chunks._WORD}"
    rf"(?:(?:{chunks._SEP}(?:{chunks._SPACED_CONNECTOR}{chunks._SEP}|{chunks._HYPHEN_ARTICLE})*"
    rf"|[ ]&[ ]){chunks._WORD})*"
)

TRICKY = (
    "McDonald's O'Neil met Mr. Smith, al-Assad and el-Sisi in the U.S. with J. Smith; "
    "Mc Mac MacArthur O'Brien-Smith Dr. No ael-Foo Xal-Bar 'Abc' -Abc A.B.C. "
    "Washington's Sen. Gov St. Louis Capt. Ahab Prof.X Jr. Sr Mrs. Ms. Lt. Sgt. Maj. Ft. "
    "Mt. Etna Abu Dhabi bin Laden van Gogh AT&T Procter & Gamble\nNEW YORK, March 3 - "
    "Bashar al-Assad's army; Ali Abdullah Saleh al-Ahmar. e l-Foo 9Abc _Abc ’Abc"
)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_chunk_pattern_matches_plain_pattern_on_tricky_text() -> None:
    found = spans(chunks.CHUNK_RE, TRICKY)
    assert found == spans(PLAIN, TRICKY)
    assert len(found) > 10  # the text does hold chunks, so equality says something


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ABMOScdaelrst .-'’&\n\t,", max_size=60))
@example("Mr. al-Assad")
@example("Ms. O’Neil-Smith & Mac")
def test_chunk_pattern_matches_plain_pattern(text: str) -> None:
    assert spans(chunks.CHUNK_RE, text) == spans(PLAIN, text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ABMOScdaeirst .-'’&\n\t,", max_size=60))
@example("Mr. Ali bin Saleh and Ali ibn Abu")
@example("Jean de la Fontaine met Ludwig van der Rohe, da Silva du Pont")
def test_capital_chunk_pattern_matches_plain_pattern_without_l_hyphen(text: str) -> None:
    # (no "l": the alphabet cannot write "al-" or "el-", where CHUNK_RE alone is used)
    assert spans(chunks.CAPITAL_CHUNK_RE, text) == spans(PLAIN, text)


def test_capital_chunk_pattern_on_tricky_text_without_l_hyphen() -> None:
    text = TRICKY.replace("l-", "l ")
    found = spans(chunks.CAPITAL_CHUNK_RE, text)
    assert found == spans(PLAIN, text)
    assert len(found) > 10


@given(st.text(max_size=300) | st.text("aB é É’“”–ŁłŞ\n", min_size=200))
def test_ascii_shape_is_each_characters_fold_in_its_case(text: str) -> None:
    """Each character beyond ASCII becomes its fold in its own case, a hyphen a hyphen
    and another dash a comma, every ASCII character stays: what the character by
    character reading gave."""
    folded = fold_text(text)
    expected = "".join(
        c
        if c.isascii()
        else ("-" if c in "\u2010\u2011\ufe63\uff0d" else ",")
        if category(c) == "Pd"
        else f.upper()
        if c.isupper()
        else f
        for c, f in zip(text, folded, strict=True)
    )
    assert chunks.ascii_shape(text) == expected


def _segment_texts(text: str) -> list[str]:
    return [s.text for s in chunks.find_segments(text, chunks.ascii_shape(text), frozenset())]


def test_a_dateline_and_its_dash_are_not_run_into_the_name_after_them() -> None:
    # En and em dashes part the dateline's town from the first words of the story.
    assert _segment_texts("KORLAVIK – Harbour Board chief Ola Brenn said.") == [
        "KORLAVIK",
        "Harbour Board",
        "Ola Brenn",
    ]
    assert _segment_texts("MOREDUN — Water Agency said.") == ["MOREDUN", "Water Agency"]
    # nor a small word after a dash with no spaces to a name
    assert _segment_texts("Anna Lund—a former mayor—said so.") == ["Anna Lund"]
    # a hyphen inside a name is left alone
    assert _segment_texts("Anna Lund‐Berg spoke.") == ["Anna Lund‐Berg"]


def test_a_romanised_given_name_is_not_cut_at_its_hyphen() -> None:
    # A small-letter syllable after a hyphen stays in the name after a title.
    assert _segment_texts("Governor Pak Min-sun spoke, then Mayor Lo Wei-ting did.") == [
        "Pak Min-sun",
        "Lo Wei-ting",
    ]


def test_an_english_compound_tail_is_not_read_into_a_name() -> None:
    # "-based", "-backed", "-era" close a compound: the name stops at the hyphen.
    assert _segment_texts("A Busan-based firm, an Ankara-backed side, the Reagan-era law.") == [
        "Busan",
        "Ankara",
        "Reagan",
    ]


def test_an_english_prefix_opening_a_compound_is_not_a_given_name() -> None:
    # "Anti-", "Multi-", "Non-" open compounds, not romanised given names.
    assert _segment_texts("Anti-fraud rules and Multi-year deals; Non-stop flights.") == [
        "Anti",
        "Multi",
        "Non",
    ]
