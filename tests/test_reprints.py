"""Reprints: near-duplicate passages found through indexed fingerprints, folded
under the earliest-dated copy, listed in full with --all-copies."""

from __future__ import annotations

import random
from collections.abc import Hashable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import run_index, run_search, search_json, write_jsonl
from hypothesis import given, settings
from hypothesis import strategies as st

from index.fingerprints import (
    MIN_SHINGLES,
    SHINGLE_WORDS,
    WINDOW,
    fingerprint_terms,
    is_copy,
    passage_terms,
    shingle_set,
    shingles,
    term,
    winnow,
)
from index.particulars import same_event
from search import reprints
from search.reprints import REPRINT_WINDOW, Copy, copies_of, within_window

STORY = [
    "Dock workers at the northern container terminal walked out on Tuesday after talks "
    "over night-shift pay broke down, leaving dozens of ships waiting at anchor off the coast.",
    "The port authority said cargo handling had slowed to a fraction of its usual pace and "
    "that perishable goods were being diverted to terminals further south.",
    "Union officials said the stoppage would continue until the operator restored the "
    "allowance it cut in January, and warned that crane drivers could join the strike.",
    "Shipping lines have begun adding congestion surcharges, according to freight brokers "
    "who expect delays of up to ten days for containers bound for inland depots.",
]
# Light edits a reprinting outlet makes: a word changed, one dropped, one added.
EDITED = [
    STORY[0].replace("walked out on Tuesday", "walked out on Tuesday morning"),
    STORY[1].replace("a fraction of", "a small fraction of").replace(" usual", ""),
    STORY[2].replace("warned", "cautioned"),
    STORY[3],
]
OTHER = (
    "Dock workers in the river port voted to accept a new contract on Friday, ending a "
    "dispute that had lasted most of the autumn without any stoppage at the terminals."
)


def record(ident: str, day: str, source: str, title: str, paragraphs: list[str]) -> dict[str, Any]:
    return {"id": ident, "date": day, "source": source, "title": title,
            "body": "\n\n".join(paragraphs)}  # fmt: skip


ARTICLES = [
    # The edited reprint ranks first (the query words are in its title) but is later.
    record("daily", "2023-05-03", "Daily Courier", "Dock workers strike: ships wait", EDITED),
    record("wire", "2023-05-02", "Wire", "Port stoppage", STORY),
    record("gazette", "2023-05-04", "Gazette", "Port news", STORY[:2]),  # the first half only
    record("river", "2023-05-01", "Wire", "River port deal", [OTHER]),
    record("undated", "", "Weekly", "Strike at the docks", STORY),
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reprints")
    feed = write_jsonl(folder / "feed.jsonl", ARTICLES)
    target = folder / "index"
    result = run_index(str(feed), "--index", str(target), "--quiet")
    assert result.exit_code == 0, result.output
    return target


# --------------------------------------------------------------------------- fingerprints


def test_a_copy_lightly_edited_is_a_copy_and_other_text_is_not() -> None:
    for original, edited in zip(STORY, EDITED, strict=True):
        assert is_copy(shingle_set(original), shingle_set("\n\n".join(EDITED)))
        assert is_copy(shingle_set(edited), shingle_set(" ".join(STORY)))
    assert not is_copy(shingle_set(OTHER), shingle_set(" ".join(STORY)))
    short = "Dock workers walked out on Tuesday."
    assert not is_copy(shingle_set(short), shingle_set(STORY[0]))  # too short to call a reprint


def test_a_passage_and_its_copy_share_fingerprints_in_the_index_terms() -> None:
    body = "\n\n".join(STORY)
    start = body.index(STORY[1])
    wanted = set(passage_terms(body, start, start + len(STORY[1])))
    assert wanted and wanted <= set(fingerprint_terms(body))
    assert wanted & set(fingerprint_terms("\n\n".join(EDITED)))
    assert not wanted & set(fingerprint_terms(OTHER))


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from("a b c d e f g h i j k l m n o p".split()), max_size=80),
    seed=st.integers(0, 1000),
)
def test_winnowing_keeps_a_fingerprint_in_every_window(words: list[str], seed: int) -> None:
    random.Random(seed).shuffle(words)
    found = shingles(" ".join(words))
    chosen = winnow(found)
    assert [s for s in chosen if s not in found] == []
    positions = [found.index(s) for s in chosen]
    assert positions == sorted(positions)
    # Every window of WINDOW shingles holds one of the chosen (its minimum).
    for first in range(max(0, len(found) - WINDOW + 1)):
        window = found[first : first + WINDOW]
        assert min(h for _, h in window) in {h for _, h in chosen}
    assert bool(chosen) == bool(found)
    assert len(found) == max(0, len(words) - SHINGLE_WORDS + 1)


