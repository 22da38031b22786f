"""Top facet values from per-segment tops (``index.engines.tantivy_engine.topcounts``):
exact whenever an answer is given, else counted in full. Checked against a
Counter oracle, on simulated segments and on a tantivy index of several segments
with a per-segment top small enough that every step is taken."""

from __future__ import annotations

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
from index.engines.tantivy_engine import reader as tantivy_reader
from index.engines.tantivy_engine import topcounts
from index.records import StoredArticle
from index.store.schema import BODY, PLACE


def segment_tops(
    segments: list[Counter[str]], per_segment: int, size: int
) -> topcounts.SegmentTops:
    """What tantivy answers: each segment's top per_segment values (ties in some
    order), merged and cut at size; the error is the sum over the segments of
    the largest count each left out."""
    merged: Counter[str] = Counter()
    error = 0
    for counts in segments:
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        merged.update(dict(ordered[:per_segment]))
        if len(ordered) > per_segment:
            error += ordered[per_segment][1]
    kept = sorted(merged.items(), key=lambda kv: -kv[1])[:size]
    return topcounts.SegmentTops(dict(kept), error, cut=len(merged) > size)


def oracle_top(counts: Counter[str], size: int) -> Counter[str]:
    return topcounts.top(counts, size)


segments_strategy = st.lists(
    st.dictionaries(
        st.sampled_from([f"v{i}" for i in range(30)]), st.integers(1, 40), max_size=30
    ).map(Counter),
    min_size=1,
    max_size=4,
)


@settings(max_examples=400, deadline=None)
@given(segments_strategy, st.integers(1, 12), st.integers(1, 6))
def test_an_answer_is_always_the_exact_top(
    segments: list[Counter[str]], per_segment: int, size: int
) -> None:
    every: Counter[str] = sum(segments, Counter())
    asked = max(per_segment, size)
    tops = segment_tops(segments, asked, asked)
    exact = topcounts.exact_tops(tops, size)
    if exact is not None:
        assert exact == oracle_top(every, size)
        return
    step = topcounts.to_confirm(tops, size)
    if step is None:
        return  # counted in full by the reader
    confirmed = topcounts.confirmed_tops({v: every[v] for v in step.values}, step, size)
    if confirmed is not None:
        assert confirmed == oracle_top(every, size)


@settings(max_examples=400, deadline=None)
@given(segments_strategy, st.integers(1, 12), st.integers(1, 6))
def test_on_one_segment_an_answer_is_always_the_exact_top(
    segments: list[Counter[str]], per_segment: int, size: int
) -> None:
    only = segments[:1]
    asked = max(per_segment, size)
    exact = topcounts.exact_tops(segment_tops(only, asked, asked), size, True)
    if exact is not None:
        assert exact == oracle_top(only[0], size)


def test_on_one_segment_the_top_values_are_exact_above_the_largest_left_out() -> None:
    """One segment counts its top values in full: 'b' (5) is above the largest
    count left out ('c', 2), so the top two need no second step; a value left
    out tied with the size-th ('c' and 'b' at 2) does."""
    tops = segment_tops([Counter(a=9, b=5, c=2, d=1)], 2, 2)
    assert tops.error == 2
    assert topcounts.exact_tops(tops, 2) is None  # several segments: not proven
    assert topcounts.exact_tops(tops, 2, True) == Counter(a=9, b=5)
    tied = segment_tops([Counter(a=9, b=2, c=2)], 2, 2)
    assert topcounts.exact_tops(tied, 2, True) is None


def test_a_value_left_out_of_every_segment_top_stops_the_shortcut() -> None:
    """'b' is second overall but never in a segment's top 1: the answer must not
    be given from the values seen (it would miss 'b')."""
    segments = [Counter(a=5, b=4), Counter(c=5, b=4), Counter(d=5, b=4)]
    tops = segment_tops(segments, 1, 3)
    assert tops.error == 12
    step = topcounts.to_confirm(tops, 2)
    assert step is not None and "b" not in step.values
    exact = {v: sum(s[v] for s in segments) for v in step.values}
    assert topcounts.confirmed_tops(exact, step, 2) is None


def test_confirmed_counts_replace_the_lower_bounds() -> None:
    segments = [Counter(a=9, b=8, x=1), Counter(b=9, y=2, a=1)]
    tops = segment_tops(segments, 2, 3)  # a is undercounted: left out of segment 2's top
    assert tops.error == 2 and tops.counts["a"] == 9
    step = topcounts.to_confirm(tops, 2)
    assert step is not None and set(step.values) == {"a", "b"}
    exact = {"a": 10, "b": 17}
    assert topcounts.confirmed_tops(exact, step, 2) == Counter(b=17, a=10)


