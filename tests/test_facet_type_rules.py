"""The org and person facets leave out names of the wrong type (``search.facets.listing``):
capitals that spell the initials of a place the archive names (``search.place_initials``),
and a name the archive mostly gives another type (``search.typed_names``). Made-up names
and counts for the rules; a small index of sentences written here for the lookups."""

from __future__ import annotations

import fnmatch
import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from helpers import run_index, search_json, write_jsonl

from index.names import fold_name
from index.records import Entity
from index.store.schema import COUNTRY, ENTITY_FIELDS, MONTH, SOURCE, SPEAKER
from search.facets import facet_counts, listing
from search.joined_names import two_names_joined
from search.place_initials import initials, spells_a_place
from search.store import open_store
from search.typed_names import named_otherwise


class FakeLookups:
    """An archive's entities by type, answering as ``index.store.lookups.Lookups``."""

    def __init__(self, entities: list[Entity]) -> None:
        self.by_kind: dict[str, dict[str, Entity]] = {}
        for entity in entities:
            self.by_kind.setdefault(entity.type, {})[entity.id] = entity

    def names_spelt_from(self, kind: str, letter: str, pattern: str = "*") -> list[str]:
        found = self.by_kind.get(kind, {}).values()
        spelt = [e.name for e in found if fold_name(e.name).startswith(letter.lower())]
        return [name for name in spelt if fnmatch.fnmatchcase(name, pattern)]

    def ids_for_spelling(self, kind: str, folded: str) -> list[str]:
        found = self.by_kind.get(kind, {}).values()
        return [e.id for e in found if fold_name(e.name) == folded]

    def entities(self, kind: str, ids: list[str]) -> dict[str, Entity]:
        table = self.by_kind.get(kind, {})
        return {i: table[i] for i in ids if i in table}


def _entity(kind: str, name: str, mentions: int = 4) -> Entity:
    return Entity(f"{kind}:{name}", kind, name, articles=mentions, mentions=mentions)


ARCHIVE = [
    _entity("PLACE", "Quorra Vale Territory", 30),
    _entity("PLACE", "Bay of Tessaly", 6),
    _entity("PLACE", "Ostrava"),
    _entity("PERSON", "Idris Okonkwo-Bale", 40),
    _entity("ORG", "Fennimore Gazette", 12),
    _entity("ORG", "Harwick Mills"),
    _entity("ORG", "Tessaly Ferries"),
    _entity("PERSON", "Dunmore"),  # a surname alone
]


def test_capitals_that_spell_a_place_of_the_archive_are_that_place() -> None:
    names = FakeLookups(ARCHIVE)
    assert spells_a_place("QVT", names)  # Quorra Vale Territory
    assert spells_a_place("BT", names)  # Bay of Tessaly: capitalised words only
    assert not spells_a_place("QVA", names)  # no such place
    assert not spells_a_place("Qvt", names)  # not written as initials
    assert not spells_a_place("O", names)  # one letter; Ostrava is one word
    assert initials("Ostrava") == ""
    assert initials("Lower Sava-Drina Basin") == "LSDB"


def test_a_name_the_archive_mostly_gives_another_type_is_named_otherwise() -> None:
    names = FakeLookups(ARCHIVE)
    minister_as_org = _entity("ORG", "Idris Okonkwo-Bale", 3)
    assert named_otherwise(minister_as_org, names, ("PLACE", "PERSON"))
    paper_as_person = _entity("PERSON", "Fennimore Gazette", 5)
    assert named_otherwise(paper_as_person, names, ("ORG", "PLACE"))
    # the other type far less often than the value itself: the value stays
    frequent = _entity("ORG", "Idris Okonkwo-Bale", 200)
    assert not named_otherwise(frequent, names, ("PLACE", "PERSON"))
    assert not named_otherwise(_entity("ORG", "Harwick Mills"), names, ("PLACE", "PERSON"))


def test_two_names_of_the_archive_joined_by_and_are_two_entities() -> None:
    names = FakeLookups(ARCHIVE)
    assert two_names_joined("Harwick Mills and Tessaly Ferries", names)
    assert two_names_joined("Harwick Mills & The Fennimore Gazette", names)
    assert two_names_joined("Idris Okonkwo-Bale and Ostrava", names)  # a person in full
    assert not two_names_joined("Harwick Mills and Quayside Board", names)  # not a name
    assert not two_names_joined("Dunmore & Ostrava", names)  # a surname alone
    assert not two_names_joined("Harwick Mills & Harwick Mills", names)  # one name twice
    assert not two_names_joined("Harwick Mills", names)


