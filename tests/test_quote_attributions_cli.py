"""A quotation credited to a group or a description is shown as such, never as a
person: in the index (an oracle over every stored quotation of the seeds), in
--quote's JSON, CSV and terminal output, and in the speaker facet."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from helpers import assert_clean_error, live_generation, run_search, search_json

from index.engines import ENGINE_FILE
from index.extract.attributions import is_person_name
from index.records import ATTRIBUTION_KINDS, GROUP, Attribution
from index.store.schema import SCHEMA_VERSION
from search.quotes import QuoteHit


def _quotes(seed_documents: dict[str, dict[str, Any]]) -> list[tuple[str, list[Any]]]:
    return [(doc_id, row) for doc_id, doc in seed_documents.items() for row in doc["quotes"]]


def _attributed(seed_documents: dict[str, dict[str, Any]]) -> tuple[str, list[Any]]:
    """A stored quotation of four words or more credited to a group or description."""
    found = [
        (doc_id, row)
        for doc_id, row in _quotes(seed_documents)
        if row[7] is not None and len(row[2].split()) >= 4
    ]
    if not found:
        pytest.skip("no seed quotation is credited to a group or a description")
    return found[0]


def test_no_stored_speaker_is_a_group_or_a_description(
    seed_documents: dict[str, dict[str, Any]],
) -> None:
    quotes = _quotes(seed_documents)
    assert any(row[7] is not None for _, row in quotes)  # the oracle has something to check
    for doc_id, row in quotes:
        speaker, speaker_id, attribution = row[3], row[4], row[7]
        assert speaker is None or attribution is None, (doc_id, row)
        if speaker is not None:
            assert speaker_id is not None or is_person_name(speaker), (doc_id, row)
        if attribution is not None:
            assert attribution[1] in ATTRIBUTION_KINDS and attribution[0], (doc_id, row)


def _hit(quotes: list[dict[str, Any]], doc_id: str, start: int) -> dict[str, Any]:
    return next(q for q in quotes if q["id"] == doc_id and q["start"] == start)


def test_json_gives_the_attribution_apart_from_the_speaker(
    seed_index: Path, seed_documents: dict[str, dict[str, Any]]
) -> None:
    doc_id, row = _attributed(seed_documents)
    data = search_json(seed_index, "--quote", row[2], "--all-copies")
    hit = _hit(data["quotes"], doc_id, row[0])
    assert hit["speaker"] is None
    assert hit["attribution"] == {"text": row[7][0], "kind": row[7][1]}
    assert row[7][0] not in [v["value"] for v in data["speakers"]]
    named = [q for q in data["quotes"] if q["speaker"]]
    assert all(q["attribution"] is None for q in named)


def test_csv_has_attribution_columns(
    seed_index: Path, seed_documents: dict[str, dict[str, Any]]
) -> None:
    doc_id, row = _attributed(seed_documents)
    result = run_search(seed_index, "--quote", row[2], "--all-copies", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"))))
    mine = next(r for r in rows if r["id"] == doc_id and r["quotation"] == row[2])
    assert (mine["speaker"], mine["attribution"], mine["attribution_kind"]) == (
        "",
        row[7][0],
        row[7][1],
    )


def test_terminal_marks_an_attribution_as_no_person(
    seed_index: Path, seed_documents: dict[str, dict[str, Any]]
) -> None:
    doc_id, row = _attributed(seed_documents)
    result = run_search(seed_index, "--quote", row[2], "--all-copies")
    assert result.exit_code == 0, result.output
    assert f"— according to {row[7][0]} (" in result.stdout
    assert f"— {row[7][0]}  " not in result.stdout


def test_speaker_facet_counts_persons_only(
    seed_index: Path, seed_documents: dict[str, dict[str, Any]]
) -> None:
    described = {row[7][0] for _, row in _quotes(seed_documents) if row[7]}
    facet = search_json(seed_index, "--facets", "--facet-size", "50")["facets"]["speaker"]
    assert facet and all(value["id"] for value in facet)
    assert not described & {value["value"] for value in facet}


def test_an_index_of_the_format_before_attributions_is_refused(
    seed_index: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    shutil.copytree(seed_index, index_dir)
    record = live_generation(index_dir) / ENGINE_FILE
    data = json.loads(record.read_text("utf-8"))
    record.write_text(json.dumps({**data, "format": SCHEMA_VERSION - 1}), "utf-8")
    result = run_search(index_dir, "--quote", "completely destroyed", "--json")
    assert_clean_error(result, 3, "another version", "--rebuild")


def _rendered(hit: QuoteHit) -> str:
    from rich.console import Console

    from search.render_quotes import render_quote
    from search.render_terminal import RichWriter

    file = io.StringIO()
    console = Console(file=file, width=100, force_terminal=True, color_system="standard")
    render_quote(RichWriter(console), hit, (), 3)
    return file.getvalue()


def _made(speaker: str | None, attribution: Attribution | None) -> QuoteHit:
    return QuoteHit(
        "a1", "Title", None, "", "We will not pay.", 0, 16, speaker, "said", False, 1.0, (),
        attribution=attribution,
    )  # fmt: skip


def test_terminal_styles_the_credit_with_spans_never_markup() -> None:
    group = _rendered(_made(None, Attribution("[bold]the ministry[/bold]", GROUP)))
    assert "— according to [bold]the ministry[/bold] (group)" in group  # printed as written
    assert "\x1b[2m— according to" in group  # dimmed
    person = _rendered(_made("Anna Berg", None))
    assert "\x1b[1m— Anna Berg" in person  # bold