def winnow_by_windows(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The definition winnow() computes in one pass: each window's minimum."""
    hashes = [value for _, value in found]
    if not hashes:
        return []
    width = min(WINDOW, len(hashes))
    chosen: set[int] = set()
    for first in range(len(hashes) - width + 1):
        window = hashes[first : first + width]
        chosen.add(first + width - 1 - window[::-1].index(min(window)))
    return [found[i] for i in sorted(chosen)]


@settings(max_examples=200, deadline=None)
@given(
    hashes=st.lists(st.integers(0, 6), max_size=60),  # few values: many ties
)
def test_winnowing_in_one_pass_keeps_what_every_window_keeps(hashes: list[int]) -> None:
    found = [(position * 3, value) for position, value in enumerate(hashes)]
    assert winnow(found) == winnow_by_windows(found)


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(
        st.sampled_from([*"ab AB.,'’-_\n", "ß", "İ", "ﬁ", "Σ", "ς", "x1", "é", "e\u0301"]),
        max_size=120,
    ).map("".join)
)
def test_fingerprint_terms_are_the_terms_of_the_winnowed_shingles(text: str) -> None:
    """The indexer's terms, hashed without offsets, are those a passage lookup
    (search side: shingles with offsets, then winnow) would pick over the whole text."""
    assert fingerprint_terms(text) == sorted({term(v) for _, v in winnow(shingles(text))})


# --------------------------------------------------------------------------- search


def test_copies_fold_under_the_earliest_dated_one(index_dir: Path) -> None:
    data = search_json(index_dir, "dock workers")
    ids = [hit["id"] for hit in data["hits"]]
    assert ids[0] == "wire"  # the first printing, though the edited reprint ranked higher
    first = data["hits"][0]
    listed = [(r["id"], r["date"], r["source"]) for r in first["reprints"]]
    assert listed == [
        ("daily", "2023-05-03", "Daily Courier"),
        ("gazette", "2023-05-04", "Gazette"),
        ("undated", None, "Weekly"),
    ]
    assert "river" in ids and not {"daily", "gazette", "undated"} & set(ids)
    assert data["total"] == 5 and data["reprints_folded"] == 3


def test_all_copies_lists_every_article(index_dir: Path) -> None:
    data = search_json(index_dir, "dock workers", "--all-copies")
    ids = [hit["id"] for hit in data["hits"]]
    assert sorted(ids) == sorted(a["id"] for a in ARTICLES)
    assert ids[0] == "daily"  # plain ranking order
    assert data["reprints_folded"] == 0
    daily = data["hits"][0]
    assert {r["id"] for r in daily["reprints"]} >= {"wire", "undated"}


def test_copies_outside_the_matches_are_not_listed(index_dir: Path) -> None:
    data = search_json(index_dir, "dock workers", "--source", "Gazette", "--source", "Weekly")
    assert [hit["id"] for hit in data["hits"]] == ["gazette"]  # dated beats undated
    assert [r["id"] for r in data["hits"][0]["reprints"]] == ["undated"]


def test_reprints_found_equal_a_comparison_of_every_pair(index_dir: Path) -> None:
    """Oracle: what the index lookup finds is what comparing the shown passage
    with every article would find (containment, then the same-event test)."""
    data = search_json(index_dir, "cargo", "--all-copies", "--passages", "1")
    bodies = {a["id"]: a["body"] for a in ARTICLES}
    assert data["hits"]
    for hit in data["hits"]:
        passage = hit["passages"][0]
        part = shingle_set(bodies[hit["id"]][passage["start"] : passage["end"]])
        expected = {
            other for other, body in bodies.items()
            if other != hit["id"] and is_copy(part, shingle_set(body)) and "cargo" in body
            and same_event(bodies[hit["id"]], body)
        }  # fmt: skip
        assert {r["id"] for r in hit["reprints"]} == expected
        assert len(part) >= MIN_SHINGLES


