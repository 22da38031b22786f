"""Acceptance item 7: hits show title, date and id, then their best passages;
passage cutting and ranking tested on their own."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from helpers import RawArticle, matching, run_search, search_json
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import analyse
from index.passages import (
    PARAGRAPH_SEPARATOR,
    WRAP_WIDTH,
    passage_spans,
    sentence_spans,
    split_paragraphs,
)
from search.highlight import QueryTerms
from search.passages import Unit, rank_passages

FILLER = "The weather was mild and the roads stayed open through the afternoon."


def flat_idf(_unit: Unit) -> float:
    return 1.0


def terms(*words: str) -> QueryTerms:
    return QueryTerms(frozenset(analyse(" ".join(words))))


# --------------------------------------------------------------------------- rank_passages alone


def test_passage_with_all_words_close_together_beats_one_repeating_a_word() -> None:
    repeats = "Observation teams, observation drones and observation towers: observation."
    together = "Turkish troops held their observation post near the town."
    body = PARAGRAPH_SEPARATOR.join([repeats, FILLER, together, FILLER])
    ranked = rank_passages(body, terms("observation", "post"), flat_idf, 2)
    assert [p.text for p in ranked] == [together, repeats]
    assert ranked[0].score > ranked[1].score


def test_words_close_together_beat_the_same_words_far_apart() -> None:
    apart = (
        "The observation of the ceasefire was patchy along the whole front line, "
        "with shelling reported from a dozen villages before the post was abandoned."
    )
    close = "Soldiers left the observation post before dawn."
    body = PARAGRAPH_SEPARATOR.join([apart, close])
    (best,) = rank_passages(body, terms("observation", "post"), flat_idf, 1)
    assert best.text == close


def test_rare_words_weigh_more_than_common_ones() -> None:
    common_only = "Syria Syria Syria and again Syria."
    rare_only = "Morek stood empty."
    body = PARAGRAPH_SEPARATOR.join([common_only, rare_only])
    wanted = terms("Syria", "Morek")

    def idf(unit: Unit) -> float:
        return {"syria": 0.1, "morek": 5.0}[str(unit)]

    (best,) = rank_passages(body, wanted, idf, 1)
    assert best.text == rare_only


def test_passages_point_into_the_body_and_highlight_query_words() -> None:
    body = PARAGRAPH_SEPARATOR.join([FILLER, "Convoys reached Morek.", FILLER, "A convoy left."])
    ranked = rank_passages(body, terms("convoy"), flat_idf, 5)
    assert len(ranked) == 2  # only the passages that match
    for passage in ranked:
        assert body[passage.start : passage.end] == passage.text
        assert passage.highlights
        for span in passage.highlights:
            assert analyse(passage.text[span.start : span.end]) == ["convoy"]


@pytest.mark.parametrize("count", [0, 1, 2, 3])
def test_rank_passages_returns_at_most_count(count: int) -> None:
    body = PARAGRAPH_SEPARATOR.join(f"Paragraph {n} names Idlib." for n in range(5))
    assert len(rank_passages(body, terms("Idlib"), flat_idf, count)) == count


def test_without_matches_the_opening_passages_are_shown() -> None:
    body = PARAGRAPH_SEPARATOR.join(["First.", "Second.", "Third."])
    ranked = rank_passages(body, QueryTerms(), flat_idf, 2)
    assert [p.text for p in ranked] == ["First.", "Second."]
    assert all(p.highlights == () for p in ranked)


# --------------------------------------------------------------------------- cutting passages


def test_long_paragraph_is_cut_into_overlapping_sentence_windows() -> None:
    sentences = [f"Sentence number {n} says something about Idlib." for n in range(1, 10)]
    body = " ".join(sentences)
    windows = [body[start:end] for start, end in passage_spans(body)]
    assert len(windows) > 1
    for window in windows:
        assert 1 <= sum(window.count(s) for s in sentences) <= 4
    covered = [s for s in sentences if any(s in w for w in windows)]
    assert covered == sentences


def test_abbreviations_do_not_end_sentences() -> None:
    text = "The Jan. 12 ceasefire held. Mr. Assad spoke. Then U.S. envoys left."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "The Jan. 12 ceasefire held.",
        "Mr. Assad spoke.",
        "Then U.S. envoys left.",
    ]


def test_paragraphs_split_on_blank_lines() -> None:
    raw = "First paragraph.\n\n   \nSecond paragraph,\nwrapped.\r\n\r\nThird."
    assert split_paragraphs(raw) == ["First paragraph.", "Second paragraph, wrapped.", "Third."]


def paragraphs_line_by_line(raw: str) -> list[str]:
    """split_paragraphs as its docstring says it, a line at a time (what it did before
    it cut and tidied with regular expressions)."""
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t\u00a0]*\n", raw.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line for line in block.split("\n") if line.strip()]
        if len(lines) > 1 and max(len(line) for line in lines) <= WRAP_WIDTH:
            joined: list[list[str]] = [[]]
            for line in lines:
                if line[:1] in (" ", "\t") and joined[-1]:
                    joined.append([])
                joined[-1].append(line.strip())
            paragraphs.extend(" ".join(words) for words in joined if words)
        else:
            paragraphs.extend(lines)
    tidied = (re.sub(r"[ \t]+", " ", paragraph).strip() for paragraph in paragraphs)
    return [paragraph for paragraph in tidied if paragraph]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "b.", " ", "  ", "\t", "\n", "\n ", "\n\t", "\r", "\r\n", "\n\n"])
        | st.sampled_from(["x" * 45, "\u00a0", "\x0b", "\u2028", "\x85", "\x1c"]),
        max_size=40,
    ).map("".join)
)
def test_paragraphs_are_those_read_line_by_line(raw: str) -> None:
    assert split_paragraphs(raw) == paragraphs_line_by_line(raw)


# --------------------------------------------------------------------------- the CLI


def terminal_blocks(stdout: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in stdout.splitlines():
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


@pytest.mark.parametrize("passages", [None, "1", "3"])
def test_each_hit_shows_title_date_id_then_its_passages(
    seed_index: Path, raw_seeds: dict[str, RawArticle], passages: str | None
) -> None:
    extra = ["--passages", passages] if passages else []
    data = search_json(seed_index, "Turkish", *extra)
    result = run_search(seed_index, "Turkish", *extra)
    assert result.exit_code == 0
    blocks = terminal_blocks(result.stdout)
    hits: list[dict[str, Any]] = data["hits"]
    assert len(hits) == len(matching(raw_seeds, r"\bTurkish\b")) > 1
    assert len(blocks) > len(hits)  # then the summary and facets
    for number, (hit, block) in enumerate(zip(hits, blocks, strict=False), 1):
        raw = raw_seeds[hit["id"]]
        assert block[0] == f"{number}. {raw.title}"  # numbered, the rest under the title
        assert block[1].startswith("   ") and hit["id"] in block[1]
        shown = hit["date"] or (f"~{hit['estimated_date']}" if hit["estimated_date"] else "undated")
        assert shown in block[1]
        if raw.published:  # a marker date is the stated date
            assert hit["date"] == str(raw.published)
        assert block[2:] == ["     " + p["text"] for p in hit["passages"]]


@pytest.mark.parametrize(
    ("option", "most"), [([], 2), (["--passages", "1"], 1), (["--passages", "4"], 4)]
)
def test_passages_per_hit(seed_index: Path, option: list[str], most: int) -> None:
    data = search_json(seed_index, "Turkish", *option)
    counts = [len(hit["passages"]) for hit in data["hits"]]
    assert max(counts) == most
    assert all(1 <= c <= most for c in counts)


def test_passages_hold_the_query_words(seed_index: Path) -> None:
    data = search_json(seed_index, "Turkish", "convoy", "--passages", "3")
    for hit in data["hits"]:
        for passage in hit["passages"]:
            found = {
                word
                for h in passage["highlights"]
                for word in analyse(passage["text"][h["start"] : h["end"]])
            }
            assert found & {"turkish", "convoy"}


def test_best_passage_has_every_query_word(seed_index: Path) -> None:
    data = search_json(seed_index, "Turkish", "convoy")
    assert data["match"] == "all" and data["hits"]
    wanted = {"turkish", "convoy"}
    checked = 0
    for hit in data["hits"]:
        if any(wanted <= set(analyse(p)) for p in hit_paragraphs(seed_index, hit)):
            assert wanted <= set(analyse(hit["passages"][0]["text"])), hit["id"]
            checked += 1
    assert checked


def hit_paragraphs(seed_index: Path, hit: dict[str, Any]) -> list[str]:
    shown = search_json(seed_index, "--show", hit["id"])
    return [str(p) for p in shown["body"].split(PARAGRAPH_SEPARATOR)]
