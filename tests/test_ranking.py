"""Ranking on both engines: the same BM25 weight for a word, and the bonus for
neighbouring query words passing over common words (bench/RANKING.md has the
figures on a public test collection)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.engines import open_reader
from index.engines import query as q
from index.engines.base import Reader
from index.engines.whoosh_engine.scoring import bm25_idf
from index.store.schema import BODY
from search.engine import with_proximity
from search.query import parse_query
from tests.helpers import run_index, search_json, write_jsonl
from tests.test_engines import DOCUMENTS, build

ENGINES = ("tantivy", "whoosh")


@pytest.fixture(scope="module")
def readers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Reader]]:
    root = tmp_path_factory.mktemp("ranking")
    for engine in ENGINES:
        build(root / engine, engine, DOCUMENTS)
    opened = {engine: open_reader(root / engine) for engine in ENGINES}
    yield opened
    for reader in opened.values():
        reader.close()


def scores(reader: Reader, word: str) -> dict[str, float]:
    found = reader.search(q.Term(BODY, word), limit=100)
    return {reader.stored(s.ref).id: s.score for s in found}


@pytest.mark.parametrize("word", ["harbour", "crane", "wage", "news"])
def test_both_engines_weigh_a_word_alike(readers: dict[str, Reader], word: str) -> None:
    tantivy, whoosh = (scores(readers[e], word) for e in ENGINES)
    assert tantivy.keys() == whoosh.keys() and tantivy
    for article, score in tantivy.items():  # tantivy counts its commit record as a document
        assert whoosh[article] == pytest.approx(score, rel=0.05, abs=0.05)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_word_in_every_article_adds_almost_nothing(
    readers: dict[str, Reader], engine: str
) -> None:
    every, rare = scores(readers[engine], "news"), scores(readers[engine], "crane")
    assert len(every) == len(DOCUMENTS) and len(rare) < len(DOCUMENTS)
    assert max(every.values()) < min(rare.values()) / 10


def test_idf_tends_to_zero_for_a_word_in_every_document() -> None:
    assert bm25_idf(1000, 1000) < 0.001 < bm25_idf(1000, 999) < bm25_idf(1000, 1)
    assert bm25_idf(1000, 1) == pytest.approx(math.log(1 + 999.5 / 1.5))


def bonus_pairs(text: str, common: frozenset[str]) -> set[tuple[str, ...]]:
    node = with_proximity(parse_query(text, lambda _k, _v: []).node, text, common)
    assert isinstance(node, q.AndMaybe)
    return {leaf.terms for leaf in q.leaves(node.optional) if isinstance(leaf, q.Phrase)}


def test_proximity_pairs_pass_over_common_words() -> None:
    assert bonus_pairs("transfer of heat", frozenset()) == {("transfer", "of"), ("of", "heat")}
    assert bonus_pairs("transfer of heat", frozenset({"of"})) == {("transfer", "heat")}


FILLERS = [{"id": f"f{n}", "title": f"Filler {n}", "body": f"news of day {n}"} for n in range(110)]
NEAR = "transfer heat a1 a2 a3 a4 a5 of"  # transfer and heat neighbours, 'of' far off
APART = "transfer of a1 a2 a3 a4 a5 heat"  # only 'transfer of' near each other


def test_neighbouring_words_rank_first_whatever_common_word_sits_near(
    tmp_path: Path, engine: str
) -> None:
    records = [*FILLERS, {"id": "apart", "title": "Report", "body": APART}]
    records.append({"id": "near", "title": "Report", "body": NEAR})
    source = write_jsonl(tmp_path / "wire.jsonl", records)
    index_dir = tmp_path / "index"
    result = run_index(str(source), "--index", str(index_dir), "--quiet", "--engine", engine)
    assert result.exit_code == 0, result.output
    hits = search_json(index_dir, "transfer of heat")["hits"]
    assert [hit["id"] for hit in hits] == ["near", "apart"]