# --------------------------------------------------------------------------- a real index


def article(n: int) -> IndexDocument:
    """A few places named often (p0 in every article, p5 in one of six), a long
    tail, and one place per segment of 40 that only that segment names: each
    segment's most frequent differ from the whole's."""
    head = [f"p{k}" for k in range(1 + n % 6)]
    places = [*head, f"tail{(n * 7) % 23}", f"local{n // 40}"]
    stored = StoredArticle(id=f"a{n:03d}", title=f"Report {n}", body=f"strike news {n}")
    return IndexDocument(
        stored=stored,
        texts={BODY: analyse(stored.body)},
        keywords={PLACE: places},
    )


@pytest.fixture(scope="module")
def segmented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("segments") / "gen"
    path.mkdir()
    create_index(path, "tantivy")
    for first in range(0, 120, 40):  # one commit, one segment, per 40 articles
        writer = open_writer(path)
        for n in range(first, first + 40):
            writer.add(article(n))
        writer.commit()
    return path


# Step 2 counts the values to confirm with one aggregation of a filter per value,
# whatever the query (a word, words, a phrase, a union).
EVERY_ARTICLE = [
    q.Term(BODY, "strike"),
    q.all_of([q.Term(BODY, "strike"), q.Term(BODY, "news")]),
    q.Phrase(BODY, ("strike", "news")),
    q.any_of([q.Term(BODY, "strike"), q.Term(BODY, "nothing")]),
]


@pytest.mark.parametrize("query", EVERY_ARTICLE, ids=str)
@pytest.mark.parametrize("per_segment", [1, 2, 3, 5, 8, 40])
@pytest.mark.parametrize("size", [1, 2, 4, 7])
@pytest.mark.parametrize("filtered", [0, 48], ids=["restricted", "filters"])
def test_top_places_equal_a_counter_on_a_segmented_index(
    segmented: Path,
    monkeypatch: pytest.MonkeyPatch,
    per_segment: int,
    size: int,
    query: q.Node,
    filtered: int,
) -> None:
    """Step 2 counts a field's values with a filter each, or with a terms
    aggregation restricted to them (above FILTERED_VALUES): the same counts."""
    monkeypatch.setattr(tantivy_reader, "SEGMENT_TOPS", per_segment)
    monkeypatch.setattr(tantivy_reader, "FILTERED_VALUES", filtered)
    expected = Counter(p for n in range(120) for p in article(n).keywords[PLACE])
    reader = open_reader(segmented)
    try:
        assert reader._searcher.num_segments >= 3  # type: ignore[attr-defined]
        assert reader.count(query) == 120
        monkeypatch.setattr(tantivy_reader, "COUNT_IN_FULL", 0)
        monkeypatch.setattr(tantivy_reader, "KEPT_MATCHES", 0)
        found = reader.facets(query, [FacetRequest(PLACE, size)])[PLACE]
    finally:
        reader.close()
    assert len(found) == size
    assert all(found[v] == expected[v] for v in found)  # exact counts
    floor = sorted(expected.values(), reverse=True)[size - 1]
    assert {v for v, n in expected.items() if n > floor} <= set(found)
    assert all(n >= floor for n in found.values())


