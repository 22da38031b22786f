"""A folded full name's count is the sum of ids that may each rank low: the person
facet's top must still be exact, so that a smaller facet is the first values of a
larger one and both engines list the same people."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from helpers import run_index, search_json, stored_documents, write_jsonl

from index.names import name_key
from index.records import PERSON

FIRST = ["Agnieszka", "Bartholomew", "Cornelius", "Dorothea", "Evangelos", "Friederike"]
FIRST += ["Gottfried", "Henrietta", "Ignatius", "Josephine", "Konstantin", "Leopoldine"]
FIRST += ["Adelheid", "Benedikt", "Clementine", "Desmond", "Anselm", "Brunhilde"]
LAST = ["Abernathy", "Blomqvist", "Castellano", "Dragomir", "Eisenhardt", "Fairweather"]
LAST += ["Grunewald", "Halvorsen", "Ingersoll", "Jankowski", "Kristiansen", "Lindqvist"]
LAST += ["Albrecht", "Bergstrom", "Cavendish", "Delacroix", "Achterberg", "Bellamy"]
TWICE = ["Rutger Hauschild", "Imelda Ferreira", "Gisela Brandauer", "Henrik Ostergaard"]
TWICE += ["Ilse Kammerlander", "Jorunn Hegseth", "Kasimir Lewandowski"]


def _records() -> list[dict[str, Any]]:
    """Many councillors named once, union leaders named twice, and a minister named in
    full in two articles (one about the cuts) and by the surname alone in a third: over
    the query "cuts" her full name and her surname alone are named once each."""
    records = [
        {
            "id": f"c{i}",
            "title": f"Council cuts {i}",
            "date": "2024-03-04",
            "body": f"The councillor {first} {last} said on Monday that the cuts would close "
            "the library.\n\nThe meeting lasted two hours.",
        }
        for i, (first, last) in enumerate(zip(FIRST, LAST, strict=True))
    ]
    records += [
        {
            "id": f"u{i}{k}",
            "title": f"Port cuts {i}{k}",
            "date": "2024-03-05",
            "body": f"The union leader {name} said on Tuesday that the cuts would go on.\n\n"
            "The port stayed closed.",
        }
        for i, name in enumerate(TWICE)
        for k in range(2)
    ]
    minister = "Finance minister Margarethe Vollstedt"
    return [
        *records,
        _article("m1", f"{minister} said the budget cuts would fall on roads.\n\n"),
        _article("m2", f"{minister} visited a school in Bremen on Friday.\n\n"),
        _article("m3", "The cuts will hold, Vollstedt said in a statement on Wednesday.\n\n"),
    ]


def _article(record_id: str, text: str) -> dict[str, Any]:
    body = text + "Vollstedt told reporters that taxes would not rise."
    return {"id": record_id, "title": "Budget", "date": "2024-03-06", "body": body}


@pytest.fixture(scope="module")
def crowded_index(tmp_path_factory: pytest.TempPathFactory, engine: str) -> Path:
    root = tmp_path_factory.mktemp(f"crowded-{engine}")
    source = write_jsonl(root / "people.jsonl", _records())
    result = run_index(str(source), "--index", str(root / "index"), "-q", "--engine", engine)
    assert result.exit_code == 0, result.output
    return root / "index"


def _people(index: Path, size: int) -> list[tuple[str, int]]:
    data = search_json(index, "cuts", "--facets", "--facet-size", str(size))
    return [(v["id"], v["count"]) for v in data["facets"]["person"]]


@pytest.mark.parametrize("size", [3, 5, 8])
def test_a_smaller_person_facet_is_the_first_values_of_a_larger(
    crowded_index: Path, size: int
) -> None:
    assert _people(crowded_index, size) == _people(crowded_index, 60)[:size]


def test_the_folded_top_counts_equal_a_counter_over_the_matches(crowded_index: Path) -> None:
    head, alone = name_key("Margarethe Vollstedt"), name_key("Vollstedt")
    matched = {
        h["id"]
        for h in search_json(crowded_index, "cuts", "--limit", "100", "--all-copies")["hits"]
    }
    expected: Counter[str] = Counter()
    for doc in stored_documents(crowded_index):
        if doc["id"] in matched:
            expected.update({head if i == alone else i for i in doc["entities"].get(PERSON, [])})
    shown = dict(_people(crowded_index, 5))
    assert shown[head] == expected[head] == 2  # named once in full, once by the surname
    assert all(shown[i] == expected[i] for i in shown)
    # no value left out counts more than one shown
    assert max(n for i, n in expected.items() if i not in shown) <= min(shown.values())
