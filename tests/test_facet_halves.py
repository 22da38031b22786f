"""Facet work in two halves side by side (tantivy engine): the split is balanced
by the values each field holds, recorded by the writer in the commit marker;
whatever the split, the counts equal a Counter oracle."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import analyse
from index.engines import create_index, open_reader, open_writer
from index.engines import query as q
from index.engines.base import FacetRequest
from index.engines.document import IndexDocument
from index.engines.tantivy_engine import marker as tantivy_marker
from index.engines.tantivy_engine import reader as tantivy_reader
from index.engines.tantivy_engine.side_by_side import halves, side_by_side
from index.records import StoredArticle
from index.store.schema import BODY, COUNTRY, ORG, PERSON, PLACE

FIELDS = [f"f{i}" for i in range(8)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(FIELDS), unique=True, max_size=8),
    st.dictionaries(st.sampled_from(FIELDS), st.integers(0, 10_000)),
)
def test_halves_hold_every_request_once_and_are_balanced(
    fields: list[str], weights: dict[str, int]
) -> None:
    requests = [FacetRequest(f, 10) for f in fields]
    first, second = halves(requests, weights)
    assert sorted(r.field for r in first + second) == sorted(fields)
    if len(fields) < 2:
        assert second == []
        return
    assert first and second
    unknown = max(weights.values(), default=1) or 1
    load = [sum(weights.get(r.field, unknown) for r in group) for group in (first, second)]
    heaviest = max(weights.get(f, unknown) for f in fields)
    assert abs(load[0] - load[1]) <= heaviest  # greedy, heaviest first


def test_fields_of_no_values_are_shared_between_the_halves() -> None:
    requests = [FacetRequest(f, 10) for f in ("place", "person", "org")]
    first, second = halves(requests, {"place": 0, "person": 0, "org": 0})
    assert [r.field for r in first] == ["place", "org"]
    assert [r.field for r in second] == ["person"]


def test_the_heaviest_field_goes_alone_when_it_outweighs_the_rest() -> None:
    requests = [FacetRequest(f, 10) for f in ("place", "person", "org", "country")]
    first, second = halves(requests, {"org": 100, "place": 30, "person": 30, "country": 10})
    assert [r.field for r in first] == ["org"]
    assert {r.field for r in second} == {"place", "person", "country"}


def test_side_by_side_merges_and_runs_the_second_on_another_thread() -> None:
    here = threading.get_ident()
    seen: list[int] = []

    def second() -> dict[str, int]:
        seen.append(threading.get_ident())
        return {"b": 2}

    assert side_by_side(lambda: {"a": 1}, second) == {"a": 1, "b": 2}
    assert seen and seen[0] != here


@pytest.mark.parametrize("which", ["first", "second"])
def test_side_by_side_raises_either_sides_error_here(which: str) -> None:
    def fails() -> dict[str, int]:
        raise ValueError(which)

    def works() -> dict[str, int]:
        return {"x": 1}

    pair = (fails, works) if which == "first" else (works, fails)
    with pytest.raises(ValueError, match=which):
        side_by_side(*pair)


# --------------------------------------------------------------------------- a real index


def article(n: int) -> IndexDocument:
    """Four facet fields of different sizes: many organisations, fewer places
    and people, one country."""
    stored = StoredArticle(id=f"a{n:03d}", title=f"Report {n}", body=f"strike news {n}")
    keywords = {
        PLACE: [f"p{k}" for k in range(1 + n % 4)],
        PERSON: [f"person{(n * 3) % 17}"],
        ORG: [f"o{(n + k) % 31}" for k in range(6)],
        COUNTRY: [f"C{n % 3}"],
    }
    return IndexDocument(stored=stored, texts={BODY: analyse(stored.body)}, keywords=keywords)


@pytest.fixture(scope="module")
def segmented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("halves") / "gen"
    path.mkdir()
    create_index(path, "tantivy")
    for first in range(0, 120, 40):
        writer = open_writer(path)
        for n in range(first, first + 40):
            writer.add(article(n))
        writer.commit()
    return path


def test_the_marker_holds_the_values_given_to_each_field_over_all_commits(
    segmented: Path,
) -> None:
    reader = open_reader(segmented)
    try:
        weights = reader._weights  # type: ignore[attr-defined]
        assert reader.commit_id == 3
    finally:
        reader.close()
    given_values = Counter(
        {f: sum(len(article(n).keywords[f]) for n in range(120)) for f in article(0).keywords}
    )
    assert dict(weights) == dict(given_values)


def test_an_index_with_a_bare_commit_number_opens_with_no_weights(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Indexes of earlier versions carry the commit id alone."""
    monkeypatch.setattr(tantivy_marker.Marker, "to_bytes", lambda self: str(self.commit).encode())
    create_index(tmp_path, "tantivy")
    for n in (1, 2):
        writer = open_writer(tmp_path)
        writer.add(article(n))
        writer.commit()
    reader = open_reader(tmp_path)
    try:
        assert reader.commit_id == 2
        assert dict(reader._weights) == {}  # type: ignore[attr-defined]
        counted = reader.facets(
            q.Term(BODY, "strike"), [FacetRequest(PLACE, 5), FacetRequest(ORG, 5)]
        )
    finally:
        reader.close()
    assert counted[PLACE] == Counter(article(1).keywords[PLACE] + article(2).keywords[PLACE])


