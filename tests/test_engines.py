"""The engine seam, on both engines: every call of ``index.engines.base.Reader``
and ``Writer`` against an oracle computed from the documents given, so that the
two engines are held to one contract."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from index.analysis import analyse
from index.edits import edit_distance
from index.engines import create_index, engine_of, open_reader, open_writer
from index.engines import query as q
from index.engines.base import FacetRequest, Reader, Sort
from index.engines.document import IndexDocument
from index.records import StoredArticle
from index.store.schema import BODY, FINGERPRINTS, PERSON, PLACE, PUBLISHED, TITLE

WORDS = "harbour port strike dock crane ship cargo union wage talks".split()


def document(n: int) -> IndexDocument:
    """Article n: a few of WORDS, a place or two, a date on most, fingerprints."""
    words = [WORDS[(n * k) % len(WORDS)] for k in range(1, 4 + n % 3)]
    body = f"The {' '.join(words)} news of day {n}."
    places = [f"town{n % 4}", *([f"city{n % 2}"] if n % 3 else [])]
    published = date(2020, 1 + n % 12, 1 + n % 28) if n % 5 else None
    stored = StoredArticle(id=f"a{n:02d}", title=f"Report {n}", body=body, published=published)
    return IndexDocument(
        stored=stored,
        texts={TITLE: analyse(stored.title), BODY: analyse(body)},
        keywords={PLACE: places, FINGERPRINTS: [f"f{n % 3}", f"g{n % 2}", "common"]},
        numbers={"mention_year": [2000 + n % 7]},
        dates={PUBLISHED: published} if published else {},
    )


DOCUMENTS = [document(n) for n in range(30)]
open_reader_of = open_reader


def build(path: Path, engine: str, documents: list[IndexDocument]) -> None:
    path.mkdir()
    create_index(path, engine)
    writer = open_writer(path)
    for doc in documents:
        writer.add(doc)
    writer.commit()


@pytest.fixture(params=["tantivy", "whoosh"])
def built(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "gen"
    build(path, request.param, DOCUMENTS)
    return path


@pytest.fixture(autouse=True)
def _close_readers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every reader a test opens is closed after it (Whoosh's files would warn)."""
    opened: list[Reader] = []

    def opening(path: Path) -> Reader:
        reader = open_reader_of(path)
        opened.append(reader)
        return reader

    monkeypatch.setitem(globals(), "open_reader", opening)
    yield
    for reader in opened:
        reader.close()


def ids(path: Path, node: q.Node) -> set[str]:
    reader = open_reader(path)
    try:
        found = reader.search(node, limit=1000)
        return {reader.stored(s.ref).id for s in found}
    finally:
        reader.close()


def with_word(word: str) -> set[str]:
    return {d.stored.id for d in DOCUMENTS if word in d.stored.body.split()}


def test_the_engine_is_recorded(built: Path) -> None:
    assert engine_of(built) in ("tantivy", "whoosh")
    assert open_reader(built).engine == engine_of(built)


def test_count_and_search_agree_with_the_documents(built: Path) -> None:
    reader = open_reader(built)
    assert reader.doc_count() == len(DOCUMENTS)
    assert reader.count(q.Every()) == len(DOCUMENTS)
    for word in WORDS:
        term = q.Term(BODY, analyse(word)[0])
        assert reader.count(term) == len(with_word(word)), word
        assert ids(built, term) == with_word(word), word
        assert reader.doc_frequency(BODY, term.text) == len(with_word(word))
    assert ids(built, q.Not(q.Term(BODY, "port"))) == {d.stored.id for d in DOCUMENTS} - with_word(
        "port"
    )


def test_within_narrows_without_scoring(built: Path) -> None:
    reader = open_reader(built)
    term = q.Term(BODY, "port")
    plain = {reader.stored(s.ref).id: s.score for s in reader.search(term, limit=100)}
    inside = reader.search(term, within=q.Term(PLACE, "town1"), limit=100)
    town = {d.stored.id for d in DOCUMENTS if "town1" in d.keywords[PLACE]}
    assert {reader.stored(s.ref).id for s in inside} == set(plain) & town
    for scored in inside:  # the filter adds nothing to the score
        assert scored.score == pytest.approx(plain[reader.stored(scored.ref).id], rel=1e-4)


def test_facets_count_every_match(built: Path) -> None:
    reader = open_reader(built)
    query = q.Term(BODY, "strike")
    matching = [d for d in DOCUMENTS if d.stored.id in with_word("strike")]
    expected = Counter(p for d in matching for p in d.keywords[PLACE])
    counted = reader.facets(query, [FacetRequest(PLACE)])[PLACE]
    assert counted == expected
    top = reader.facets(query, [FacetRequest(PLACE, 2)])[PLACE]
    assert all(top[v] == expected[v] for v in top)  # exact counts, at least the top 2
    assert {v for v, _ in expected.most_common(2)} <= set(top)


