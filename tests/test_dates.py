"""Dates: parse_period on its own, and --since/--until against a plain
Python filter over the records' dates."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

import pytest
from helpers import ARCHIVE_RECORDS, RawArticle, hit_ids, stored_documents

from index.extract.dates import DateValueError, parse_date_value, parse_period, stated_period


def period(value: str) -> tuple[date, date]:
    """Independent reading of YYYY, YYYY-MM, YYYY-MM-DD."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    day = date(*parts)
    return day, day


@pytest.mark.parametrize(
    "value", ["2019", "2020-02", "2019-02", "2019-08-20", "2020-2", "2020-02-29", "1999-12-31"]
)
def test_parse_period(value: str) -> None:
    assert parse_period(value) == period(value)


@pytest.mark.parametrize(
    "value", ["2019-13", "2019-02-30", "2019-00", "19", "2019/08", "August 2019", "", "2019-08-20x"]
)
def test_parse_period_rejects_invalid_values(value: str) -> None:
    with pytest.raises(DateValueError):
        parse_period(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-08-20", date(2019, 8, 20)),
        ("2019-08-20T23:30:00Z", date(2019, 8, 20)),
        ("20 August 2019", date(2019, 8, 20)),
        ("Aug. 20, 2019", date(2019, 8, 20)),
    ],
)
def test_parse_date_value(value: str, expected: date) -> None:
    assert parse_date_value(value) == expected


@pytest.mark.parametrize("value", ["", "August 20", "not a date"])
def test_parse_date_value_rejects_values_without_a_date(value: str) -> None:
    with pytest.raises(DateValueError):
        parse_date_value(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1987", (date(1987, 1, 1), date(1987, 12, 31))),
        ("1988-02", (date(1988, 2, 1), date(1988, 2, 29))),
        ("February 1987", (date(1987, 2, 1), date(1987, 2, 28))),
        ("2019-08-20", None),
        ("2019-08-20T23:30:00Z", None),
        ("Aug. 20, 2019", None),
        ("20 August 2019", None),
    ],
)
def test_stated_period_is_the_year_or_month_of_a_value_without_a_day(
    value: str, expected: tuple[date, date] | None
) -> None:
    assert stated_period(value) == expected


def records_between(since: str | None, until: str | None) -> set[str]:
    first = period(since)[0] if since else date.min
    last = period(until)[1] if until else date.max
    return {
        r["id"]
        for r in ARCHIVE_RECORDS
        if r["date"] and first <= date.fromisoformat(r["date"]) <= last
    }


def stored_between(index_dir: Path, since: str | None, until: str | None) -> set[str]:
    first = period(since)[0] if since else date.min
    last = period(until)[1] if until else date.max
    return {
        doc["id"]
        for doc in stored_documents(index_dir)
        if doc.get("published") and first <= date.fromisoformat(doc["published"]) <= last
    }


@pytest.mark.parametrize(
    ("since", "until"),
    [
        ("2020", None),
        (None, "2019"),
        ("2019-08", "2019-08"),
        ("2019-09-01", None),
        (None, "2019-08-31"),
        ("2020-01", "2020-02"),
        ("2020-02-29", "2020-02-29"),
        ("2019-12-31", "2020-01-01"),
        ("2022", None),
    ],
)
def test_since_until_equal_a_python_filter(
    archive_index: Path, since: str | None, until: str | None
) -> None:
    argv = [*(["--since", since] if since else []), *(["--until", until] if until else [])]
    found = hit_ids(archive_index, *argv)
    assert found == records_between(since, until)
    assert found == stored_between(archive_index, since, until)


def test_date_filter_combines_with_a_query(archive_index: Path) -> None:
    expected = {i for i in records_between("2020", None) if i.startswith("wire-")}
    assert hit_ids(archive_index, "ceasefire", "--since", "2020") == expected


@pytest.mark.parametrize(
    ("since", "until"), [("2020", None), (None, "2019"), ("2020-01", "2020-01")]
)
def test_since_until_on_the_seeds(
    seed_index: Path, raw_seeds: dict[str, RawArticle], since: str | None, until: str | None
) -> None:
    argv = [*(["--since", since] if since else []), *(["--until", until] if until else [])]
    found = hit_ids(seed_index, *argv)
    assert found == stored_between(seed_index, since, until)
    # Every marker date is a stated publication date, so it filters too.
    first = period(since)[0] if since else date.min
    last = period(until)[1] if until else date.max
    marked = {i for i, a in raw_seeds.items() if a.published and first <= a.published <= last}
    assert marked <= found
