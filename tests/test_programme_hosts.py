"""A person's name closing a programme's title is no mention of the person
(index/extract/programme_hosts.py), on short texts written for these tests."""

from __future__ import annotations

import pytest

from index.extract.programme_hosts import without_programme_hosts
from index.records import ORG, PERSON, Mention


def _at(text: str, surface: str, kind: str = PERSON, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), kind, surface, surface.lower(), surface)


def _kept(text: str, surface: str) -> bool:
    return bool(without_programme_hosts([_at(text, surface)], text))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The minister told Late Talk with Kate Lane that he would stay.", "Kate Lane"),
        ("He said so on Real Facts with Tom Ware last night.", "Tom Ware"),
        ("She told the channel's Sunday with Kate Lane: no.", "Kate Lane"),
        ("He told Sunday with Kate Lane programme: no.", "Kate Lane"),
        ("When appearing on Sunday with Kate Lane, he said no.", "Kate Lane"),
    ],
)
def test_a_host_closing_a_title_goes(text: str, surface: str) -> None:
    assert not _kept(text, surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The mayor held talks with Kate Lane on Monday.", "Kate Lane"),
        ("He spoke on Sunday with Kate Lane about the plan.", "Kate Lane"),
        ("Lunch With Kate Lane was cancelled.", "Kate Lane"),
        ("The talks in March with Tom Ware failed.", "Tom Ware"),
    ],
)
def test_a_name_after_other_withs_is_left(text: str, surface: str) -> None:
    assert _kept(text, surface)


def test_a_named_word_before_with_leaves_the_name() -> None:
    text = "He met the Tarn Council with Kate Lane."
    kept = without_programme_hosts([_at(text, "Tarn Council", ORG), _at(text, "Kate Lane")], text)
    assert len(kept) == 2


def test_a_title_named_once_as_a_programme_is_one_throughout() -> None:
    text = "He was on Sunday with Kate Lane. Later he told Sunday with Kate Lane programme: no."
    kept = without_programme_hosts([_at(text, "Kate Lane"), _at(text, "Kate Lane", nth=1)], text)
    assert kept == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ann Vey Reflects on Her Breakup With Tom Ware", "Tom Ware"),
        ("He played on the album Band on the Run with Tom Ware.", "Tom Ware"),
        ("He broke the seal of Confession with Tom Ware.", "Tom Ware"),
    ],
)
def test_a_headline_or_one_word_after_the_leaves_the_name(text: str, surface: str) -> None:
    assert _kept(text, surface)


def test_a_capital_with_inside_quotation_marks_is_a_title() -> None:
    assert not _kept('Appearing on "The Late Talk With Tom Ware," she said no.', "Tom Ware")
