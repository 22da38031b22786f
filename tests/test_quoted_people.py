"""A name whose last word alone is quoted as speaking is a person's
(index/extract/quoted_people.py), on short texts written for these tests. The
tagger reads the invented names here as people already, so the rule is given
drafts misread as a place or a body, as the tagger misreads names it does not know."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from index.extract import quoted_people
from index.extract.gazetteer import load_gazetteer
from index.extract.linking import Draft
from index.extract.quoted_people import with_quoted_people
from index.extract.speaker_words import INVERTIBLE, VERB_ALT
from index.records import ORG, PERSON, PLACE

_TEXT = (
    "Marisol Quenby has released a new album of folk songs.\n\n"
    '"I wanted the songs to sound like the kitchen I grew up in," Quenby explained. '
    '"It took me years," said Quenby.'
)


def _draft(text: str, name: str, kind: str) -> Draft:
    start = text.index(name)
    return Draft(start, start + len(name), kind, name, tuple(name.split()), "x", name)


def _read(text: str, name: str, kind: str) -> Draft:
    draft = _draft(text, name, kind)
    with_quoted_people(text, [draft], load_gazetteer())
    return draft


def test_a_place_quoted_by_its_surname_is_a_person() -> None:
    draft = _read(_TEXT, "Marisol Quenby", PLACE)
    assert (draft.type, draft.name, draft.country) == (PERSON, "Marisol Quenby", None)


def test_a_body_quoted_by_its_surname_before_the_verb_is_a_person() -> None:
    text = 'For Sofia Brandauer, a student, it was wrong.\n\n"It can change," said Brandauer.'
    assert _read(text, "Sofia Brandauer", ORG).type == PERSON


def test_the_full_name_speaking_is_not_enough() -> None:
    text = _TEXT.replace("Quenby explained", "Marisol Quenby explained")
    text = text.replace("said Quenby", "said Marisol Quenby")
    assert _read(text, "Marisol Quenby", ORG).type == ORG


def test_a_name_not_quoted_by_its_surname_is_left_as_read() -> None:
    text = _TEXT.replace("Quenby explained", "she explained").replace("said Quenby", "she said")
    assert _read(text, "Marisol Quenby", PLACE).type == PLACE


def test_a_name_without_a_given_name_or_with_an_organisation_word_is_left() -> None:
    text = _TEXT.replace("Marisol Quenby has", "Harbour Quenby has")
    assert _read(text, "Harbour Quenby", ORG).type == ORG
    text = 'Marisol Quenby Bank has cut rates.\n\n"Rates fall," Bank said.'
    assert _read(text, "Marisol Quenby Bank", ORG).type == ORG


def test_only_mentions_after_the_name_count() -> None:
    text = '"It took me years," said Quenby. Marisol Quenby has released an album.'
    assert _read(text, "Marisol Quenby", PLACE).type == PLACE


def test_a_surname_a_person_named_in_full_carries_speaks_for_that_person() -> None:
    text = "Tomas Quenby met reporters. " + _TEXT
    person = _draft(text, "Tomas Quenby", PERSON)
    draft = _draft(text, "Marisol Quenby", PLACE)
    with_quoted_people(text, [person, draft], load_gazetteer())
    assert draft.type == PLACE


_TITLED = (
    "The chancellor, Vashti Orrimund, set out the budget on Tuesday.\n\n"
    "Mr Orrimund told MPs the figures would improve by the spring."
)


def test_a_name_whose_surname_is_given_a_courtesy_title_is_a_person() -> None:
    # "Vashti" is no given name the dictionary knows: the title alone decides
    assert _read(_TITLED, "Vashti Orrimund", ORG).type == PERSON
    assert _read(_TITLED.replace("Mr Orrimund", "Dr. Orrimund"), "Vashti Orrimund", PLACE).type == (
        PERSON
    )


def test_a_title_before_the_name_or_a_common_word_run_into_it_is_not_enough() -> None:
    before = "Mr Orrimund spoke first. " + _TITLED.replace("Mr Orrimund", "He")
    assert _read(before, "Vashti Orrimund", ORG).type == ORG
    text = "Protesters held signs reading Impeach Orrimund.\n\nMr Orrimund did not reply."
    assert _read(text, "Impeach Orrimund", ORG).type == ORG
    three = _TITLED.replace("Vashti Orrimund", "Vashti Dal Orrimund")
    assert _read(three, "Vashti Dal Orrimund", ORG).type == ORG


_PIECES = [
    *"Mr Mrs Ms Miss Dr MD D said says added told Quenby O'Hara Lee-Ann al x".split(),
    *("Miss Quenby", "Dr. Lee-Ann", "Mrs O'Hara", "said, Quenby", "Quenby added", "xMr Al"),
]


@given(st.lists(st.sampled_from([*_PIECES, " ", ".", ",", "\n", "-", "’", "'", "\t"])))
def test_the_patterns_read_what_their_plain_forms_would(pieces: list[str]) -> None:
    """The text-wide patterns open with a character class and check the character
    before it after it, and group the verbs by first letter, only to spare the regex
    engine work: their plain forms (a lookbehind first, verbs in a flat alternation)
    find the same matches."""
    name = r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*"
    speaking = re.compile(
        rf"(?<![\w'’-])({name})\s+(?:{VERB_ALT})\b"
        rf"|\b(?:{'|'.join(INVERTIBLE.split())}),?\s+({name})(?![\w'’-])"
    )
    titled = re.compile(rf"(?<![\w'’-])(?:Mrs?|Ms|Miss|Dr)\.?[ \t]+({name})(?![\w'’-])")
    text = "".join(pieces)
    for fast, plain in ((quoted_people._SPEAKING, speaking), (quoted_people._TITLED, titled)):
        found = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]
