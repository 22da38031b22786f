"""Issue 15 item 5: --speaker NAME --quotes lists every quotation of that
person (not each article's lead), oldest or newest first, each with its
article, date and reprints; with a query, --since/--until and --format."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from helpers import assert_clean_error, run_search, search_json, stored_documents

BAKER = ("--speaker", "James Baker", "--quotes")


def quotations_of(index_dir: Path, name: str) -> list[dict[str, Any]]:
    """Every quotation the index stores for the person named name, however the
    article attributes it (oracle: the stored records, read through the engine
    seam; the person is the id of a quotation attributed to the full name)."""
    docs = stored_documents(index_dir)
    quotes = [(doc, quote) for doc in docs for quote in doc["quotes"]]
    person = next(quote[4] for _doc, quote in quotes if quote[3] == name and quote[4])
    return [
        {"id": doc["id"], "text": quote[2], "start": quote[0], "date": doc["published"]}
        for doc, quote in quotes
        if quote[4] == person
    ]


def listing(index_dir: Path, *args: str) -> dict[str, Any]:
    return search_json(index_dir, *BAKER, "--limit", "100", *args)


def test_every_quotation_is_listed_once_with_copies_folded(editor_index: Path) -> None:
    data = listing(editor_index)
    oracle = quotations_of(editor_index, "James Baker")
    shown = {(q["id"], q["text"]) for q in data["quotes"]}
    folded = {(r["id"], q["text"]) for q in data["quotes"] for r in q["reprints"]}
    assert shown | folded == {(q["id"], q["text"]) for q in oracle}
    assert not shown & folded
    assert data["total"] == len(data["quotes"]) == len(oracle) - len(folded)
    assert len(oracle) > data["articles"], "one article quotes him twice: all are listed"
    trade = next(q for q in data["quotes"] if q["text"].startswith("Trade deficits"))
    assert (trade["id"], [r["id"] for r in trade["reprints"]]) == ("ed-04", ["ed-05"])
    assert {q["speaker"] for q in data["quotes"]} == {"James Baker"}
    assert {q["attribution"] for q in data["quotes"]} == {None}  # a person's, never a group's


def test_all_copies_lists_every_printing(editor_index: Path) -> None:
    data = listing(editor_index, "--all-copies")
    assert data["total"] == len(quotations_of(editor_index, "James Baker"))


@pytest.mark.parametrize("order", ["date", "-date"])
def test_quotations_run_in_date_order_undated_last(editor_index: Path, order: str) -> None:
    data = listing(editor_index, "--sort", order)
    dates = [q["date"] for q in data["quotes"]]
    assert dates[-1] is None, "ed-06 states no date"
    dated = [d for d in dates if d]
    assert dates == dated + [None] * (len(dates) - len(dated))
    assert dated == sorted(dated, reverse=order == "-date")
    same = [q["start"] for q in data["quotes"] if q["id"] == "ed-03"]
    assert same == sorted(same), "one article's quotations in the order of its text"


def test_oldest_first_is_the_default(editor_index: Path) -> None:
    assert listing(editor_index)["quotes"] == listing(editor_index, "--sort", "date")["quotes"]


def test_pages_of_quotations(editor_index: Path) -> None:
    whole = listing(editor_index, "--sort", "-date")["quotes"]
    pages = [
        search_json(editor_index, *BAKER, "--sort", "-date", "--limit", "2", "--page", str(n))
        for n in (1, 2, 3, 4)
    ]
    assert [q for page in pages for q in page["quotes"]] == whole
    assert pages[0]["next_offset"] == 2 and pages[-1]["next_offset"] is None


def test_with_a_query_and_dates(editor_index: Path) -> None:
    trade = listing(editor_index, "trade")
    assert {q["id"] for q in trade["quotes"]} == {"ed-04", "ed-06"}
    dated = listing(editor_index, "--since", "1987-02", "--until", "1987-03")
    assert {q["id"] for q in dated["quotes"]} == {"ed-02", "ed-03"}
    assert len(dated["quotes"]) == 3


def test_text_lists_each_quotation_with_its_article_date_and_reprints(
    editor_index: Path,
) -> None:
    result = run_search(editor_index, *BAKER, "--sort", "-date", "--color", "never")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("Trade deficits") < out.index("Interest rates") < out.index("Nobody wants")
    assert "1987-04-20 · Reuters · ed-04" in out
    assert "also in 1 article: 1987-04-21 · Associated Press · ed-05" in out
    assert "6 quotations of James Baker in 6 matching articles" in out


def test_csv_of_a_speakers_quotations(editor_index: Path) -> None:
    result = run_search(editor_index, *BAKER, "--format", "csv", "--since", "1987-04")
    rows = list(csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"))))
    assert [(r["id"], r["reprint_count"], r["reprints"]) for r in rows] == [("ed-04", "1", "ed-05")]
    assert rows[0]["date"] == "1987-04-20" and rows[0]["date_source"] == "field"
    assert (rows[0]["speaker"], rows[0]["attribution"], rows[0]["attribution_kind"]) == (
        "James Baker",
        "",
        "",
    )


def test_another_speaker_lists_only_their_quotations(seed_index: Path) -> None:
    oracle = quotations_of(seed_index, "Rami Abdulrahman")
    assert oracle
    data = search_json(seed_index, "--speaker", "Rami Abdulrahman", "--quotes", "--all-copies")
    assert sorted(q["text"] for q in data["quotes"]) == sorted(q["text"] for q in oracle)


@pytest.mark.parametrize(
    "args, needle",
    [
        (("--quotes",), "--speaker"),
        (("oil", "--quotes"), "--speaker"),
        (("--quote", ""), "--quote"),
        (("--quote", "   "), "--quote"),
        (("--speaker", "James Baker", "--quotes", "--quote", "dollar"), "--quote"),
    ],
)
def test_quotation_usage_errors(editor_index: Path, args: tuple[str, ...], needle: str) -> None:
    assert_clean_error(run_search(editor_index, *args), 2, needle)
