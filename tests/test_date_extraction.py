"""Dates in article text: extract_dates, find_publication_date, estimate_publication_date,
and the labelled sentences of tests/data/dates_labelled.jsonl scored as bench/dates_eval.py
scores them."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.extract.dates import (
    DateMention,
    estimate_publication_date,
    extract_dates,
    find_publication_date,
)

ROOT = Path(__file__).resolve().parents[1]
Found = tuple[str, date, str]
MONTH = "month"


def found(text: str, published: date | None) -> list[Found]:
    return [(m.text, m.value, m.granularity) for m in extract_dates(text, published)]


def load_bench() -> ModuleType:
    """bench/dates_eval.py, which is a script rather than part of a package."""
    if "dates_eval" in sys.modules:
        return sys.modules["dates_eval"]
    spec = importlib.util.spec_from_file_location("dates_eval", ROOT / "bench" / "dates_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dates_eval"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("signed on Aug. 20, 2019, in Oslo", ("Aug. 20, 2019", date(2019, 8, 20), "day")),
        ("signed on August 20 2019.", ("August 20 2019", date(2019, 8, 20), "day")),
        ("signed on 20 August 2019.", ("20 August 2019", date(2019, 8, 20), "day")),
        ("on the 3rd of March, 2001,", ("3rd of March, 2001", date(2001, 3, 3), "day")),
        ("a file dated 2019-08-20T10:00", ("2019-08-20", date(2019, 8, 20), "day")),
        ("idle since September 2018.", ("September 2018", date(2018, 9, 1), "month")),
        ("floods in Sept. 2017 hit", ("Sept. 2017", date(2017, 9, 1), "month")),
        ("by mid-September 2018 it", ("mid-September 2018", date(2018, 9, 1), "month")),
        ("no dividend since 2011.", ("2011", date(2011, 1, 1), "year")),
        ("The 2015 budget was cut.", ("2015", date(2015, 1, 1), "year")),
        ("peaked in mid-2015 and", ("mid-2015", date(2015, 1, 1), "year")),
        ("results for fiscal 1987 were", ("fiscal 1987", date(1987, 1, 1), "year")),
    ],
)
def test_absolute_forms_need_no_publication_date(text: str, expected: Found) -> None:
    assert found(text, None) == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("due on Jan. 12.", date(2015, 4, 10), ("Jan. 12", date(2015, 1, 12), "day")),
        ("due on January 15.", date(2015, 4, 10), ("January 15", date(2015, 1, 15), "day")),
        ("due on 12 January.", date(2015, 4, 10), ("12 January", date(2015, 1, 12), "day")),
        # more than 183 days ahead: last year's; more than 275 days back: next year's
        ("sales on Dec. 30 were", date(2016, 1, 4), ("Dec. 30", date(2015, 12, 30), "day")),
        ("it starts on Jan. 4.", date(2012, 12, 28), ("Jan. 4", date(2013, 1, 4), "day")),
    ],
)
def test_day_and_month_take_the_year_from_publication(
    text: str, published: date, expected: Found
) -> None:
    assert found(text, published) == [expected]
    assert found(text, None) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Police said yesterday", date(2021, 1, 1), ("yesterday", date(2020, 12, 31), "day")),
        ("It opens today.", date(2023, 6, 1), ("today", date(2023, 6, 1), "day")),
        ("moved to tomorrow", date(2024, 2, 28), ("tomorrow", date(2024, 2, 29), "day")),
        ("closed two days ago", date(2022, 3, 1), ("two days ago", date(2022, 2, 27), "day")),
        ("3 weeks ago it", date(2022, 1, 5), ("3 weeks ago", date(2021, 12, 15), "day")),
        ("six months ago", date(2019, 4, 15), ("six months ago", date(2018, 10, 1), "month")),
        ("a year ago", date(2020, 5, 20), ("a year ago", date(2019, 1, 1), "year")),
        ("last September.", date(2019, 3, 14), ("last September", date(2018, 9, 1), "month")),
        ("opened in late April.", date(2019, 10, 2), ("late April", date(2019, 4, 1), "month")),
        ("snow in early March", date(2021, 2, 10), ("early March", date(2020, 3, 1), "month")),
        ("slow since December.", date(2020, 1, 15), ("December", date(2019, 12, 1), "month")),
        ("rose last month.", date(2016, 1, 20), ("last month", date(2015, 12, 1), "month")),
        ("earlier this month", date(2022, 11, 8), ("earlier this month", date(2022, 11, 1), MONTH)),
        ("up this year", date(2023, 5, 5), ("this year", date(2023, 1, 1), "year")),
        ("down last year", date(2021, 9, 9), ("last year", date(2020, 1, 1), "year")),
        ("will be held in April.", date(2019, 2, 1), ("April", date(2019, 4, 1), "month")),
        ("to finish by March.", date(2018, 10, 1), ("March", date(2019, 3, 1), "month")),
    ],
)  # fmt: skip
def test_relative_forms_resolve_against_publication(
    text: str, published: date, expected: Found
) -> None:
    assert found(text, published) == [expected]
    assert all(m.relative for m in extract_dates(text, published))
    assert found(text, None) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # published on a Tuesday: Saturday falls in the month before
        ("voted on Saturday", date(2021, 3, 2), date(2021, 2, 27)),
        # published on New Year's Day, a Friday: Wednesday is in the year before
        ("cancelled on Wednesday", date(2021, 1, 1), date(2020, 12, 30)),
        ("said on Monday", date(2021, 1, 3), date(2020, 12, 28)),
        # leap year: Friday before Sunday 1 March 2020 is 28 February
        ("suspended on Friday", date(2020, 3, 1), date(2020, 2, 28)),
        # the publication weekday itself is the publication day
        ("met Monday with", date(2022, 8, 1), date(2022, 8, 1)),
        ("at Monday's open", date(2020, 12, 1), date(2020, 11, 30)),
        ("resigned last Tuesday", date(2023, 1, 2), date(2022, 12, 27)),
        ("resigned last Monday", date(2023, 1, 2), date(2022, 12, 26)),
        ("to publish next Wednesday", date(2024, 3, 1), date(2024, 3, 6)),
        ("met next Tuesday", date(2019, 8, 20), date(2019, 8, 27)),  # never the day itself
        # a future tense: the first such day on or after publication
        ("The board will meet on Tuesday.", date(2019, 8, 29), date(2019, 9, 3)),
        ("The board will meet on Tuesday.", date(2019, 12, 30), date(2019, 12, 31)),
        ("The board will meet on Friday.", date(2019, 12, 30), date(2020, 1, 3)),
        ("The board will meet on Tuesday.", date(2019, 8, 20), date(2019, 8, 20)),
        # ... further back in the clause too
        ("It said it would release the figures on Friday.", date(2020, 12, 29), date(2021, 1, 1)),
        ("The zone, to be opened on Thursday, is new.", date(1987, 3, 27), date(1987, 4, 2)),
        ("He will resign, the paper said on Monday.", date(2021, 3, 3), date(2021, 3, 1)),
        ("It would offer more than it announced on Monday.", date(2021, 3, 3), date(2021, 3, 1)),
        ("Iran would avenge Monday's raids.", date(1987, 10, 20), date(1987, 10, 19)),
        # "this": the publication's week, Monday to Sunday
        ("were offered at this Tuesday's auction", date(1987, 3, 4), date(1987, 3, 3)),
        ("begins work this Thursday", date(2020, 12, 29), date(2020, 12, 31)),
        ("shows debut this Sunday", date(2021, 2, 26), date(2021, 2, 28)),
        ("The exchange this Friday intends to act.", date(2021, 3, 3), date(2021, 3, 5)),
        ("the board will meet this Monday", date(2021, 2, 27), date(2021, 3, 1)),
    ],
)
def test_weekdays_resolve_across_month_and_year_boundaries(
    text: str, published: date, expected: date
) -> None:
    [mention] = extract_dates(text, published)
    assert (mention.value, mention.granularity, mention.relative) == (expected, "day", True)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of teachers march through the capital.",
        "Fares may rise again, and May brought forward the vote.",
        "March Street was closed; April Jones and Jan Kowalski were elected.",
        "The plant employs 2015 people and ships 1,987 crates.",
        "It raised 2,000 dollars, or about $1950 after fees.",
        "The ferry leaves at 1930 GMT; the silo holds 1900 tonnes.",
        "Guests in Room 2014 complained.",
        "They meet every Wed at noon in the Sun Valley hall.",
        "Crowds on Black Friday and Cyber Monday; Good Friday services.",
        "Options expire on the third Friday of each month; bills on the last Monday in the month.",
        "Meetings are held on the first Tuesday of every month.",
        "Analysts at USA Today and the Sunday Times disagreed.",
        "The 1990s were a boom decade.",
        "Account 20190820 and code 2019-13-40 are invalid.",
        "The index rose 4.5 percent to 2,031.2 points.",
        "Prices held steady over the last year.",
        "It was signed on Feb. 30, 2019 and on April 31.",
        "Shares rose 12 pct on May 5 percent gains.",
    ],
)
def test_words_and_numbers_that_are_not_dates(text: str) -> None:
    assert found(text, date(2021, 6, 1)) == []


def test_a_weekday_of_a_month_is_not_one_day() -> None:
    text = "Clocks go forward on the last Sunday in March."
    assert found(text, date(2021, 6, 1)) == [("March", date(2021, 3, 1), MONTH)]


def test_mentions_come_in_order_with_offsets_into_the_text() -> None:
    text = "On Tuesday, Aug. 20, 2019, after a fall in 2015 and since late April, it rallied."
    mentions = extract_dates(text, date(2019, 8, 22))
    assert [m.text for m in mentions] == ["Aug. 20, 2019", "2015", "late April"]
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert [m.relative for m in mentions] == [False, False, True]


@given(st.text(alphabet=st.sampled_from(list("19 20Aug.,MayTuesdaylastin-0")), max_size=60))
def test_extraction_never_raises_and_spans_stay_in_bounds(text: str) -> None:
    for mention in extract_dates(text, date(2020, 2, 29)):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.granularity in ("day", "month", "year")


@pytest.mark.parametrize(
    ("title", "body", "hint", "expected"),
    [
        ("date 2020-01-27", "Body text.", None, date(2020, 1, 27)),
        ("A headline", "date 2020-01-27\nBody text.", None, date(2020, 1, 27)),
        ("A headline", "CLEVELAND, Feb 26 - Standard Oil said", 1987, date(1987, 2, 26)),
        ("A headline", "LONDON, March 3 (Reuter) - Sterling rose", 1987, date(1987, 3, 3)),
        ("A headline", "omaha, APril 7 - Cattle prices", 1987, date(1987, 4, 7)),
        ("A headline", "WASHINGTON, Aug. 20, 2019 (AP) -- The Senate", None, date(2019, 8, 20)),
        ("A headline", "Published 20 August 2019\nThe council said.", None, date(2019, 8, 20)),
        ("A headline", "Updated: Aug. 21, 2019\n\nText.", None, date(2019, 8, 21)),
        (
            "A headline",
            "Protesters outside parliament in London, Britain, Aug. 20, 2019. REUTERS/Jo Bloggs\n"
            "The march passed off peacefully.",
            None,
            date(2019, 8, 20),
        ),
    ],
)
def test_find_publication_date(title: str, body: str, hint: int | None, expected: date) -> None:
    assert find_publication_date(title, body, hint) == expected


@pytest.mark.parametrize(
    ("body", "hint"),
    [
        ("LONDON, March 3 (Reuter) - Sterling rose", None),  # no year anywhere
        ("The company was founded on August 20, 2019. It makes pumps.", None),
        ("Sales rose.\nMore text.\nStill more.\nThe deal closed on Aug. 20, 2019.\n", 2019),
        ("date 2020-02-30\nAn impossible marker.", None),
        ("", 2019),
    ],
)
def test_find_publication_date_without_a_stated_date(body: str, hint: int | None) -> None:
    assert find_publication_date("A headline", body, hint) is None


def mention(value: date, granularity: str = "day", relative: bool = False) -> DateMention:
    return DateMention(0, 4, "text", value, granularity, relative)


def test_estimate_is_the_latest_absolute_full_date() -> None:
    mentions = [
        mention(date(2019, 8, 20)),
        mention(date(2019, 9, 2)),
        mention(date(2019, 8, 1)),
        mention(date(2020, 1, 1), "year"),
        mention(date(2019, 12, 1), "month"),
        mention(date(2019, 10, 5), relative=True),
    ]
    assert estimate_publication_date(mentions) == date(2019, 9, 2)


def test_estimate_needs_a_full_absolute_date() -> None:
    assert estimate_publication_date([]) is None
    assert estimate_publication_date([mention(date(2019, 1, 1), "year")]) is None
    text = "The vote, held on Aug. 20, 2019, followed a poll on 2 July 2019 and protests in 2018."
    assert estimate_publication_date(extract_dates(text, None)) == date(2019, 8, 20)


def test_labelled_sentences_reach_the_precision_and_recall_targets() -> None:
    bench = load_bench()
    examples = bench.load_labelled(ROOT / "tests" / "data" / "dates_labelled.jsonl")
    assert len(examples) >= 60
    scores = bench.score(examples)
    assert scores.expected >= 60
    assert scores.precision >= 0.95, scores.errors
    assert scores.recall >= 0.90, scores.errors


def test_scoring_counts_a_wrong_value_as_both_spurious_and_missed() -> None:
    bench = load_bench()
    expected = bench.Expected(0, 9, date(2020, 1, 2), "day")  # "Yesterday" on 2020-01-04
    scores = bench.score([bench.Example("Yesterday it rained.", date(2020, 1, 4), (expected,))])
    assert (scores.correct, scores.predicted, scores.matched, scores.expected) == (0, 1, 0, 1)