@pytest.mark.parametrize("per_segment", [1, 3, 40])
@pytest.mark.parametrize("size", [1, 3, 8])
@pytest.mark.parametrize("kept", [0, 200])
def test_split_facets_equal_a_counter(
    segmented: Path, monkeypatch: pytest.MonkeyPatch, per_segment: int, size: int, kept: int
) -> None:
    """Four sized fields and one counted in full, split in two (or, over few
    matches, counted together): every count exact, the top values the oracle's."""
    monkeypatch.setattr(tantivy_reader, "SEGMENT_TOPS", per_segment)
    monkeypatch.setattr(tantivy_reader, "COUNT_IN_FULL", 0)
    monkeypatch.setattr(tantivy_reader, "KEPT_MATCHES", kept)
    threads: set[int] = set()
    original = tantivy_reader.TantivyReader._counted
    monkeypatch.setattr(
        tantivy_reader.TantivyReader,
        "_counted",
        lambda self, *a: threads.add(threading.get_ident()) or original(self, *a),
    )
    query = q.Term(BODY, "strike")
    requests = [FacetRequest(f, size) for f in (PLACE, PERSON, ORG)] + [FacetRequest(COUNTRY)]
    reader = open_reader(segmented)
    try:
        assert reader.count(query) == 120
        found = reader.facets(query, requests)
    finally:
        reader.close()
    for field in (PLACE, PERSON, ORG, COUNTRY):
        expected = Counter(v for n in range(120) for v in article(n).keywords[field])
        assert all(found[field][v] == expected[v] for v in found[field]), field
        if field == COUNTRY:
            assert found[field] == expected
            continue
        floor = sorted(expected.values(), reverse=True)[min(size, len(expected)) - 1]
        assert {v for v, n in expected.items() if n > floor} <= set(found[field]), field
    assert len(threads) == (2 if kept < 120 else 0)


@pytest.mark.parametrize("written", [b'{"values": {}}', b'{"commit": 1, "values": [1]}', b"[1]"])
def test_an_unreadable_marker_is_an_index_files_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, written: bytes
) -> None:
    """A marker this version did not write: a clear index error, no traceback."""
    from index.errors import IndexFilesError

    monkeypatch.setattr(tantivy_marker.Marker, "to_bytes", lambda self: written)
    create_index(tmp_path, "tantivy")
    writer = open_writer(tmp_path)
    writer.add(article(1))
    writer.commit()
    with pytest.raises(IndexFilesError, match="commit marker"):
        open_reader(tmp_path)
