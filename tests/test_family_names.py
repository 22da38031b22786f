"""A surname alone that names a family is no mention of the person the article names in
full (index/extract/lone_names.py), on short texts written for these tests."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities


@pytest.mark.parametrize(
    "text",
    [
        "Jo Tarnley wore red. The Tarnley women have a history of public feuds.",
        "Jo Tarnley is pregnant. He is a close friend of the Tarnley/Hale family.",
        "Jo Tarnley posed for photos. Tarnley family friend Sam Brook spoke.",
        "Jo Tarnley sang. The Tarnley family flew home on Sunday.",
        "Jo Tarnley spoke. The Brook and Tarnley families met at the lake.",
        "Jo Tarnley spoke. The Tarnley and Brook families met at the lake.",
        "Governor Jo Tarnley spoke. Guests of Governor and Mrs. Tarnley arrived late.",
        "Jo Tarnley left early. Mr and Mrs Tarnley were seen at the lake.",
    ],
)
def test_a_surname_naming_a_family_is_no_mention_of_the_person(text: str) -> None:
    found = [m.text for m in extract_entities(text)]
    assert "Jo Tarnley" in found and "Tarnley" not in found, found


def test_a_surname_alone_for_the_person_stays() -> None:
    found = [m.text for m in extract_entities("Jo Tarnley sang. Tarnley said the men agreed.")]
    assert "Tarnley" in found, found
