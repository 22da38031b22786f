"""Acceptance item 4: case and accent folding, stemming, hyphenated names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import RawArticle, hit_ids, matching, search_json
from hypothesis import given
from hypothesis import strategies as st

from index.analysis import analyse, tokens


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("resume", "résumé"),
        ("RESUME", "Résumé"),
        ("cafe", "CAFÉ"),
        ("observation post", "observation posts"),
        ("Turkey", "Turkey's"),
        ("numan", "Numan"),
    ],
)
def test_analyser_folds_case_accents_and_stems(typed: str, written: str) -> None:
    assert analyse(typed) == analyse(written)


def test_analyser_splits_hyphenated_names_into_parts() -> None:
    assert analyse("al-Numan") == analyse("al Numan") == ["al", "numan"]


@pytest.mark.parametrize("typed", ["resume", "RESUME", "Résumé", "résumé"])
def test_search_folds_case_and_accents(archive_index: Path, typed: str) -> None:
    data = search_json(archive_index, typed)
    assert [hit["id"] for hit in data["hits"]] == ["cv-1"]
    (passage,) = data["hits"][0]["passages"]
    spans = [passage["text"][h["start"] : h["end"]] for h in passage["highlights"]]
    assert spans == ["résumé"]


def test_stemming_finds_plural_forms(seed_index: Path, raw_seeds: dict[str, RawArticle]) -> None:
    expected = matching(raw_seeds, r"\bobservation\s+posts?\b")
    plural_only = expected - matching(raw_seeds, r"\bobservation\s+post\b")
    assert plural_only, "the seeds hold articles with only the plural form"
    assert hit_ids(seed_index, "observation post") == expected


def test_singular_query_word_finds_plural(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    assert hit_ids(seed_index, "posts") == hit_ids(seed_index, "post")
    assert hit_ids(seed_index, "post") == matching(raw_seeds, r"\bpost(s|ed|ing)?\b")


@pytest.mark.parametrize("typed", ["al-Numan", "Numan", "numan", "AL-NUMAN", '"al Numan"'])
def test_hyphenated_names_are_found_whole_and_by_parts(
    seed_index: Path, raw_seeds: dict[str, RawArticle], typed: str
) -> None:
    assert hit_ids(seed_index, typed) == matching(raw_seeds, r"\bal-Numan\b")


def test_hyphenated_name_highlights_the_whole_name(seed_index: Path) -> None:
    data = search_json(seed_index, "al-Numan", "--passages", "5")
    highlighted = {
        passage["text"][h["start"] : h["end"]]
        for hit in data["hits"]
        for passage in hit["passages"]
        for h in passage["highlights"]
    }
    assert highlighted
    assert all(re.fullmatch(r"al-Numan", text, re.IGNORECASE) for text in highlighted)


@pytest.mark.parametrize(
    "text",
    [
        "Bob's car's 's x's don't O'Neil's it’s 'sa",
        "café Müller’s ＡＢＣ 東京都 ſ ﬁ ｱ ͺ ﷺ ﾞ",
        "",
        "   ",
    ],
)
def test_analyse_gives_the_texts_of_the_tokens(text: str) -> None:
    assert analyse(text) == [token.text for token in tokens(text)]


@given(st.text())
def test_analyse_gives_the_texts_of_the_tokens_of_any_text(text: str) -> None:
    assert analyse(text) == [token.text for token in tokens(text)]
    ascii_text = text.encode("ascii", "ignore").decode()
    assert analyse(ascii_text) == [token.text for token in tokens(ascii_text)]


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_is_read_as_the_word_pattern_for_any_text_reads_it(text: str) -> None:
    # A non-ASCII word after it sends the text down the general path.
    assert tokens(text) == tokens(text + " é")[:-1]
    assert analyse(text) == analyse(text + " é")[:-1]


def test_stem_cache_is_emptied_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    from index import analysis

    monkeypatch.setattr(analysis, "_MAX_STEMS", 2)
    analysis._STEMS.clear()
    assert analyse("posts running cats dogs") == ["post", "run", "cat", "dog"]
    assert len(analysis._STEMS) <= 2
    assert analyse("posts") == ["post"]
