"""A name wrapped inside, its line ending with a word no name ends with ("Bank of\\n
America"), is one name; any other name stops at a line break (``index.extract.rules``)."""

from __future__ import annotations

import pytest

from index.extract.entities import extract_entities
from index.records import ORG, PERSON


def names(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.text, m.name) for m in extract_entities(text)]


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("Shares fell after the Bank of\nAmerica deal did not close.", ORG, "Bank of America"),
        (
            "Volume at the Kestrel Board of\nTrade declined, the exchange said.",
            ORG,
            "Kestrel Board of Trade",
        ),
        (
            "The Ministry of Trade and\nIndustry acted on Monday.",
            ORG,
            "Ministry of Trade and Industry",
        ),
        (
            "The talks were led by Javier Perez de\nCuellar, who said they went well.",
            PERSON,
            "Javier Perez de Cuellar",
        ),
    ],
)
def test_a_name_wrapped_after_a_connector_is_one_name(text: str, kind: str, name: str) -> None:
    found = names(text)
    assert any(t == kind and n == name for t, _, n in found), found
    whole = next(s for t, s, n in found if n == name)
    assert "\n" in whole  # the surface is the text as written, the name is on one line


def test_a_name_still_stops_at_a_line_break_after_a_name_word() -> None:
    found = names("Robert Galvin\nMELBOURNE, March 3 - Shares rose on Monday.")
    assert (PERSON, "Robert Galvin", "Robert Galvin") in found, found
    assert not any("\n" in s for _, s, _ in found), found