def test_every_step_is_taken_on_the_segmented_index(
    segmented: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small per-segment tops go through the confirmation step, proven or counted
    in full; tops holding every value of a segment are exact at once."""
    taken: Counter[str] = Counter()
    for name in ("exact_tops", "to_confirm", "confirmed_tops"):
        original = getattr(topcounts, name)

        def spy(*args: object, _name: str = name, _original: object = original) -> object:
            answer = _original(*args)  # type: ignore[operator]
            taken[f"{_name}:{'none' if answer is None else 'some'}"] += 1
            return answer

        monkeypatch.setattr(topcounts, name, spy)
    reader = open_reader(segmented)
    try:
        for per_segment in (1, 2, 3, 8, 40):
            monkeypatch.setattr(tantivy_reader, "SEGMENT_TOPS", per_segment)
            for size in (1, 2, 4):
                reader.facets(q.Term(BODY, "strike"), [FacetRequest(PLACE, size)])
    finally:
        reader.close()
    assert taken["exact_tops:some"] and taken["confirmed_tops:some"], taken
    assert taken["confirmed_tops:none"] or taken["to_confirm:none"], taken


AWKWARD = ['say "no"', "back\\slash", "two words", "a:b", "x@US", "(x) OR y", "-neg", "é*", ""]


def test_values_of_any_characters_are_confirmed_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The confirmation step's filters name each value in tantivy's query language
    (quoted): quotes, backslashes, spaces, operators and the empty value are
    counted as themselves."""
    path = tmp_path / "gen"
    path.mkdir()
    create_index(path, "tantivy")
    expected: Counter[str] = Counter()
    for first in range(0, 90, 30):  # three segments
        writer = open_writer(path)
        for n in range(first, first + 30):
            places = [v for k, v in enumerate(AWKWARD) if n % (k + 2) == 0]
            expected.update(places)
            stored = StoredArticle(id=f"w{n:03d}", title="Report", body="strike news")
            texts = {BODY: analyse(stored.body)}
            writer.add(IndexDocument(stored=stored, texts=texts, keywords={PLACE: places}))
        writer.commit()
    monkeypatch.setattr(tantivy_reader, "SEGMENT_TOPS", 2)
    monkeypatch.setattr(tantivy_reader, "COUNT_IN_FULL", 0)
    monkeypatch.setattr(tantivy_reader, "KEPT_MATCHES", 0)
    confirmed: list[dict[str, Counter[str]]] = []
    original = tantivy_reader.TantivyReader._value_counts

    def spy(self: object, *args: object) -> dict[str, Counter[str]]:
        confirmed.append(original(self, *args))  # type: ignore[arg-type]
        return confirmed[-1]

    monkeypatch.setattr(tantivy_reader.TantivyReader, "_value_counts", spy)
    reader = open_reader(path)
    try:
        found = reader.facets(q.Phrase(BODY, ("strike", "news")), [FacetRequest(PLACE, 4)])
    finally:
        reader.close()
    assert confirmed and all(
        counts[v] == expected[v]
        for answer in confirmed
        for counts in answer.values()
        for v in counts
    )
    assert dict(found[PLACE]) == dict(oracle_top(expected, 4))


@pytest.mark.parametrize("filtered", [0, 48], ids=["restricted", "filters"])
@pytest.mark.parametrize("kept", [0, 200], ids=["aggregated", "kept"])
def test_a_request_of_some_values_counts_them_exactly(
    segmented: Path, monkeypatch: pytest.MonkeyPatch, filtered: int, kept: int
) -> None:
    """A request of some values (as the surname fold makes): each counted exactly,
    those in no match left out, by filters, a restricted aggregation or from the
    values kept of a counted query's few matches."""
    monkeypatch.setattr(tantivy_reader, "FILTERED_VALUES", filtered)
    monkeypatch.setattr(tantivy_reader, "KEPT_MATCHES", kept)
    expected = Counter(p for n in range(120) for p in article(n).keywords[PLACE])
    asked = ("p0", "p5", "tail3", "local2", "nowhere")
    query = q.Term(BODY, "strike")
    reader = open_reader(segmented)
    try:
        reader.count(query)
        found = reader.facets(query, [FacetRequest(PLACE, values=asked)])[PLACE]
    finally:
        reader.close()
    assert found == Counter({v: expected[v] for v in asked if expected[v]})


class CountingSearcher:
    """A searcher that counts its aggregations."""

    def __init__(self, searcher: object) -> None:
        self.searcher = searcher
        self.aggregations = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self.searcher, name)

    def aggregate(self, *args: object) -> object:
        self.aggregations += 1
        return self.searcher.aggregate(*args)  # type: ignore[attr-defined]


