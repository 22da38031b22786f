"""Quote search: finding a quotation remembered imperfectly, with a word diff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_index, run_search, search_json

from index.names import name_key
from search.quotes import closeness, quote_search, word_diff, words
from search.store import open_store

ARTICLES = [
    {
        "id": "first",
        "date": "2021-05-03",
        "source": "Wire",
        "title": "Minister warns",
        "body": 'Harbour Minister Lena Sorberg said on Monday: "We will not allow the port to '
        'close while the talks go on, whatever the cost."',
    },
    {
        "id": "reprint",
        "date": "2021-05-04",
        "source": "Courier",
        "title": "Port stays open",
        "body": '"We will not allow the port to close while the talks go on, whatever the cost," '
        "Harbour Minister Lena Sorberg said.",
    },
    {
        "id": "other",
        "date": "2021-05-05",
        "source": "Wire",
        "title": "Union replies",
        "body": '"The port is ours as much as theirs," said union leader Piet Vos.',
    },
    {
        "id": "statement",
        "date": "2021-05-06",
        "source": "Courier",
        "title": "Board promises open berths",
        "body": "Shipping resumed slowly.\n\nIn a written statement the harbour board "
        "promised to keep every berth open through the winter storms, whatever the "
        "weather brings.",
    },
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("quotes")
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    index_dir = folder / "index"
    assert run_index(str(feed), "--index", str(index_dir), "-q").exit_code == 0
    opened = open_store(index_dir)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "typed",
    [
        "We will not allow the port to close while the talks go on",  # exact fragment
        "We won't allow the port to close while the talks go on",  # contraction
        "we will not let the port close while the talks go on",  # words changed
        "We will not allow the port to close while talks go on",  # a word missing
        "We will not ever allow the port to close while the talks go on",  # a word added
        # reordered:
        "We will not allow the port to close, whatever the cost, while the talks go on",
        "“We will not allow the port to close” – while the talks go on!",  # other marks
    ],
)
def test_remembered_quote_is_found_first(store, typed: str) -> None:  # type: ignore[no-untyped-def]
    response = quote_search(store, typed, None, None, 10)
    top = response.hits[0]
    assert top.article_id == "first"  # as close as its reprint, and earlier
    assert top.speaker == "Lena Sorberg"
    # The same words from the same speaker: one result, the later printing listed.
    assert [r.id for r in top.reprints] == ["reprint"]
    assert "reprint" not in {h.article_id for h in response.hits}
    every = quote_search(store, typed, None, None, 10, all_copies=True)
    assert [h.article_id for h in every.hits[:2]] == ["first", "reprint"]
    assert every.total == response.total and not every.hits[0].reprints
    assert response.speakers[0].value == "Lena Sorberg"


def test_offsets_point_at_the_printed_quotation(store) -> None:  # type: ignore[no-untyped-def]
    for hit in quote_search(store, "the port is ours", None, None, 10).hits:
        body = store.reader.by_id(hit.article_id).body
        assert body[hit.start : hit.end] == hit.text


def test_speaker_filter_keeps_only_their_quotations(store) -> None:  # type: ignore[no-untyped-def]
    ids = store.lookups.ids_for_key("PERSON", name_key("Piet Vos")) or None
    response = quote_search(store, "the port", None, ids, 10)
    assert response.hits and {h.speaker for h in response.hits} == {"Piet Vos"}


def test_words_normalise_case_marks_and_contractions() -> None:
    assert words("“We WON’T go,” she said; they'll see.") == [
        "we",
        "will",
        "not",
        "go",
        "she",
        "said",
        "they",
        "will",
        "see",
    ]


def test_closeness_orders_exact_over_changed_over_unrelated() -> None:
    printed = words("We will not allow the port to close while the talks go on")
    exact = closeness(words("the port to close while the talks"), printed)[0]
    changed = closeness(words("the harbour to shut while the talks"), printed)[0]
    unrelated = closeness(words("prices rose sharply in March"), printed)[0]
    assert exact == 1.0 > changed > unrelated


def test_word_diff_names_each_kind_of_difference() -> None:
    diff = word_diff(
        words("we will ever let the port close"), words("we will not allow the port to close")
    )
    kinds = [(op.kind, op.typed, op.printed) for op in diff]
    assert ("same", "we will", "we will") in kinds
    assert ("changed", "ever let", "not allow") in kinds
    assert ("missing", "", "to") in kinds


@pytest.fixture(scope="module")
def quote_index(store) -> Path:  # type: ignore[no-untyped-def]
    return Path(store.index_dir)


def test_cli_quote_json_ranks_the_first_printing_with_its_diff(quote_index: Path) -> None:
    typed = "we won't let the port close while the talks go on"
    data = search_json(quote_index, "--quote", typed)
    first = data["quotes"][0]
    assert (first["id"], first["speaker"], first["date"]) == ("first", "Lena Sorberg", "2021-05-03")
    assert ("changed", "let", "allow") in {
        (d["kind"], d["typed"], d["printed"]) for d in first["diff"]
    }
    body = search_json(quote_index, "--show", "first")["body"]
    assert body[first["start"] : first["end"]] == first["text"]


def test_cli_quote_terminal_shows_speaker_and_diff(quote_index: Path) -> None:
    result = run_search(quote_index, "--quote", "we will not let the port close")
    assert result.exit_code == 0
    assert "— Lena Sorberg" in result.stdout
    assert "[-let-][+allow the+]" in result.stdout or "[-let-][+allow+]" in result.stdout


def test_cli_speaker_filter_and_facet(quote_index: Path) -> None:
    data = search_json(quote_index, "port", "--speaker", "Piet Vos")
    assert [hit["id"] for hit in data["hits"]] == ["other"]
    everyone = search_json(quote_index, "port")["facets"]["speaker"]
    assert {v["value"]: v["count"] for v in everyone} == {"Lena Sorberg": 2, "Piet Vos": 1}


def test_words_printed_outside_a_quotation_are_found_as_a_passage(store) -> None:  # type: ignore[no-untyped-def]
    typed = "promised to keep each berth open through winter storms"
    response = quote_search(store, typed, None, None, 10)
    top = response.hits[0]
    assert (top.article_id, top.kind, top.speaker) == ("statement", "passage", None)
    body = store.reader.by_id("statement").body
    assert body[top.start : top.end] == top.text
    assert top.text.startswith("promised to keep every berth") and "storms" in top.text
    assert ("changed", "each", "every") in {(d.kind, d.typed, d.printed) for d in top.diff}


def test_a_quotation_is_not_found_again_as_a_passage(store) -> None:  # type: ignore[no-untyped-def]
    response = quote_search(store, "We will not allow the port to close", None, None, 10, True)
    kinds = {(h.article_id, h.kind) for h in response.hits}
    assert ("first", "quotation") in kinds and ("first", "passage") not in kinds


def test_cli_quote_passage_is_marked_as_not_a_quotation(quote_index: Path) -> None:
    result = run_search(quote_index, "--quote", "keep every berth open through the winter")
    assert result.exit_code == 0
    assert "in the article text, not a quotation" in result.stdout
    data = search_json(quote_index, "--quote", "keep every berth open through the winter")
    assert data["quotes"][0]["kind"] == "passage" and data["quotes"][0]["speaker"] is None
