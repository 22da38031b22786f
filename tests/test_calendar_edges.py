"""Dates at the ends of the calendar (years 1 and 9999) are dates like any other:
a relative date that would fall outside it is left out, never an error; a
--mentions range reaching either end is a range like any other."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import Result
from helpers import hit_ids, run_index, run_search
from hypothesis import given
from hypothesis import strategies as st

from index.extract.mentions import extract_dates
from index.periods import contained_numbers

FIRST, LAST = date.min, date.max  # 0001-01-01 and 9999-12-31

RELATIVE = (
    "yesterday today tomorrow. Today Yesterday. on Monday, last Tuesday, next Sunday, "
    "this Friday, will meet on Saturday, in January, last December, next January, "
    "by March, early this month, last month, next month, this year, last year, "
    "next year, two days ago, 999 days ago, 12 weeks ago, 999 months ago, "
    "999 years ago, Jan. 12, 31 December, in February next year, in May last year."
)


@pytest.mark.parametrize("published", [FIRST, LAST, FIRST + timedelta(days=3), LAST.replace(day=1)])
def test_relative_dates_outside_the_calendar_are_left_out(published: date) -> None:
    mentions = extract_dates(RELATIVE, published)
    for mention in mentions:
        assert RELATIVE[mention.start : mention.end] == mention.text
    inside = {m.text for m in mentions}
    if published == LAST:
        assert {"yesterday", "today", "two days ago"} <= inside
        assert "tomorrow" not in inside and "next year" not in inside
    if published == FIRST:
        assert {"today", "tomorrow", "next year"} <= inside
        assert "yesterday" not in inside and "last year" not in inside


@given(st.dates(), st.lists(st.sampled_from(RELATIVE.split()), max_size=12))
def test_no_publication_date_makes_extraction_raise(published: date, words: list[str]) -> None:
    text = " ".join(words)
    for mention in extract_dates(text, published):
        assert text[mention.start : mention.end] == mention.text


def _oracle_numbers(first: date, last: date) -> dict[str, tuple[int, int]]:
    """The whole months and years inside [first, last], by walking them one by one."""
    months, years = [], []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        start = date(year, month, 1)
        if (year, month) == (LAST.year, LAST.month):
            month_last = LAST
        else:
            following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
            month_last = following - timedelta(days=1)
        if first <= start and month_last <= last:
            months.append(year * 100 + month)
        if month == 12 and first <= date(year, 1, 1) and date(year, 12, 31) <= last:
            years.append(year)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    day = (
        first.year * 10000 + first.month * 100 + first.day,
        last.year * 10000 + last.month * 100 + last.day,
    )
    terms = {"day": day}
    if months:
        terms["month"] = (months[0], months[-1])
    if years:
        terms["year"] = (years[0], years[-1])
    return terms


# Pairs of dates a few years apart: at each end of the calendar, and in between.
REGIONS = [
    (FIRST, date(4, 12, 31)),
    (date(9996, 1, 1), LAST),
    (date(1998, 1, 1), date(2002, 12, 31)),
]
date_pairs = st.sampled_from(REGIONS).flatmap(lambda r: st.tuples(st.dates(*r), st.dates(*r)))


@given(date_pairs)
def test_contained_numbers_match_whole_months_and_years_walked_one_by_one(
    pair: tuple[date, date],
) -> None:
    first, last = sorted(pair)
    assert contained_numbers(first, last) == _oracle_numbers(first, last)


@pytest.fixture(scope="module", params=["tantivy", "whoosh"])
def edge_run(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> tuple[Path, Result]:
    """Articles dated on the first and last days of the calendar, indexed by
    each engine (tantivy's own dates end at 1677 and 2262)."""
    folder = tmp_path_factory.mktemp("edges")
    records = [
        {"id": "last", "title": "x", "body": "Talks resume tomorrow.", "date": "9999-12-31"},
        {"id": "first", "title": "y", "body": "Talks ended yesterday.", "date": "0001-01-01"},
        {"id": "late", "title": "z", "body": "Talks ended yesterday.", "date": "9999-12-31"},
        {
            "id": "plain",
            "title": "w",
            "body": "Talks began on Aug. 20, 2019.",
            "date": "2019-08-21",
        },
    ]
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    marker = folder / "marker.txt"
    marker.write_text("date 9999-12-31\nMarker\n\nTalks resume next year, and tomorrow.", "utf-8")
    index_dir = folder / "index"
    engine = ("--engine", request.param)
    return index_dir, run_index(str(feed), str(marker), "--index", str(index_dir), *engine)


def test_records_dated_at_the_ends_of_the_calendar_are_indexed(
    edge_run: tuple[Path, Result],
) -> None:
    index_dir, result = edge_run
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().startswith("Indexed 5 articles"), result.stderr
    assert hit_ids(index_dir, "talks") == {"last", "first", "late", "plain", "marker.txt"}


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        ("9999", {"late"}),
        ("9999-12", {"late"}),
        ("9999-12-30", {"late"}),
        ("9999-12-31", set()),
        ("0001-01-01", set()),
        ("0001", set()),
        ("1987-02..9999", {"late", "plain"}),
        ("0001..9999", {"late", "plain"}),
        ("0001-01-01..2019-08-20", {"plain"}),
    ],
)
def test_mentions_ranges_reaching_the_ends_of_the_calendar(
    edge_run: tuple[Path, Result], mentions: str, expected: set[str]
) -> None:
    index_dir, _result = edge_run
    result = run_search(index_dir, "--mentions", mentions, "--json", "--limit", "100")
    assert result.exit_code == 0, result.output
    assert {hit["id"] for hit in json.loads(result.stdout)["hits"]} == expected


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        ("0001", "1000", {"first"}),
        ("9000", "9999", {"last", "late", "marker.txt"}),
        ("2019", "2019", {"plain"}),
    ],
)
def test_publication_dates_at_the_ends_of_the_calendar_filter(
    edge_run: tuple[Path, Result], since: str, until: str, expected: set[str]
) -> None:
    index_dir, _result = edge_run
    result = run_search(index_dir, "talks", "--since", since, "--until", until, "--json")
    assert result.exit_code == 0, result.output
    assert {hit["id"] for hit in json.loads(result.stdout)["hits"]} == expected