def test_terminal_says_also_in_and_how_many_were_folded(index_dir: Path) -> None:
    result = run_search(index_dir, "dock workers", "--color", "never")
    assert result.exit_code == 0
    assert "also in 3 articles: 2023-05-03 · Daily Courier · daily; " in result.stdout
    assert "3 reprints folded under the first printing (--all-copies" in result.stdout
    plain = run_search(index_dir, "dock workers", "--color", "never", "--all-copies")
    assert "folded" not in plain.stdout
    assert plain.stdout.count("\ndaily · ") + plain.stdout.count(" · daily\n") == 1


# --------------------------------------------------------------------------- same event

POSTING = (
    "{co} said it raised the contract price it will pay for all grades of crude oil by "
    "50 cts a barrel, effective {day}.\n\nThe increase brings {short}'s posted price for West "
    "Texas Intermediate to {wti} dlrs a barrel.\n\n{short} last changed its crude postings on "
    "{last}."
)
POSTINGS = [
    record("harbor-mar", "1987-03-12", "Wire", "Harbor raises crude postings",
           [POSTING.format(co="Harbor Petroleum Corp", short="Harbor", day="March 12",
                           wti="17.50", last="March 4")]),
    record("harbor-mar-copy", "1987-03-13", "Daily", "Harbor lifts oil prices",
           [POSTING.format(co="Harbor Petroleum Corp", short="Harbor", day="March 12",
                           wti="17.50", last="March 4").replace("raised", "increased")]),
    record("harbor-oct", "1987-10-20", "Wire", "Harbor raises crude postings",
           [POSTING.format(co="Harbor Petroleum Corp", short="Harbor", day="October 20",
                           wti="19.00", last="September 28")]),
    record("lakeside-mar", "1987-03-12", "Wire", "Lakeside raises crude postings",
           [POSTING.format(co="Lakeside Refining Co", short="Lakeside", day="March 12",
                           wti="17.50", last="March 4")]),
]  # fmt: skip


def test_a_posting_for_another_company_or_day_is_not_folded(tmp_path: Path) -> None:
    """The issue's case: one template, different events, each shown; the
    reprint of the same posting still folds."""
    feed = write_jsonl(tmp_path / "postings.jsonl", POSTINGS)
    target = tmp_path / "index"
    assert run_index(str(feed), "--index", str(target), "--quiet").exit_code == 0
    data = search_json(target, "contract price")
    listed = {hit["id"]: [r["id"] for r in hit["reprints"]] for hit in data["hits"]}
    assert listed == {"harbor-mar": ["harbor-mar-copy"], "harbor-oct": [], "lakeside-mar": []}
    assert data["reprints_folded"] == 1


# --------------------------------------------------------------------------- the window

DAY = date(1987, 3, 12)


def test_the_window_holds_dates_within_it_and_unknown_dates() -> None:
    later = DAY + REPRINT_WINDOW
    assert within_window(DAY, later) and within_window(later, DAY)
    assert within_window(DAY, DAY)
    assert not within_window(DAY, later + timedelta(days=1))
    assert not within_window(later + timedelta(days=1), DAY)
    assert within_window(None, DAY) and within_window(DAY, None) and within_window(None, None)


class Shelf:
    """A Library of texts written for the test: every article is a candidate."""

    def __init__(self, articles: dict[str, tuple[date | None, str]]) -> None:
        self.articles = articles
        self.read: list[str] = []

    def marks(self, site: str, text: str) -> frozenset[int]:
        return frozenset()

    def sharing(self, terms: list[str], limit: int) -> list[tuple[Hashable, int]]:
        return [(ident, len(terms)) for ident in self.articles][:limit]

    def copy(self, ref: Hashable) -> tuple[Copy, str]:
        self.read.append(str(ref))
        published, text = self.articles[str(ref)]
        return Copy(ref, str(ref), published, "Wire", order=str(ref)), text

    def published(self, refs: list[Hashable]) -> list[date | None]:
        return [self.articles[str(ref)][0] for ref in refs]


