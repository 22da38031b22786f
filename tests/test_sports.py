"""A club read as its town's bare name carries the sport of its article
(index/extract/sports.py; issue 14, items 3 and 5: no value merges two bodies).

On short reports written for these tests: a football and a rugby report naming clubs
of the same towns, one report with no sport's words and one with both; then the
search side: one spelling finds both clubs, the facet shows them apart.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import hit_ids, run_index, search_json, write_jsonl

from index.extract.entities import extract_entities
from index.extract.sports import article_sport
from index.records import ORG

FOOTBALL = (
    "Tarnside striker Jo Hale scored twice as Tarnside beat Elmford 2-1 in the FA Cup. "
    "The midfielder Sam Reed was booked and the goalkeeper made three saves."
)
RUGBY = (
    "Tarnside fly-half Ben Kay kicked three penalties and scored one of two tries as "
    "Tarnside beat Elmford 24-18. The scrum-half was sin-binned."
)


def _orgs(text: str, towns: dict[str, str]) -> dict[str, str]:
    """The names of the organisations read at each town's name in ``text``."""
    return {m.text: m.name for m in extract_entities(text) if m.type == ORG and m.text in towns}


@pytest.mark.parametrize(
    ("town", "other"), [("Newcastle", "Leicester"), ("Gloucester", "Northampton")]
)
def test_a_club_named_by_its_town_takes_the_sport_of_its_report(town: str, other: str) -> None:
    football = FOOTBALL.replace("Tarnside", town).replace("Elmford", other)
    rugby = RUGBY.replace("Tarnside", town).replace("Elmford", other)
    assert _orgs(football, {town: ""}) == {town: f"{town} (football)"}
    assert _orgs(rugby, {town: ""}) == {town: f"{town} (rugby)"}


def test_a_report_of_no_sport_or_of_both_leaves_the_name_bare() -> None:
    assert article_sport("Newcastle council said the bridge would reopen on Monday.") is None
    assert article_sport(FOOTBALL + " " + RUGBY) is None
    assert article_sport(FOOTBALL) == "football" and article_sport(RUGBY) == "rugby"
    both = (FOOTBALL + " " + RUGBY).replace("Tarnside", "Newcastle")
    assert all("(" not in name for name in _orgs(both, {"Newcastle": ""}).values())


def test_a_club_with_a_fuller_name_in_its_report_keeps_it() -> None:
    text = FOOTBALL.replace("Tarnside striker", "Newcastle United striker").replace(
        "as Tarnside", "as Newcastle"
    )
    names = {m.name for m in extract_entities(text) if m.type == ORG}
    assert not any(name.endswith("(football)") for name in names if "Newcastle" in name)


RECORDS: list[dict[str, Any]] = [
    {"id": "f", "title": "Cup win", "body": FOOTBALL.replace("Tarnside", "Newcastle")},
    {"id": "r", "title": "League win", "body": RUGBY.replace("Tarnside", "Newcastle")},
]


@pytest.fixture(scope="module")
def sports_index(tmp_path_factory: pytest.TempPathFactory, engine: str) -> Path:
    """The two reports indexed by each engine in turn (the ``engine`` fixture)."""
    root = tmp_path_factory.mktemp(f"sports-{engine}")
    source = write_jsonl(root / "articles.jsonl", RECORDS)
    result = run_index(str(source), "--index", str(root / "index"), "--quiet", "--engine", engine)
    assert result.exit_code == 0, (result.output, result.exception)
    return root / "index"


def test_one_spelling_finds_both_clubs_and_the_facet_shows_them_apart(
    sports_index: Path,
) -> None:
    assert hit_ids(sports_index, "--org", "Newcastle") == {"f", "r"}
    facets = search_json(sports_index, "--facets")["facets"]["org"]
    names = {v["value"]: v["count"] for v in facets}
    assert names.get("Newcastle (football)") == 1 and names.get("Newcastle (rugby)") == 1