@pytest.mark.parametrize("counted_first", [False, True], ids=["uncounted", "counted"])
def test_facets_count_only_the_values_asked(built: Path, counted_first: bool) -> None:
    """A request of some values counts each of them exactly and leaves out those no
    match holds, beside a request of another field (here one no article fills); the
    same when the query was counted first (an engine may keep its few matches'
    values)."""
    reader = open_reader(built)
    query = q.Term(BODY, "strike")
    matching = [d for d in DOCUMENTS if d.stored.id in with_word("strike")]
    places = Counter(p for d in matching for p in d.keywords[PLACE])
    asked = ("town1", "city0", "nowhere", 'say "no"')
    assert any(places[v] for v in asked)
    if counted_first:
        reader.count(query)
    requests = [FacetRequest(PLACE, 1, values=asked), FacetRequest(PERSON)]
    found = reader.facets(query, requests)
    assert found == {PLACE: Counter({v: places[v] for v in asked if places[v]}), PERSON: {}}


def test_an_engine_that_counts_every_facet_value_does_so_for_a_sized_request(
    built: Path,
) -> None:
    """Where the engine says its facet counts hold every value, a request for the top 1
    answers every value of the matches (the surname fold counts a value it lacks as
    in no match, without asking again)."""
    reader = open_reader(built)
    assert isinstance(reader.every_facet_value, bool)
    query = q.Term(BODY, "strike")
    matching = [d for d in DOCUMENTS if d.stored.id in with_word("strike")]
    expected = Counter(p for d in matching for p in d.keywords[PLACE])
    assert len(expected) > 1
    top = reader.facets(query, [FacetRequest(PLACE, 1)])[PLACE]
    if reader.every_facet_value:
        assert top == expected
    else:
        assert all(top[v] == expected[v] for v in top)


def test_facets_counted_on_another_thread_while_this_one_reads_are_exact(built: Path) -> None:
    """An engine that declares concurrent facets gives the same counts while its
    searcher serves the caller's thread (as a search counts facets beside its hits)."""
    reader = open_reader(built)
    assert isinstance(reader.concurrent_facets, bool)
    if not reader.concurrent_facets:
        return
    query = q.Term(BODY, "strike")
    matching = [d for d in DOCUMENTS if d.stored.id in with_word("strike")]
    expected = Counter(p for d in matching for p in d.keywords[PLACE])
    counted: list[Counter[str]] = []

    def count() -> None:
        for _ in range(20):
            counted.append(reader.facets(query, [FacetRequest(PLACE)])[PLACE])

    worker = threading.Thread(target=count)
    worker.start()
    for _ in range(20):
        found = reader.search(q.Term(BODY, "port"), limit=100)
        assert {reader.stored(s.ref).id for s in found} == with_word("port")
    worker.join()
    assert counted == [expected] * 20


def test_sort_by_date_puts_undated_last(built: Path) -> None:
    reader = open_reader(built)
    for descending in (False, True):
        found = reader.search(q.Every(), limit=100, sort=Sort(PUBLISHED, descending))
        days = [reader.stored(s.ref).published for s in found]
        dated = [d for d in days if d is not None]
        assert dated == sorted(dated, reverse=descending)
        assert days[len(dated) :] == [None] * (len(days) - len(dated))
    page = reader.search(q.Every(), limit=5, offset=5, sort=Sort(PUBLISHED))
    whole = reader.search(q.Every(), limit=10, sort=Sort(PUBLISHED))
    assert [reader.stored(s.ref).id for s in page] == [reader.stored(s.ref).id for s in whole[5:]]


def test_ranges_and_exists(built: Path) -> None:
    dated = {d.stored.id for d in DOCUMENTS if d.stored.published}
    assert ids(built, q.Exists(PUBLISHED)) == dated
    assert ids(built, q.And((q.Every(), q.Not(q.Exists(PUBLISHED))))) == (
        {d.stored.id for d in DOCUMENTS} - dated
    )
    spring = q.DateRange(PUBLISHED, date(2020, 3, 1), date(2020, 5, 31))
    assert ids(built, spring) == {
        d.stored.id
        for d in DOCUMENTS
        if d.stored.published and date(2020, 3, 1) <= d.stored.published <= date(2020, 5, 31)
    }
    years = q.NumberRange("mention_year", 2002, 2004)
    assert ids(built, years) == {
        d.stored.id for d in DOCUMENTS if 2002 <= d.numbers["mention_year"][0] <= 2004
    }


def test_fuzzy_matches_terms_within_the_edit_distance(built: Path) -> None:
    for typed, distance in (("prot", 1), ("hrabour", 1), ("wagee", 1), ("craen", 2)):
        expected = {
            d.stored.id
            for d in DOCUMENTS
            if any(edit_distance(t, typed) <= distance for t in analyse(d.stored.body))
        }
        assert ids(built, q.Fuzzy(BODY, typed, distance)) == expected, typed


