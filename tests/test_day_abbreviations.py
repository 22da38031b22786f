"""A weekday's short form before a date is a day, no name
(index/extract/day_abbreviations.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.day_abbreviations import without_day_abbreviations
from index.records import ORG, PERSON, Mention


def _kept(text: str, word: str, kind: str = PERSON) -> bool:
    start = text.index(word)
    m = Mention(start, start + len(word), kind, word, word.lower(), word)
    return bool(without_day_abbreviations([m], text))


def test_a_short_weekday_before_a_date_goes() -> None:
    assert not _kept("Wed, March 14, 2018 | Posted by the desk", "Wed")
    assert not _kept("Updated Fri. 9 Nov 2018 at noon", "Fri")
    assert not _kept("Sun, Oct. 7 -- The rally opened", "Sun", ORG)


def test_the_same_words_elsewhere_stay() -> None:
    assert _kept("The Sun said the minister would resign.", "Sun", ORG)
    assert _kept("Tue Nguyen, 34, said he would stay.", "Tue")


def test_a_weekday_in_the_plural_goes() -> None:
    assert not _kept("The market opens late on Mondays and Thursdays.", "Mondays")
    assert not _kept("Saturdays are quieter at the depot, the manager said.", "Saturdays", ORG)
    assert not _kept("CLOSED ON SUNDAYS", "SUNDAYS")


def test_a_singular_weekday_or_a_name_holding_the_plural_stays() -> None:
    assert _kept("Sundays Child, the band, played two sets.", "Sundays Child", ORG)
    assert _kept("Sunday said it would file an appeal.", "Sunday", ORG)
