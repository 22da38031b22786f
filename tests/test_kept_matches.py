"""Reprint candidates among a search's matches (``TantivyReader.sharing``): when
the search's count found few matches, the reader keeps which they are and
filters the articles holding a fingerprint itself; a search whose query has a
phrase under an Or is split into conjunctions without unions
(``unions.phrase_parts``), each intersected with the few articles holding a
fingerprint. The answer (and its order) is the one the query that runs the
search's own query again gives, checked on every path."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_engines import DOCUMENTS, build

from index.engines import open_reader
from index.engines import query as q
from index.engines.tantivy_engine import reader as tantivy_reader
from index.store.schema import BODY, FINGERPRINTS, PLACE, TITLE

PHRASES = q.any_of([q.Phrase(TITLE, ("report", "7")), q.Phrase(BODY, ("port", "strike"))])
WITHIN = [
    q.Term(PLACE, "town2"),
    q.all_of([q.Term(BODY, "strike"), q.Term(PLACE, "city1")]),
    q.Phrase(BODY, ("port", "strike")),
    q.Nothing(),
    PHRASES,
    q.all_of([PHRASES, q.any_of([q.Term(PLACE, "town1"), q.Term(PLACE, "city1")])]),
    q.all_of([PHRASES, q.Not(q.Term(PLACE, "city1"))]),
    q.AndMaybe(PHRASES, q.Term(BODY, "dock")),
]
TERMS = [["common"], ["f1", "g1", "missing"], ["f0"], ["nothing"]]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kept") / "gen"
    build(path, "tantivy", DOCUMENTS)
    return path


@pytest.mark.parametrize("kept", [0, 3, 200])
@pytest.mark.parametrize("within", WITHIN, ids=str)
@pytest.mark.parametrize("terms", TERMS, ids=str)
def test_candidates_are_the_same_whether_the_matches_were_kept_or_not(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch, kept: int, within: q.Node, terms: list[str]
) -> None:
    monkeypatch.setattr(tantivy_reader, "KEPT_MATCHES", kept)
    reader = open_reader(index_dir)
    try:
        total = reader.count(within)  # a search counts its matches first
        assert (within in reader._matches) == (total <= kept)  # type: ignore[attr-defined]
        shared = reader.sharing(terms, within, 100)
        got = {reader.stored(r).id: n for r, n in shared}
        matching = {reader.stored(s.ref).id for s in reader.search(within, limit=1000)}
        fresh = open_reader(index_dir)  # no count, no parts: the query runs
        try:
            with monkeypatch.context() as patched:
                patched.setattr(tantivy_reader, "phrase_parts", lambda node: None)
                plain = {fresh.stored(r).id: n for r, n in fresh.sharing(terms, within, 100)}
                first_two = [(fresh.stored(r).id, n) for r, n in fresh.sharing(terms, within, 2)]
        finally:
            fresh.close()
        assert [(reader.stored(r).id, n) for r, n in reader.sharing(terms, within, 2)] == first_two
    finally:
        reader.close()
    oracle = {
        d.stored.id: len(set(terms) & set(d.keywords[FINGERPRINTS]))
        for d in DOCUMENTS
        if d.stored.id in matching and set(terms) & set(d.keywords[FINGERPRINTS])
    }
    assert got == plain == oracle
    assert [n for _, n in shared] == sorted((n for _, n in shared), reverse=True)
