"""Dates through the command line: where publication dates come from, undated
articles never lost silently, --mentions, --include-estimated, the histogram."""

from __future__ import annotations

import json
import os
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from helpers import assert_clean_error, hit_ids, run_index, run_search, search_json

RECORDS = [
    {
        "id": "field",
        "date": "2020-01-27",
        "title": "Ceasefire holds",
        "body": "The ceasefire agreed on Jan. 12 held on Monday, officials said.",
    },
    {
        "id": "stated",
        "title": "Harvest report",
        "body": "Published 20 August 2019\n\nThe harvest was late this year, farmers said.",
    },
    {
        "id": "estimated",
        "title": "Floods recede",
        "body": "Waters that rose on March 3, 2018 receded, and the ceasefire talks resumed.",
    },
    {
        "id": "bare",
        "title": "Old treaty",
        "body": "The treaty was signed in 2015 and the ceasefire ended it.",
    },
    {
        "id": "old",
        "date": "2012-05-02",
        "title": "Elections called",
        "body": "Elections were called for September 2012.",
    },
]


@pytest.fixture(scope="module")
def dated_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dates")
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    index_dir = folder / "index"
    assert run_index(str(feed), "--index", str(index_dir), "-q").exit_code == 0
    return index_dir


def hits_by_id(index_dir: Path, *argv: str) -> dict[str, dict[str, Any]]:
    data = search_json(index_dir, *argv, "--limit", "100")
    return {hit["id"]: hit for hit in data["hits"]}


def test_publication_date_sources(dated_index: Path) -> None:
    hits = hits_by_id(dated_index, "--facets")
    assert (hits["field"]["date"], hits["field"]["date_source"]) == ("2020-01-27", "field")
    assert (hits["stated"]["date"], hits["stated"]["date_source"]) == ("2019-08-20", "text")
    assert hits["estimated"]["date"] is None
    assert (hits["estimated"]["estimated_date"], hits["estimated"]["date_source"]) == (
        "2018-03-03",
        "estimate",
    )
    assert hits["bare"]["date"] is None and hits["bare"]["estimated_date"] is None


def test_date_filter_says_how_many_undated_articles_it_left_out(dated_index: Path) -> None:
    data = search_json(dated_index, "ceasefire", "--since", "2018")
    assert {hit["id"] for hit in data["hits"]} == {"field"}
    assert data["undated_excluded"] == 2  # "estimated" and "bare"
    text = run_search(dated_index, "ceasefire", "--since", "2018").stdout
    assert "left out 2 matching articles with no stated date" in text
    assert "1 with an estimated date: add --include-estimated" in text


def test_a_dated_match_is_never_counted_as_undated(dated_index: Path) -> None:
    # Whoosh's AndNot once kept a query's first match whatever its date, when
    # an earlier document had a date too: "old" was counted as undated.
    data = search_json(dated_index, "elections", "--since", "2010")
    assert [hit["id"] for hit in data["hits"]] == ["old"]
    assert data["undated_excluded"] == 0


def test_include_estimated_lets_estimates_through(dated_index: Path) -> None:
    found = hit_ids(dated_index, "ceasefire", "--since", "2018", "--include-estimated")
    assert found == {"field", "estimated"}
    data = search_json(dated_index, "ceasefire", "--since", "2018", "--include-estimated")
    assert data["undated_excluded"] == 1  # only "bare" has no date at all


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("2020-01-12", {"field"}),  # "Jan. 12", year from the publication date
        ("2020-01", {"field"}),  # also "on Monday" (2020-01-27)
        ("2018-03", {"estimated"}),
        ("2015", {"bare"}),  # the year itself
        ("2015-03", set()),  # "2015" is wider than March 2015
        ("2012-09..2012-12", {"old"}),
        ("2014..2021", {"field", "stated", "estimated", "bare"}),
    ],
)
def test_mentions_finds_dates_lying_in_the_range(
    dated_index: Path, period: str, expected: set[str]
) -> None:
    assert hit_ids(dated_index, "--mentions", period) == expected


def test_mentioned_dates_point_into_the_body(dated_index: Path) -> None:
    view = search_json(dated_index, "--show", "field")
    hit = hits_by_id(dated_index, "--mentions", "2020-01")["field"]
    found = {
        (m["text"], m["date"], m["granularity"], m["relative"]) for m in hit["mentioned_dates"]
    }
    assert ("Jan. 12", "2020-01-12", "day", False) in found
    assert ("Monday", "2020-01-27", "day", True) in found
    for mention in hit["mentioned_dates"]:
        assert view["body"][mention["start"] : mention["end"]] == mention["text"]


