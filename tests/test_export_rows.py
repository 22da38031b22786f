"""Issue 15 item 3: --format csv|tsv|jsonl, one row per result with the
columns the README names, streamed, readable by a spreadsheet (formula cells
neutralised), the same results as --json."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import run_search, search_json

from search.export import HIT_COLUMNS, QUOTE_COLUMNS, cell, write_rows

COLUMNS = [
    "id",
    "date",
    "date_source",
    "title",
    "source",
    "url",
    "score",
    "passage",
    "places",
    "people",
    "organisations",
    "reprints",
]


def export(index_dir: Path, form: str, *args: str) -> tuple[str, str]:
    result = run_search(index_dir, *args, "--format", form)
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout, result.stderr


def csv_rows(text: str, form: str) -> list[dict[str, str]]:
    if form == "csv":
        assert text.startswith("\ufeff"), "a byte-order mark, so Excel reads UTF-8"
        text = text.removeprefix("\ufeff")
        return list(csv.DictReader(io.StringIO(text)))
    lines = text.splitlines()
    header = lines[0].split("\t")
    assert all(len(line.split("\t")) == len(header) for line in lines), "no tab inside a cell"
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


@pytest.mark.parametrize("form", ["csv", "tsv"])
def test_spreadsheet_rows_are_the_json_results_in_order(editor_index: Path, form: str) -> None:
    args = ("Baker", "--sort", "date", "--limit", "100")
    out, err = export(editor_index, form, *args)
    assert err == ""
    rows = csv_rows(out, form)
    hits = search_json(editor_index, *args)["hits"]
    assert list(rows[0]) == COLUMNS
    assert [r["id"] for r in rows] == [h["id"] for h in hits]
    for row, hit in zip(rows, hits, strict=True):
        assert row["date"] == (hit["date"] or hit["estimated_date"] or "")
        assert row["date_source"] == (hit["date_source"] or "")
        assert row["title"] == hit["title"] and row["source"] == hit["source"]
        assert float(row["score"]) == hit["score"]
        assert row["passage"] == hit["passages"][0]["text"].replace("\t", " ")
        assert row["people"].split("; ") == hit["entities"].get("person", [])
        assert row["reprints"].split("; ") == [r["id"] for r in hit["reprints"]] or (
            row["reprints"] == "" and not hit["reprints"]
        )
    assert any(row["reprints"] == "ed-05" for row in rows)


def test_jsonl_is_one_object_per_result_with_lists(editor_index: Path) -> None:
    out, _ = export(editor_index, "jsonl", "oil", "--limit", "100")
    rows = [json.loads(line) for line in out.splitlines()]
    hits = search_json(editor_index, "oil", "--limit", "100")["hits"]
    assert [r["id"] for r in rows] == [h["id"] for h in hits]
    assert all(list(r) == COLUMNS for r in rows)
    assert all(isinstance(r["places"], list) and isinstance(r["reprints"], list) for r in rows)
    assert next(r for r in rows if r["id"] == "ed-07")["places"] == ["Kuwait"]


@pytest.mark.parametrize("form", ["csv", "tsv"])
def test_cells_a_spreadsheet_would_run_as_formulas_are_text(editor_index: Path, form: str) -> None:
    out, _ = export(editor_index, form, "oil", "--limit", "100")
    row = next(r for r in csv_rows(out, form) if r["id"] == "ed-10")
    assert row["title"] == '\'=HYPERLINK("http://example.invalid","oil")'
    assert row["source"] == "'+Wire"
    assert row["passage"].startswith("'-5 percent")
    for r in csv_rows(out, form):
        assert not any(value[:1] in "=+-@" for value in r.values() if value), r


def test_cell_neutralises_every_formula_start_and_terminal_controls() -> None:
    for start in "=+-@":
        assert cell(f"{start}1+1", "csv") == f"'{start}1+1"
    assert cell("\tx", "csv") == "'\tx"
    assert cell("a\x1b[31mb", "csv") == "a\ufffd[31mb"
    assert cell("a\tb\nc", "tsv") == "a b c"
    assert cell(-1.5, "csv") == "-1.5", "numbers stay numbers"
    assert cell(None, "csv") == "" and cell(["a", "b"], "csv") == "a; b"


def test_rows_are_written_as_they_come() -> None:
    """Each row is written before the next is asked for (a 10,000-row export
    holds no list of rows)."""
    written: list[str] = []
    asked: list[int] = []

    def rows() -> Iterator[dict[str, Any]]:
        for n in range(3):
            asked.append(len(written))
            yield {c: f"v{n}" for c in HIT_COLUMNS}

    assert write_rows(rows(), HIT_COLUMNS, "csv", written.append) == 3
    assert asked == [1, 2, 3], "the header, then one row written before each next row"
    assert len(written) == 4


def test_an_export_that_stops_before_the_last_result_says_how_to_go_on(
    editor_index: Path,
) -> None:
    total = search_json(editor_index, "oil")["total"]
    out, err = export(editor_index, "csv", "oil", "--limit", "2")
    assert len(csv_rows(out, "csv")) == 2
    assert f"wrote results 1-2 of {total}" in err and "--offset 2" in err
    rest, err = export(editor_index, "csv", "oil", "--limit", "2", "--offset", "2")
    assert len(csv_rows(rest, "csv")) == total - 2
    assert err == ""


def test_quotation_exports_have_their_own_columns(editor_index: Path) -> None:
    out, _ = export(editor_index, "csv", "--speaker", "James Baker", "--quotes")
    rows = csv_rows(out, "csv")
    assert list(rows[0]) == list(QUOTE_COLUMNS)
    assert {r["speaker"] for r in rows} == {"James Baker"}
    assert all(r["closeness"] == "" for r in rows), "nothing typed to be close to"
    out, _ = export(editor_index, "jsonl", "--quote", "the dollar will not fall further")
    found = [json.loads(line) for line in out.splitlines()]
    assert found[0]["id"] == "ed-01" and 0 < found[0]["closeness"] <= 1
