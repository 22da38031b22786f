"""A programme named by its initials is no body (index/extract/programmes.py), on short
texts written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.records import ORG, PLACE, Mention


def _names(text: str) -> list[str]:
    return [m.text for m in extract_entities(text) if m.type != PLACE]


def test_initials_in_brackets_before_program_are_a_programme() -> None:
    text = (
        "The Supplemental Nutrition Assistance Program for Families (SNAPF) program was cut. "
        "SNAPF helps two million people, the Agriculture Department said."
    )
    found = _names(text)
    assert not any("SNAPF" in t or "Families" in t for t in found)
    assert any("Agriculture Department" in t for t in found)


def test_initials_before_recipients_are_a_programme() -> None:
    assert "TPS" not in _names("Thousands of TPS recipients rallied, and TPS may end in May.")


def test_a_body_before_program_stays() -> None:
    assert "NASA" in _names("The NASA program will fly again, NASA said on Monday.")


def test_a_bodys_initials_before_its_program_stay() -> None:
    text = "It asked for funds for a Rural Housing Administration (RHA) program. The RHA agreed."
    assert "RHA" in _names(text)


def test_an_agreement_named_by_its_head_noun_is_no_body() -> None:
    found = _names("Tarnland kept its word under the Elmford Climate Agreement, Jo Hale said.")
    assert not any("Agreement" in t for t in found), found


def test_a_name_before_an_agreement_noun_goes_with_its_initials() -> None:
    text = (
        "Ten states signed the Elmshore Economic Partnership agreement on Sunday. "
        "The EEP pact cuts tariffs. Jo Hale said the EEP would help farmers."
    )
    found = _names(text)
    assert not any("Elmshore" in t or t == "EEP" for t in found), found


def test_a_strategy_that_acts_as_a_body_stays() -> None:
    found = _names("The Tarnfield Growth Strategy said on Monday that its director, Jo Hale, quit.")
    assert "Tarnfield Growth Strategy" in found, found


def test_a_body_before_an_agreement_noun_stays() -> None:
    found = _names("The Tarnfield Miners Union agreement with the owners ended, Jo Hale said.")
    assert "Tarnfield Miners Union" in found, found


def test_initials_are_looked_for_in_one_reading_of_the_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The words written in brackets or before an agreement's noun are gathered once; a
    # search of the whole text for each plan's initials was quadratic in a long article.
    import re

    from index.extract.programmes import without_agreements

    names = [f"Tarn {a}lm {b}rt Plan" for a in "BCDFGHKLMN" for b in "BCDFGHKLMN"]
    text, mentions = "", []
    for name in names:
        mentions.append(Mention(len(text), len(text) + len(name), ORG, name, name.lower(), name))
        text += name + " and "
    text += "the TBCP pact."
    searched = []
    search = re.search
    monkeypatch.setattr(re, "search", lambda *a, **k: searched.append(a) or search(*a, **k))
    assert without_agreements(mentions, text) == []
    assert len(searched) <= 2


def test_initials_are_a_whole_word() -> None:
    # "EP" of "Elm Plan" is not the end of another word before "pact" ("the SKEP pact").
    from index.extract.programmes import without_agreements

    text = "The Elm Plan was dropped. EP officials met. Farmers cheered the SKEP pact."
    plan = Mention(4, 12, ORG, "Elm Plan", "elm plan", "Elm Plan")
    start = text.index("EP ")
    initials = Mention(start, start + 2, ORG, "EP", "ep", "EP")
    assert without_agreements([plan, initials], text) == [initials]


@pytest.mark.parametrize(
    "text",
    [
        "Tourists filled the Elmvale Volcano National Park at the weekend, and fees rose.",
        "Lawmakers debated the Elmshore Beneficial Ownership Disclosure for a second day.",
        "Trucks used the new Elmford Bypass Road on Monday.",
    ],
)
def test_a_place_or_a_policy_named_by_its_head_noun_is_no_body(text: str) -> None:
    found = _names(text)
    assert not any(t.startswith("Elm") for t in found), found


def test_an_event_s_head_that_acts_as_a_body_stays() -> None:
    found = _names("The Southern Rivers Conference said on Monday that it would add two members.")
    assert "Southern Rivers Conference" in found, found


def test_a_person_named_like_a_place_s_head_stays() -> None:
    assert "Nick Park" in _names("Nick Park won another award for his films.")