def test_histogram_has_an_undated_bucket_and_turns_yearly_over_long_spans(
    dated_index: Path,
) -> None:
    facets = search_json(dated_index, "--facets")["facets"]
    assert facets["published"]["interval"] == "year"  # 2012 to 2020
    assert {b["value"]: b["count"] for b in facets["published"]["buckets"]} == {
        "2012": 1,
        "2019": 1,
        "2020": 1,
        "undated": 2,
    }
    assert facets["month"][-1] == {"value": "undated", "count": 2}
    short = search_json(dated_index, "--facets", "--since", "2019")["facets"]["published"]
    assert short["interval"] == "month"


@pytest.mark.parametrize("value", ["2019-13", "20x9", "2020..2019", "2019-02-30"])
def test_invalid_mentions_value_is_a_usage_error(dated_index: Path, value: str) -> None:
    result = run_search(dated_index, "--mentions", value)
    assert_clean_error(result, 2, "--mentions")


# --------------------------------------------------------------------------- source order

SOURCE_RECORDS = [
    {  # the field beats a marker and a dateline in the text
        "id": "field-first",
        "date": "2020-01-27",
        "title": "Field",
        "body": "date 2019-05-05\nCLEVELAND, Feb 26 - Standard Oil said on Aug. 20, 2019 it sold.",
    },
    {  # a stated date beats the later full date an estimate would take
        "id": "text-first",
        "title": "Stated",
        "body": "Published 20 August 2019\n\nThe vote on Sept. 3, 2019 was postponed.",
    },
    {"id": "dateline-year", "title": "Senate", "body": "WASHINGTON, Aug. 20, 2019 (AP) -- Yes."},
    {  # a field with only a year gives the dateline field its year
        "id": "year-field",
        "date": "1987",
        "dateline": "CLEVELAND, Feb 26",
        "title": "Standard Oil",
        "body": "Standard Oil said it would sell units.",
    },
    {  # a month field, and a dateline in the body
        "id": "month-field",
        "date": "1987-03",
        "title": "Sterling",
        "body": "LONDON, March 3 (Reuter) - Sterling rose.",
    },
    {  # a dateline outside the field's month is not taken: the field stands
        "id": "month-conflict",
        "date": "1987-03",
        "dateline": "CLEVELAND, Feb 26",
        "title": "Conflict",
        "body": "Units were sold.",
    },
    {  # no year anywhere for the dateline: not guessed from the dates mentioned
        "id": "no-year",
        "dateline": "CLEVELAND, Feb 26",
        "title": "No year",
        "body": "Standard Oil said on Feb 20, 1987 it would sell units.",
    },
    {"id": "nothing", "title": "Nothing", "body": "Units were sold."},
]
TEXT_FILES = {
    "marked.txt": "date 2018-02-02\nMarked file\nUnits sold on Sept. 3, 2019.\n",
    "estimated.txt": "Estimated file\nUnits sold on Sept. 3, 2019.\n",
    "plain.txt": "Plain file\nUnits were sold.\n",
}
FILE_DAY = "2016-06-06"


@pytest.fixture(scope="module")
def sources_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sources")
    feed = folder / "in" / "feed.jsonl"
    feed.parent.mkdir()
    feed.write_text("".join(json.dumps(r) + "\n" for r in SOURCE_RECORDS), encoding="utf-8")
    stamp = datetime.combine(date.fromisoformat(FILE_DAY), time(12)).timestamp()
    for name, text in TEXT_FILES.items():
        (folder / "in" / name).write_text(text, encoding="utf-8")
        os.utime(folder / "in" / name, (stamp, stamp))
    index_dir = folder / "index"
    assert run_index(str(folder / "in"), "--index", str(index_dir), "-q").exit_code == 0
    return index_dir


@pytest.mark.parametrize(
    ("article", "stated", "source", "estimated"),
    [
        ("field-first", "2020-01-27", "field", None),
        ("text-first", "2019-08-20", "text", None),
        ("dateline-year", "2019-08-20", "text", None),
        ("year-field", "1987-02-26", "text", None),
        ("month-field", "1987-03-03", "text", None),
        ("month-conflict", "1987-03-01", "field", None),
        ("no-year", None, "estimate", "1987-02-20"),
        ("nothing", None, None, None),  # a JSON Lines record has no file date of its own
        ("marked.txt", "2018-02-02", "text", None),
        ("estimated.txt", None, "estimate", "2019-09-03"),
        ("plain.txt", None, "file", FILE_DAY),
    ],
)
def test_publication_date_source_order(
    sources_index: Path, article: str, stated: str | None, source: str | None, estimated: str | None
) -> None:
    hit = search_json(sources_index, "--show", article)
    assert (hit["date"], hit["date_source"], hit["estimated_date"]) == (stated, source, estimated)


def test_file_dates_are_shown_as_such_and_filter_only_when_included(sources_index: Path) -> None:
    shown = run_search(sources_index, "plain", "--color", "never").stdout
    assert f"~{FILE_DAY} (file date)" in shown
    assert "plain.txt" not in hit_ids(sources_index, "units", "--until", "2017")
    assert "plain.txt" in hit_ids(sources_index, "units", "--until", "2017", "--include-estimated")
