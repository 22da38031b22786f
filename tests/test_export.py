"""search-entities: JSON Lines in, one JSON line of entities with exact offsets out."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from index.extract.export import export_entities
from search.cli import entities_command

TEXTS = [
    {"id": 1, "text": "Clashes broke out in Tripoli, Lebanon, on Monday."},
    # Accents, a non-BMP emoji and a line break before the names: offsets count code points.
    {"id": "b", "text": "Café 😀 report:\nPresident Recep Tayyip Erdoğan spoke in Ankara."},
    {"id": None, "text": ""},
]


def run_export(stdin: str, *args: str) -> Result:
    return CliRunner().invoke(
        entities_command, list(args), input=stdin, prog_name="search-entities"
    )


def lines_of(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def test_one_line_out_per_line_in_with_exact_offsets() -> None:
    result = run_export(lines_of(TEXTS))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, "b", None]
    for record, found in zip(TEXTS, out, strict=True):
        assert set(found) == {"id", "entities"}
        for entity in found["entities"]:
            assert record["text"][entity["start"] : entity["end"]] == entity["text"]
            assert entity["type"] in ("PLACE", "PERSON", "ORG")
    assert out[2]["entities"] == []


def test_entities_carry_canonical_names_and_countries() -> None:
    (first, second, _empty) = export_entities(lines_of(TEXTS).splitlines())
    places = {e["text"]: e for e in first["entities"] if e["type"] == "PLACE"}
    assert places["Tripoli"]["country"] == "LB" and places["Lebanon"]["name"] == "Lebanon"
    people = [e for e in second["entities"] if e["type"] == "PERSON"]
    start = TEXTS[1]["text"].index("Recep")  # 25 code points; 26 UTF-16 units, 28 bytes
    assert [(e["text"], e["start"]) for e in people] == [("Recep Tayyip Erdoğan", start)]
    assert "country" not in people[0]


def test_alias_file_gives_the_canonical_name(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.toml"
    aliases.write_text(
        '[[entity]]\ntype = "person"\nname = "Recep Tayyip Erdogan"\n'
        'aliases = ["Tayyip Erdoğan"]\n',
        encoding="utf-8",
    )
    stdin = lines_of([{"id": 1, "text": "President Tayyip Erdogan spoke in Ankara."}])
    result = run_export(stdin, "--aliases", str(aliases))
    assert result.exit_code == 0, result.output
    (person,) = [e for e in json.loads(result.stdout)["entities"] if e["type"] == "PERSON"]
    assert person["name"] == "Recep Tayyip Erdogan"


def test_bad_lines_give_error_lines_and_exit_6() -> None:
    stdin = "\n".join(
        [
            json.dumps(TEXTS[0]),
            "not json",
            "",  # blank lines are skipped
            json.dumps({"id": 7}),
            "[1, 2]",
            json.dumps({"id": 8, "text": 5}),
            json.dumps(TEXTS[1]),
        ]
    )
    result = run_export(stdin + "\n")
    assert result.exit_code == 6, result.output
    assert "Traceback" not in result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 6
    errors = [(o["id"], o["line"], o["error"].split(":")[0]) for o in out if "error" in o]
    assert errors == [(None, 2, "line 2"), (7, 4, "line 4"), (None, 5, "line 5"), (8, 6, "line 6")]
    assert out[0]["id"] == 1 and out[-1]["id"] == "b" and out[-1]["entities"]


def test_undecodable_bytes_are_an_error_line() -> None:
    (found,) = export_entities([b'{"id": 1, "text": "\xff"}\n'])
    assert found["line"] == 1 and "UTF-8" in found["error"]


def test_bad_alias_file_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[[entity]\n", encoding="utf-8")
    result = run_export("", "--aliases", str(bad))
    assert result.exit_code == 2
    assert "bad.toml, line 1" in result.stderr and result.stdout == ""


def test_readme_example_is_real() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    found = re.search(
        r"^\$ echo '(?P<line>[^']*)' \| search-entities\n(?P<out>[^\n]*)\n", readme, re.M
    )
    assert found, "README has no search-entities example"
    result = run_export(found.group("line") + "\n")
    assert result.exit_code == 0
    assert result.stdout == found.group("out") + "\n"
