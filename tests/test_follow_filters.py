"""Issue 15 item 7: with an entity, speaker or mentioned-date filter, a shown
passage holds a mention that matched, highlighted, even when the query's
words fill the best passages elsewhere in the article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import search_json, stored_documents

from search.follow import follow_filters
from search.highlight import QueryTerms
from search.models import Passage


def highlighted(passage: dict[str, Any]) -> list[str]:
    return [passage["text"][s["start"] : s["end"]] for s in passage["highlights"]]


def hit(index_dir: Path, article_id: str, *args: str) -> dict[str, Any]:
    data = search_json(index_dir, *args, "--limit", "100")
    return next(h for h in data["hits"] if h["id"] == article_id)


@pytest.mark.parametrize("passages", ["1", "2"])
def test_a_place_far_down_the_article_is_shown_and_highlighted(
    editor_index: Path, passages: str
) -> None:
    plain = hit(editor_index, "ed-07", "oil", "--passages", passages)
    assert not any("Kuwait" in p["text"] for p in plain["passages"]), "the query alone"
    found = hit(editor_index, "ed-07", "oil", "--place", "Kuwait", "--passages", passages)
    holding = [p for p in found["passages"] if "Kuwait" in p["text"]]
    assert holding and "Kuwait" in highlighted(holding[0])
    assert len(found["passages"]) == int(passages)
    if passages == "2":
        assert any("oil" in [w.lower() for w in highlighted(p)] for p in found["passages"])


def test_a_country_filter_shows_a_place_in_that_country(editor_index: Path) -> None:
    found = hit(editor_index, "ed-07", "oil", "--country", "KW", "--passages", "1")
    assert "Kuwait" in highlighted(found["passages"][0])


def test_a_mentioned_date_filter_shows_the_date(editor_index: Path) -> None:
    plain = hit(editor_index, "ed-08", "oil", "--passages", "2")
    assert not any("June 25" in p["text"] for p in plain["passages"])
    found = hit(editor_index, "ed-08", "oil", "--mentions", "1987-06", "--passages", "2")
    marks = [m for p in found["passages"] for m in highlighted(p)]
    assert "June 25, 1987" in marks


def test_a_speaker_filter_shows_one_of_their_quotations(editor_index: Path) -> None:
    quotes = {
        q[2]
        for doc in stored_documents(editor_index)
        if doc["id"] == "ed-03"
        for q in doc["quotes"]
        if q[3] == "James Baker"
    }
    plain = hit(editor_index, "ed-03", "Treasury", "--passages", "1")
    assert not any(q in plain["passages"][0]["text"] for q in quotes)
    found = hit(editor_index, "ed-03", "Treasury", "--speaker", "James Baker", "--passages", "1")
    assert set(highlighted(found["passages"][0])) & quotes


def test_a_person_filter_shows_the_person(editor_index: Path) -> None:
    found = hit(editor_index, "ed-03", "interest", "--person", "James Baker", "--passages", "1")
    marks = " ".join(m for p in found["passages"] for m in highlighted(p))
    assert "Baker" in marks


def test_two_filters_each_get_a_passage() -> None:
    body = "Oil rose.\n\nKuwait said so.\n\nIt was June 1987.\n\nOil fell."
    first = Passage(0, 9, "Oil rose.", (), 1.0)
    last = Passage(body.index("Oil fell"), len(body), "Oil fell.", (), 0.5)
    place = [(body.index("Kuwait"), body.index("Kuwait") + 6)]
    when = [(body.index("June"), body.index("June") + 9)]
    chosen = follow_filters(body, (first, last), [place, when], QueryTerms())
    texts = sorted(p.text for p in chosen)
    assert texts == ["It was June 1987.", "Kuwait said so."]
    marks = sorted(p.text[s.start : s.end] for p in chosen for s in p.highlights)
    assert marks == ["June 1987", "Kuwait"]


def test_a_passage_already_holding_the_match_is_kept_and_marked() -> None:
    body = "Kuwait oil rose.\n\nOther news."
    best = Passage(0, 16, "Kuwait oil rose.", (), 1.0)
    chosen = follow_filters(body, (best,), [[(0, 6)]], QueryTerms())
    assert [p.text for p in chosen] == ["Kuwait oil rose."]
    assert [(s.start, s.end) for s in chosen[0].highlights] == [(0, 6)]


def test_nothing_changes_when_the_body_holds_no_match() -> None:
    best = Passage(0, 9, "Oil rose.", (), 1.0)
    assert follow_filters("Oil rose.", (best,), [[]], QueryTerms()) == (best,)
