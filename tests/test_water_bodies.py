"""A sea or gulf named "of" a place is no mention of the place, nor a body
(index/extract/water_bodies.py), on short texts written for these tests."""

from __future__ import annotations

from index.extract.entities import extract_entities
from index.records import PLACE


def test_a_place_in_a_seas_name_goes() -> None:
    text = "Two tankers collided in the Gulf of Oman, and the Sea of Japan was calm."
    found = [m.text for m in extract_entities(text)]
    assert "Oman" not in found and "Japan" not in found
    assert not any(t.startswith(("Gulf of", "Sea of")) for t in found)


def test_the_place_named_alone_stays() -> None:
    text = "Shipping in the Gulf of Oman slowed. Oman said it would patrol its coast."
    places = [m.text for m in extract_entities(text) if m.type == PLACE]
    assert places == ["Oman"]