def test_phrases_and_sloppy_phrases(built: Path) -> None:
    def near(first: str, second: str, slop: int) -> set[str]:
        found = set()
        for d in DOCUMENTS:
            words = analyse(d.stored.body)
            a = [i for i, w in enumerate(words) if w == first]
            b = [i for i, w in enumerate(words) if w == second]
            if any(q.near(i, j, slop) for i in a for j in b):
                found.add(d.stored.id)
        return found

    for first, second in (("harbour", "port"), ("port", "harbour"), ("strike", "crane")):
        for slop in (0, 1, 2, 3):
            got = ids(built, q.Phrase(BODY, (first, second), slop))
            assert got == near(first, second, slop), (first, second, slop)


def test_prefix_expansion_and_reprint_candidates(built: Path) -> None:
    reader = open_reader(built)
    assert (
        reader.expand_prefix(BODY, "c", 10)
        == sorted({t for d in DOCUMENTS for t in analyse(d.stored.body) if t.startswith("c")})[:11]
    )
    shared = reader.sharing(["f1", "g1", "missing"], q.Every(), 100)
    expected = {
        d.stored.id: len({"f1", "g1"} & set(d.keywords[FINGERPRINTS]))
        for d in DOCUMENTS
        if {"f1", "g1"} & set(d.keywords[FINGERPRINTS])
    }
    assert {reader.stored(r).id: n for r, n in shared} == expected
    counts = [n for _, n in shared]
    assert counts == sorted(counts, reverse=True)
    within = reader.sharing(["common"], q.Term(PLACE, "town2"), 100)
    assert {reader.stored(r).id for r, _ in within} == {
        d.stored.id for d in DOCUMENTS if "town2" in d.keywords[PLACE]
    }


def test_publication_dates_are_those_of_the_stored_records(built: Path) -> None:
    reader = open_reader(built)
    refs = [s.ref for s in reader.search(q.Every(), limit=1000)]
    dates = reader.published(refs)
    assert dates == [reader.stored(ref).published for ref in refs]
    assert None in dates and len({d for d in dates if d}) > 10  # undated ones too


def test_stored_records_round_trip(built: Path) -> None:
    reader = open_reader(built)
    assert {a.id: a for a in reader.documents()} == {d.stored.id: d.stored for d in DOCUMENTS}
    assert reader.by_id("a07") == DOCUMENTS[7].stored
    assert reader.by_id("nope") is None


@pytest.mark.parametrize("engine", ["tantivy", "whoosh"])
def test_a_commit_replaces_and_deletes_at_once(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "gen"
    build(path, engine, DOCUMENTS[:10])
    before = open_reader(path)
    first = before.commit_id
    writer = open_writer(path)
    assert writer.commit_id == first + 1
    writer.delete("a03")
    writer.delete("a04")
    writer.add(DOCUMENTS[20])
    writer.delete("a05")
    writer.add(DOCUMENTS[5])  # replaced: deleted, then added again
    assert open_reader(path).doc_count() == 10  # nothing seen before the commit
    writer.commit()
    assert before.doc_count() == 10  # an open reader keeps its commit
    after = open_reader(path)
    assert after.commit_id == first + 1
    assert {a.id for a in after.documents()} == {f"a{n:02d}" for n in (0, 1, 2, 5, 6, 7, 8, 9, 20)}


@pytest.mark.parametrize("engine", ["tantivy", "whoosh"])
def test_a_cancelled_writer_changes_nothing(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "gen"
    build(path, engine, DOCUMENTS[:5])
    writer = open_writer(path)
    writer.delete("a01")
    writer.add(DOCUMENTS[9])
    writer.cancel()
    reader = open_reader(path)
    assert {a.id for a in reader.documents()} == {f"a{n:02d}" for n in range(5)}


def test_terms_holding_spaces_or_empty_keep_their_positions(tmp_path: Path) -> None:
    """A few compatibility characters fold to terms holding spaces ("ﷺ") or to
    none at all ("ﾞ"); each stays one term at its own position in both engines
    (tantivy's writer hands such a text over pre-tokenised)."""
    body = "alpha ﷺ beta ͺ gamma ﾞ delta"
    terms = analyse(body)
    assert len(terms) == 7 and "" in terms and any(" " in t for t in terms)
    stored = StoredArticle(id="odd", title="Odd", body=body)
    odd = IndexDocument(stored=stored, texts={TITLE: analyse("Odd"), BODY: terms})
    for engine in ("tantivy", "whoosh"):
        path = tmp_path / engine
        build(path, engine, [odd, *DOCUMENTS[:3]])
        assert ids(path, q.Term(BODY, terms[1])) == {"odd"}
        assert ids(path, q.Phrase(BODY, ("alpha", terms[1], "beta"), 0)) == {"odd"}
        assert ids(path, q.Phrase(BODY, ("beta", "gamma"), 0)) == set()
        assert ids(path, q.Phrase(BODY, ("beta", "gamma"), 1)) == {"odd"}
        assert ids(path, q.Phrase(BODY, ("gamma", "delta"), 1)) == {"odd"}