def test_a_copy_outside_the_window_is_not_compared_or_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = "\n\n".join(STORY)
    outside = DAY + REPRINT_WINDOW + timedelta(days=1)
    shelf = Shelf({
        "inside": (DAY + REPRINT_WINDOW, "\n\n".join(EDITED)),
        "before": (DAY - REPRINT_WINDOW, body),
        "outside": (outside, body + "\n\nA paragraph the later copy adds."),
        "undated": (None, "\n\n".join(STORY[:2])),
    })  # fmt: skip
    compared: list[str] = []
    shingles_of = reprints._shingles_of

    def recorded(text: str) -> frozenset[int]:
        compared.append(text)
        return shingles_of(text)

    monkeypatch.setattr(reprints, "_shingles_of", recorded)
    span = (0, len(STORY[0]))
    found = copies_of(body, span, shelf, {"self"}, published=DAY)
    assert sorted(c.id for c in found) == ["before", "inside", "undated"]
    assert shelf.articles["outside"][1] not in compared  # the date ruled it out first
    assert sorted(shelf.read) == ["before", "inside", "undated"]  # and it was never read
    # Without the article's date, every copy is compared on its text alone.
    assert len(copies_of(body, span, shelf, {"self"})) == 4


def dated_story(engine: str, tmp_path: Path) -> Path:
    articles = [
        record("wire", "1987-03-12", "Wire", "Port stoppage", STORY),
        record("daily", (DAY + REPRINT_WINDOW).isoformat(), "Daily Courier", "Dock strike",
               EDITED),
        record("months-later", "1987-10-20", "Wire", "Port stoppage", STORY),
    ]  # fmt: skip
    feed = write_jsonl(tmp_path / "feed.jsonl", articles)
    target = tmp_path / "index"
    result = run_index(str(feed), "--index", str(target), "--quiet", "--engine", engine)
    assert result.exit_code == 0, result.output
    return target


def test_the_same_text_months_later_is_not_folded(engine: str, tmp_path: Path) -> None:
    target = dated_story(engine, tmp_path)
    data = search_json(target, "dock workers")
    listed = {hit["id"]: [r["id"] for r in hit["reprints"]] for hit in data["hits"]}
    assert listed == {"wire": ["daily"], "months-later": []}
    assert data["reprints_folded"] == 1
    every = search_json(target, "dock workers", "--all-copies")
    listed = {hit["id"]: {r["id"] for r in hit["reprints"]} for hit in every["hits"]}
    assert listed == {"wire": {"daily"}, "daily": {"wire"}, "months-later": set()}


def test_the_seeds_reprint_stays_folded(seed_index: Path) -> None:
    data = search_json(seed_index, "observation post")
    folded = [(h["id"][:3], [r["id"][:3] for r in h["reprints"]]) for h in data["hits"]]
    assert ("002", ["004"]) in folded


def test_the_readme_states_the_window() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    assert f"**published within {REPRINT_WINDOW.days} days**" in readme


def test_passage_terms_are_the_whole_texts_fingerprints_inside_the_passage() -> None:
    """passage_terms hashes only the shingles near the passage; the terms are
    those winnowing the whole text keeps whose shingle starts inside it (random
    texts of up to 120 words, passages anywhere in them, edges included)."""
    rng = random.Random(13)
    for _ in range(3000):
        words = [
            rng.choice("abcdefghijklmnopqrstuvwxyz") + rng.choice("abcdef")
            for _ in range(rng.randint(0, 120))
        ]
        text = rng.choice([" ", ", ", "\n\n", " -- "]).join(words)
        start, end = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        whole = {term(v) for offset, v in winnow(shingles(text)) if start <= offset < end}
        assert passage_terms(text, start, end) == sorted(whole), (text, start, end)


def test_the_search_looks_up_a_table_row_with_the_rows_around_it() -> None:
    """copies_of widens a passage too short to look up (search.reprints.widened): a
    copy of a short table, a word edited in every line, is found from one row."""
    from tests.test_same_event_reruns import TABLE, TABLE_REPRINT

    shelf = Shelf({"copy": (DAY, TABLE_REPRINT)})
    row = (0, TABLE.index("\n\n"))
    assert [c.id for c in copies_of(TABLE, row, shelf, {"self"}, published=DAY)] == ["copy"]