def _facets(orgs: dict[str, int], people: dict[str, int], archive: list[Entity]) -> Any:
    names = FakeLookups(archive)
    counts: dict[str, Counter[str]] = {f: Counter() for f in ENTITY_FIELDS.values()}
    counts[ENTITY_FIELDS["ORG"]] = Counter({f"ORG:{n}": c for n, c in orgs.items()})
    counts[ENTITY_FIELDS["PERSON"]] = Counter({f"PERSON:{n}": c for n, c in people.items()})
    for field in (COUNTRY, SOURCE, MONTH, SPEAKER):
        counts[field] = Counter()

    def fetch(kind: str, ids: list[str]) -> Mapping[str, Entity]:
        return names.entities(kind, ids)

    return facet_counts(counts, fetch, {}, 3, listed=listing(names))


def test_the_org_and_person_facets_fill_in_after_names_left_out() -> None:
    orgs = {"QVT": 9, "Idris Okonkwo-Bale": 8, "Harwick Mills": 7, "Tessaly Ferries": 5}
    orgs |= {"Harwick Mills and Tessaly Ferries": 6, "Dunmore Trust": 4}
    people = {"Fennimore Gazette": 6, "Odile Marchetti": 5, "Ravi Sundaram": 4, "Pell": 9}
    archive = [
        *ARCHIVE[:4],
        _entity("ORG", "Fennimore Gazette", 12),
        *(_entity("ORG", n, 3) for n in orgs if n != "Idris Okonkwo-Bale"),
        _entity("ORG", "Idris Okonkwo-Bale", 3),
        *(_entity("PERSON", n, 5) for n in people if n != "Fennimore Gazette"),
        _entity("PERSON", "Fennimore Gazette", 5),
    ]
    facets = _facets(orgs, people, archive)
    assert [(v.value, v.count) for v in facets.org] == [
        ("Harwick Mills", 7),
        ("Tessaly Ferries", 5),
        ("Dunmore Trust", 4),
    ]
    assert [v.value for v in facets.person] == ["Odile Marchetti", "Ravi Sundaram"]


RECORDS: list[dict[str, Any]] = [
    {
        "id": "n1",
        "title": "Flood relief for farmers",
        "date": "2024-05-01",
        "body": "Farmers in New Zealand will get flood relief, the government said on "
        "Monday.\n\nFinance Minister Harriet Colquhoun said the money would reach them "
        "within a month.",
    },
    {
        "id": "n2",
        "title": "Dairy exports rise",
        "date": "2024-05-02",
        "body": "Dairy exports from New Zealand rose in April, and sales to China grew "
        "fastest.\n\nHarriet Colquhoun welcomed the figures.",
    },
]


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory, engine: str) -> Path:
    root = tmp_path_factory.mktemp(f"types-{engine}")
    source = write_jsonl(root / "news.jsonl", RECORDS)
    result = run_index(str(source), "--index", str(root / "index"), "-q", "--engine", engine)
    assert result.exit_code == 0, result.output
    return root / "index"


def test_the_lookup_file_gives_the_places_spelt_from_a_letter(small_index: Path) -> None:
    with open_store(small_index) as store:
        assert "New Zealand" in store.lookups.names_spelt_from("PLACE", "N")
        assert "New Zealand" not in store.lookups.names_spelt_from("PLACE", "c")
        assert store.lookups.names_spelt_from("PLACE", "z") == []
        assert store.lookups.names_spelt_from("PLACE", "N", "N*Z*") == ["New Zealand"]
        assert store.lookups.names_spelt_from("PLACE", "N", "N*z*") == []  # case counts


def test_each_value_shown_counts_what_its_filter_finds(small_index: Path) -> None:
    facets = search_json(small_index, "--facets")["facets"]
    flags = {"place": "--place", "person": "--person", "org": "--org"}
    for facet, flag in flags.items():
        for value in facets[facet]:
            found = search_json(small_index, flag, value["value"], "--limit", "50")
            assert found["total"] == value["count"], json.dumps(value)
