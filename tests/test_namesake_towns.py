"""Towns of one country that share a name are told apart by the state written after them
(index.extract.namesake_towns). All text here is written for these tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import hit_ids, run_index, search_json, write_jsonl

from index.extract.entities import extract_entities
from index.extract.namesake_towns import region_code, town_regions
from index.names import name_key
from index.records import PLACE

PORTLAND = f"{name_key('Portland')}@US"
PORTLAND_ME = f"{name_key('Portland')}~me@US"


def _read(text: str, surface: str) -> list[tuple[str, str]]:
    found = [(m.entity_id, m.name) for m in extract_entities(text) if m.type == PLACE]
    named = [(m.entity_id, m.name) for m in extract_entities(text) if m.text == surface]
    assert named, f"{surface!r} not read in {text!r}: {found}"
    return named


def test_a_namesake_s_state_makes_it_that_town_with_its_own_id() -> None:
    text = "PORTLAND, Maine, March 3 - Shipbuilders in Portland said orders rose."
    assert _read(text, "PORTLAND") == [(PORTLAND_ME, "Portland (Maine)")]
    assert _read(text, "Portland") == [(PORTLAND_ME, "Portland (Maine)")]


def test_the_town_the_name_means_first_keeps_its_id() -> None:
    text = "The plant in Portland, Oregon, will close; Portland officials agreed."
    assert {i for i, _name in _read(text, "Portland")} == {PORTLAND}


def test_two_namesakes_in_one_article_each_keep_their_state_and_bare_ones_stay() -> None:
    text = "Offices in Springfield, Ill., and Springfield, Mass., opened. Springfield grew."
    ids = [i for i, _name in _read(text, "Springfield")]
    key = name_key("Springfield")
    assert ids == [f"{key}~il@US", f"{key}~ma@US", f"{key}@US"]


@pytest.mark.parametrize(
    ("written", "code"),
    [("Maine", "ME"), ("ME", "ME"), ("Calif.", "CA"), ("Mass. The", "MA"), ("Ontario", "ON")],
)
def test_the_state_after_a_town_is_read_in_any_of_its_forms(written: str, code: str) -> None:
    assert region_code(written) == code


def test_the_table_knows_both_portlands() -> None:
    regions = {code for (cc, name, _pop), code in town_regions().items() if name == "Portland"}
    assert {"OR", "ME"} <= regions


def test_facets_and_filters_tell_the_namesakes_apart(tmp_path: Path, engine: str) -> None:
    records = [
        {"id": "me", "title": "Yards", "body": "PORTLAND, Maine - The shipyard in Portland hired."},
        {"id": "or", "title": "Mill", "body": "The mill in Portland, Oregon, closed."},
    ]
    index_dir = tmp_path / "index"
    source = write_jsonl(tmp_path / "r.jsonl", records)
    result = run_index(str(source), "--index", str(index_dir), "-q", "--engine", engine)
    assert result.exit_code == 0, result.output
    assert hit_ids(index_dir, "--place", "Portland") == {"me", "or"}
    assert hit_ids(index_dir, "--place", "Portland, Maine") == {"me"}
    shown = {v["id"]: v["value"] for v in search_json(index_dir, "--facets")["facets"]["place"]}
    assert shown[PORTLAND_ME] == "Portland (Maine)" and shown[PORTLAND] == "Portland"


def test_the_table_is_what_its_script_builds(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    cities = root.parent / "shared" / "gazetteer" / "cities500.txt.gz"
    if not cities.is_file():
        pytest.skip("needs ../shared/gazetteer/cities500.txt.gz beside the repository")
    out = tmp_path / "town_regions.tsv"
    script = root / "scripts" / "build_town_regions.py"
    subprocess.run([sys.executable, str(script), "--out", str(out)], check=True)
    assert out.read_text() == (root / "index" / "data" / "town_regions.tsv").read_text()
