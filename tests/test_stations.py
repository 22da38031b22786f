"""A station named by its name's shape is a body, no person or place
(index/extract/stations.py), on short texts written for these tests."""

from __future__ import annotations

import pytest

from index.extract.stations import stations_as_bodies
from index.records import ORG, PERSON, PLACE, Mention


def _mention(text: str, surface: str, kind: str) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), kind, surface, surface.lower(), surface)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Affiliates: Tarno FM 99.1 (Velby), Kestle FM 101.5.", "Tarno FM", PERSON),
        ("She told Brannock TV the bridge was shut.", "Brannock TV", PERSON),
        ("Speaking on Velmora Radio on Monday, he said so.", "Velmora Radio", PLACE),
        ("Radio Tarnhill reported the fire.", "Radio Tarnhill", PERSON),
    ],
)
def test_a_station_by_its_shape_is_a_body(text: str, surface: str, kind: str) -> None:
    (m,) = stations_as_bodies([_mention(text, surface, kind)], text)
    assert (m.type, m.text, m.country) == (ORG, surface, None)


def test_a_place_before_fm_is_the_station_and_fm_alone_goes() -> None:
    text = "Listen to Velby FM 101.5 tonight."
    place = Mention(10, 15, PLACE, "Velby", "velby@GH", "Velby", "GH")
    fm = Mention(16, 18, ORG, "FM", "fm", "FM")
    (m,) = stations_as_bodies([place, fm], text)
    assert (m.type, m.text, m.start, m.end) == (ORG, "Velby FM", 10, 18)


def test_fm_alone_after_a_name_is_the_station() -> None:
    text = "Affiliates: Tarno FM 99.9 (Velby)."
    (m,) = stations_as_bodies([_mention(text, "FM", ORG)], text)
    assert m.text == "Tarno FM"


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Tarno Velby said the FM band was crowded.", "Tarno Velby", PERSON),
        ("He moved to Velby in March.", "Velby", PLACE),
        ("The Radio Times printed the schedule.", "Radio Times", ORG),
    ],
)
def test_other_names_are_left(text: str, surface: str, kind: str) -> None:
    m = _mention(text, surface, kind)
    assert stations_as_bodies([m], text) == [m]


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [("Fines for bad language on US TV were raised.", "US TV", PERSON)],
)
def test_a_countrys_television_is_no_station(text: str, surface: str, kind: str) -> None:
    m = _mention(text, surface, kind)
    assert stations_as_bodies([m], text) == [m]


def test_a_country_before_tv_stays_the_country() -> None:
    text = "The show was set for US TV in May."
    place = Mention(20, 22, PLACE, "US", "unitadstatas@US", "United States", "US")
    assert stations_as_bodies([place], text) == [place]


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("The news reached Denver TV viewers late.", "Denver TV", PLACE),
        ("All TV images are made of pixels.", "All TV", PERSON),
    ],
)
def test_a_places_or_a_common_words_television_is_no_station(
    text: str, surface: str, kind: str
) -> None:
    m = _mention(text, surface, kind)
    assert stations_as_bodies([m], text) == [m]


def test_fm_after_a_common_word_is_a_station() -> None:
    text = "Affiliates: Bead FM 99.9 and Classic FM."
    (m,) = stations_as_bodies([_mention(text, "Classic FM", PERSON)], text)
    assert m.type == ORG
    (m,) = stations_as_bodies([_mention(text, "FM", ORG)], text)
    assert m.text == "Bead FM"
