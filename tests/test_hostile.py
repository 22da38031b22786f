"""Hostile and odd input on a real archive: the Reuters corpus from ../shared.

Whatever the query text and option values, `search` answers or gives a clear
one-line error, never a traceback, and within 2 seconds.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers import REPO, assert_clean_error, run_search
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.articles import ReadLog, read_articles
from index.writer import update_index

CORPUS = REPO.parent / "shared" / "corpora" / "reuters21578.jsonl"
LIMIT_SECONDS = 2.0
OPTIONS = ["--place", "--person", "--org", "--source", "--since", "--until", "--mentions",
           "--limit", "--passages", "--show"]


@pytest.fixture(scope="session")
def reuters_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert CORPUS.exists(), f"the Reuters corpus is expected at {CORPUS} (shared/ beside the repo)"
    index_dir = tmp_path_factory.mktemp("reuters") / "index"
    log = ReadLog()
    update_index(read_articles([CORPUS], log), index_dir, log)
    assert not log.problems
    return index_dir


def answer_within_limit(index_dir: Path, *argv: str) -> tuple[int, str]:
    started = time.monotonic()
    result = run_search(index_dir, *argv)
    elapsed = time.monotonic() - started
    assert elapsed <= LIMIT_SECONDS, (argv, elapsed)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        argv,
        repr(result.exception),
    )
    assert "Traceback" not in result.output
    if result.exit_code != 0:
        assert result.exit_code in (2, 7), (argv, result.exit_code, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("search: error: "), (argv, lines)
    return result.exit_code, result.output


option_values = st.lists(
    st.tuples(st.sampled_from(OPTIONS), st.text(max_size=30)), max_size=3
).map(lambda pairs: [item for pair in pairs for item in pair])


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=st.text(max_size=200), options=option_values)
def test_any_query_and_options_answer_or_fail_cleanly(
    reuters_index: Path, query: str, options: list[str]
) -> None:
    # The time limit is what bounds the unforeseen: a search it stops ends in a
    # clear error (exit 7) within the 2 seconds too.
    options = [*options, "--timeout", "1.5"]
    argv = [*options, "--", query] if query.startswith("-") else [query, *options]
    answer_within_limit(reuters_index, *argv)


@pytest.mark.parametrize(
    "query",
    [
        "the",  # matches most of the archive: facets over every match
        "the OR a OR of OR to OR in",
        '"the company said"',
        "said NOT the",
        "((((((((oil))))))))",
        "oil " * 60,
        "sa*",
        "NOT NOT NOT oil",
        '"' * 40,
        "\x00\x01\x02 oil",
        "نفط Нефть 石油 🛢️",
        "a" * 900,
    ],
)
def test_broad_and_odd_queries_answer_in_time(reuters_index: Path, query: str) -> None:
    answer_within_limit(reuters_index, query)


def test_overlong_query_is_refused(reuters_index: Path) -> None:
    result = run_search(reuters_index, "oil " * 300)
    assert_clean_error(result, 2, "limit is 1000")


def test_too_broad_wildcard_is_refused(reuters_index: Path) -> None:
    result = run_search(reuters_index, "co* re* st* pr*")
    assert_clean_error(result, 2, "stand for more than 1000 words")


def test_time_limit_stops_a_search_with_a_clear_message(reuters_index: Path) -> None:
    result = run_search(reuters_index, "the", "--timeout", "0.01")
    assert_clean_error(result, 7, "took longer than 0.01s", "--timeout")
