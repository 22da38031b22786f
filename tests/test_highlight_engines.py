"""Highlights show exactly what matched, whatever the engine: both engines index
the tokens of index.analysis and the highlighter uses the same analysis, so the
same query gives the same articles, passages and highlight spans in both, and
every highlighted span is a word the query looks for (stemming, accents,
hard-wrapped phrases, possessives, hyphenated names)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import run_index, search_json, write_jsonl

from index.analysis import analyse

RECORDS = [
    {
        "id": "wrap",
        "title": "Harbour",
        "body": "The observation\nposts near the harbour were\nmanned.",
    },
    {"id": "accent", "title": "Café", "body": "Her résumé named the Café Noir on Turkey's coast."},
    {
        "id": "hyphen",
        "title": "Town",
        "body": "Clashes in Maarat al-Numan, then in al-Numan again.",
    },
]
QUERIES = [
    '"observation posts"',
    "observation post",
    "resume cafe",
    "turkey",
    "al-Numan",
    "numan~1",
]


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    root = tmp_path_factory.mktemp("highlights")
    source = write_jsonl(root / "wire.jsonl", RECORDS)
    built = {}
    for engine in ("tantivy", "whoosh"):
        built[engine] = root / engine
        argv = (str(source), "--index", str(built[engine]), "-q", "--engine", engine)
        assert run_index(*argv).exit_code == 0
    return built.__getitem__


def shown(index_dir: Path, query: str) -> dict[str, Any]:
    data = search_json(index_dir, query, "--passages", "5", "--all-copies")
    return {
        hit["id"]: [
            [p["text"][h["start"] : h["end"]] for h in p["highlights"]] for p in hit["passages"]
        ]
        + [[hit["title"][h["start"] : h["end"]] for h in hit["title_highlights"]]]
        for hit in data["hits"]
    }


@pytest.mark.parametrize("query", QUERIES)
def test_both_engines_highlight_the_same_words(indexes: Callable[[str], Path], query: str) -> None:
    tantivy, whoosh = shown(indexes("tantivy"), query), shown(indexes("whoosh"), query)
    assert tantivy, query
    assert tantivy == whoosh


@pytest.mark.parametrize("query", [q for q in QUERIES if "~" not in q])
def test_every_highlight_is_a_word_of_the_query(indexes: Callable[[str], Path], query: str) -> None:
    wanted = set(analyse(query))
    for parts in shown(indexes("tantivy"), query).values():
        for spans in parts:
            for text in spans:
                assert set(analyse(text)) <= wanted, (query, text)


def test_a_phrase_hard_wrapped_in_the_file_is_found_and_highlighted_whole(
    indexes: Callable[[str], Path],
) -> None:
    assert shown(indexes("tantivy"), '"observation posts"')["wrap"][0] == ["observation posts"]
