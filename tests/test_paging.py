"""Issue 15 item 2: --sort relevance|date|-date and --offset/--page, in text
and JSON, with reprints folded across pages (a page is results offset+1 to
offset+limit of one folded list)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from editor_archive import RECORDS
from helpers import assert_clean_error, run_search, search_json

ORDERS = ("relevance", "date", "-date")
DATES = {r["id"]: date.fromisoformat(r["date"]) if "date" in r else None for r in RECORDS}


def every_page(index_dir: Path, *args: str, size: int, by_page: bool = False) -> list[Any]:
    """The hits of every page of `size` results, read page after page."""
    pages: list[Any] = []
    number = 1
    while True:
        where = ("--page", str(number)) if by_page else ("--offset", str((number - 1) * size))
        data = search_json(index_dir, *args, "--limit", str(size), *where)
        assert data["offset"] == (number - 1) * size
        assert data["shown"] == len(data["hits"])
        if not data["hits"]:
            assert data["next_offset"] is None
            return pages
        pages.append(data["hits"])
        expected_next = data["offset"] + data["shown"]
        if data["next_offset"] is None:
            return pages
        assert data["next_offset"] == expected_next
        number += 1


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("by_page", [False, True])
def test_pages_neither_overlap_nor_leave_out_nor_bring_back_folded_copies(
    editor_index: Path, order: str, by_page: bool
) -> None:
    one = search_json(editor_index, "Baker", "--sort", order, "--limit", "100")
    whole = [hit["id"] for hit in one["hits"]]
    folded = {r["id"] for hit in one["hits"] for r in hit["reprints"]}
    assert folded, "the archive has a reprint: ed-05 of ed-04"
    pages = every_page(editor_index, "Baker", "--sort", order, size=2, by_page=by_page)
    paged = [hit["id"] for page in pages for hit in page]
    assert paged == whole
    assert not folded & set(paged)
    assert len(set(paged)) + len(folded) == one["total"]
    assert all(len(page) == 2 for page in pages[:-1])


def dates_of(hits: list[Any]) -> list[date | None]:
    return [DATES[hit["id"]] for hit in hits]


@pytest.mark.parametrize("order", ["date", "-date"])
def test_date_orders_run_in_order_with_undated_articles_last(
    editor_index: Path, order: str
) -> None:
    data = search_json(editor_index, "Baker", "--sort", order, "--limit", "100", "--all-copies")
    found = dates_of(data["hits"])
    assert None in found and found[-1] is None, "ed-06 states no date"
    dated = [d for d in found if d is not None]
    assert found == dated + [None] * (len(found) - len(dated))
    assert dated == sorted(dated, reverse=order == "-date")
    assert len(set(dated)) > 2
    assert data["sort"] == order


def test_newest_first_places_a_folded_result_by_its_first_printing(editor_index: Path) -> None:
    """ed-05 reprints ed-04 a day later: newest first, the result is ed-04,
    placed by ed-04's date, so the page's dates still run newest first."""
    data = search_json(editor_index, "Baker", "--sort", "-date", "--limit", "100")
    ids = [hit["id"] for hit in data["hits"]]
    assert "ed-04" in ids and "ed-05" not in ids
    shown = [d for d in dates_of(data["hits"]) if d is not None]
    assert shown == sorted(shown, reverse=True)


def test_relevance_pages_match_the_first_page_of_a_longer_limit(editor_index: Path) -> None:
    long = search_json(editor_index, "oil", "--limit", "4")
    first = search_json(editor_index, "oil", "--limit", "2")
    second = search_json(editor_index, "oil", "--limit", "2", "--offset", "2")
    assert [h["id"] for h in first["hits"] + second["hits"]] == [h["id"] for h in long["hits"]]
    assert [h["score"] for h in long["hits"]] == sorted(
        (h["score"] for h in long["hits"]), reverse=True
    )


def test_text_says_where_the_page_is(editor_index: Path) -> None:
    args = ("Baker", "--sort", "-date", "--limit", "2", "--offset", "2", "--color", "never")
    result = run_search(editor_index, *args)
    assert result.exit_code == 0, result.output
    total = search_json(editor_index, "Baker")["total"]
    assert f"{total} articles match; showing results 3-4 by date, newest first" in result.stdout
    assert "(--offset 4 for the next page)" in result.stdout
    numbers = [line.split(".")[0] for line in result.stdout.splitlines() if line[:1].isdigit()]
    assert numbers[:2] == ["3", "4"]


def test_the_last_page_and_a_page_past_the_end_say_so(editor_index: Path) -> None:
    data = search_json(editor_index, "oil", "--limit", "100")
    n = len(data["hits"])
    last = run_search(editor_index, "oil", "--offset", str(n - 1), "--color", "never")
    assert f"showing results {n}-{n}" in last.stdout and ", the last" in last.stdout
    past = run_search(editor_index, "oil", "--offset", str(n + 5), "--color", "never")
    assert past.exit_code == 0
    assert f"none from result {n + 6} on" in past.stdout


@pytest.mark.parametrize(
    "args, needle",
    [
        (("oil", "--offset", "2", "--page", "2"), "--offset and --page"),
        (("--show", "ed-01", "--sort", "date"), "--sort"),
        (("oil", "--facets", "--offset", "3"), "--offset"),
        (("oil", "--format", "csv", "--json"), "--format and --json"),
        (("--quote", "dollar fall", "--sort", "-date"), "--sort"),
        (("oil", "--sort", "newest"), "--sort"),
        (("oil", "--offset", "-1"), "--offset"),
        (("oil", "--page", "0"), "--page"),
        (("--quote", "dollar fall", "--facet-size", "9"), "--facet-size"),
        (("--show", "ed-01", "--facet-size", "9"), "--facet-size"),
    ],
)
def test_paging_options_the_mode_cannot_use_are_usage_errors(
    editor_index: Path, args: tuple[str, ...], needle: str
) -> None:
    assert_clean_error(run_search(editor_index, *args), 2, needle)