def _tops_steps(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A list that gets "tops" each time the per-segment tops are counted."""
    steps: list[str] = []
    original = topcounts.exact_tops
    monkeypatch.setattr(topcounts, "exact_tops", lambda *a: steps.append("tops") or original(*a))
    return steps


@pytest.mark.parametrize(("kept", "in_full_below"), [(0, 0), (0, 5000), (200, 5000)])
def test_a_counted_query_with_few_matches_is_counted_in_one_step(
    segmented: Path, monkeypatch: pytest.MonkeyPatch, kept: int, in_full_below: int
) -> None:
    """After a search counts its matches (120 here), facets over at most
    COUNT_IN_FULL matches skip the per-segment tops, and over at most
    KEPT_MATCHES every value is kept, so asking for every value again does not
    aggregate again; the counts are the same every way."""
    monkeypatch.setattr(tantivy_reader, "SEGMENT_TOPS", 2)
    monkeypatch.setattr(tantivy_reader, "KEPT_MATCHES", kept)
    monkeypatch.setattr(tantivy_reader, "COUNT_IN_FULL", in_full_below)
    steps = _tops_steps(monkeypatch)
    expected = Counter(p for n in range(120) for p in article(n).keywords[PLACE])
    query = q.Term(BODY, "strike")
    reader = open_reader(segmented)
    searcher = CountingSearcher(reader._searcher)  # type: ignore[attr-defined]
    reader._searcher = searcher  # type: ignore[attr-defined]
    try:
        assert reader.count(query) == 120
        found = reader.facets(query, [FacetRequest(PLACE, 3)])[PLACE]
        before = searcher.aggregations
        every = reader.facets(query, [FacetRequest(PLACE)])[PLACE]
    finally:
        reader.close()
    assert bool(steps) == (in_full_below < 120)
    assert dict(found) == {v: expected[v] for v in found}
    assert sorted(found.values(), reverse=True) == sorted(expected.values(), reverse=True)[:3]
    assert every == expected
    assert (searcher.aggregations == before) == (kept >= 120)


@pytest.mark.parametrize(("size", "in_full"), [(3, False), (16, False), (17, True)])
def test_a_request_of_many_values_is_counted_in_full_up_to_more_matches(
    segmented: Path, monkeypatch: pytest.MonkeyPatch, size: int, in_full: bool
) -> None:
    """Step 2 grows with the values asked, a count in full does not: over 120
    matches, with COUNT_IN_FULL below and COUNT_IN_FULL_MANY above that, a request
    of more than FEW_ASKED values is counted in full in one step, a smaller one in
    steps; the counts are exact either way."""
    monkeypatch.setattr(tantivy_reader, "SEGMENT_TOPS", 2)
    monkeypatch.setattr(tantivy_reader, "KEPT_MATCHES", 0)
    monkeypatch.setattr(tantivy_reader, "COUNT_IN_FULL", 100)
    monkeypatch.setattr(tantivy_reader, "COUNT_IN_FULL_MANY", 200)
    steps = _tops_steps(monkeypatch)
    expected = Counter(p for n in range(120) for p in article(n).keywords[PLACE])
    query = q.Term(BODY, "strike")
    reader = open_reader(segmented)
    try:
        assert reader.count(query) == 120
        found = reader.facets(query, [FacetRequest(PLACE, size)])[PLACE]
    finally:
        reader.close()
    assert bool(steps) != in_full
    assert all(found[v] == expected[v] for v in found)
    assert (
        sorted(found.values(), reverse=True)[:size]
        == sorted(expected.values(), reverse=True)[:size]
    )


@pytest.fixture(scope="module")
def one_segment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("one") / "gen"
    path.mkdir()
    create_index(path, "tantivy")
    writer = open_writer(path)
    for n in range(120):
        writer.add(article(n))
    writer.commit()
    return path


@pytest.mark.parametrize("query", EVERY_ARTICLE, ids=str)
@pytest.mark.parametrize("per_segment", [1, 2, 3, 8, 40])
@pytest.mark.parametrize("size", [1, 2, 4, 7])
def test_top_places_equal_a_counter_on_an_index_of_one_segment(
    one_segment: Path, monkeypatch: pytest.MonkeyPatch, per_segment: int, size: int, query: q.Node
) -> None:
    """On one segment the top values above the largest count left out need no
    second aggregation (p0 and p1, in 120 and 100 articles, above every place
    a top of 8 leaves out); the counts are exact either way."""
    monkeypatch.setattr(tantivy_reader, "SEGMENT_TOPS", per_segment)
    monkeypatch.setattr(tantivy_reader, "COUNT_IN_FULL", 0)
    monkeypatch.setattr(tantivy_reader, "KEPT_MATCHES", 0)
    expected = Counter(p for n in range(120) for p in article(n).keywords[PLACE])
    reader = open_reader(one_segment)
    searcher = CountingSearcher(reader._searcher)  # type: ignore[attr-defined]
    reader._searcher = searcher  # type: ignore[attr-defined]
    try:
        assert searcher.num_segments == 1
        found = reader.facets(query, [FacetRequest(PLACE, size)])[PLACE]
    finally:
        reader.close()
    assert dict(found) == dict(oracle_top(expected, size))
    if per_segment >= 8 and size <= 2:
        assert searcher.aggregations == 1
