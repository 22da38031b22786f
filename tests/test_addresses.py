"""A name that is part of an e-mail address is no mention (index/extract/addresses.py),
on texts written for these tests."""

from __future__ import annotations

from index.extract.addresses import without_addresses
from index.records import ORG, PLACE, Mention


def _mention(text: str, name: str, kind: str = PLACE) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), kind, name, name.lower(), name)


def _kept(text: str, *names: str) -> list[str]:
    return [m.text for m in without_addresses([_mention(text, n) for n in names], text)]


def test_the_local_part_and_the_domain_of_an_address_are_no_names() -> None:
    text = "Tell us your story: email TellUs@Kestrelnews.example or write to Harbury."
    assert _kept(text, "TellUs", "Kestrelnews", "Harbury") == ["Harbury"]


def test_a_handle_standing_alone_and_a_name_before_an_at_sign_with_a_space_are_kept() -> None:
    text = "@Kestrelnews said the talks at Harbury @ noon had ended."
    assert _kept(text, "Kestrelnews", "Harbury") == ["Kestrelnews", "Harbury"]
    assert without_addresses([_mention(text, "Harbury", ORG)], "no sign here")[0].type == ORG
