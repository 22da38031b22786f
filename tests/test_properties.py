"""Property tests: the parser fails only with our own errors, and highlight
spans always lie in the text, in order, and cover query words."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis import analyse
from index.engines import query as q
from search.errors import FilterValueError, QuerySyntaxError
from search.highlight import QueryTerms, highlight, query_terms
from search.query import parse_query
from search.syntax import MIN_PREFIX

WORDS = [
    "observation", "post", "posts", "Morek", "Idlib", "al-Numan", "Numan", "résumé",
    "Turkey's", "convoy", "convoys", "ceasefire", "Khan", "Sheikhoun", "and", "or", "not",
]  # fmt: skip
SYNTAX = [
    '"', "(", ")", "-", "+", "*", "?", ":", "OR", "AND", "NOT", "title:", "place:", "person:",
    "org:", "source:", "id:", "body:", "nosuch:", "~", "^2", "[", "]", "{", "}", "/", "\\", "'",
    "TO", "<", ">", "=", "!", "&", "|", "#", "@", "12:30", "2019-08-20", "é", "\u00a0",
]  # fmt: skip


def resolver(kind: str, value: str) -> list[str]:
    """Like the real resolver: names with no letters are refused."""
    if not any(char.isalpha() for char in value):
        raise FilterValueError(f"{kind} {value!r} holds no letters")
    return [f"{kind.lower()}-{value.casefold()}"]


query_texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(WORDS + SYNTAX), max_size=12).map(" ".join),
    st.lists(st.sampled_from(WORDS + SYNTAX), max_size=12).map("".join),
    st.lists(st.one_of(st.sampled_from(WORDS + SYNTAX), st.text(max_size=4)), max_size=10).map(
        " ".join
    ),
)


@settings(max_examples=400, deadline=None)
@given(text=query_texts, match_any=st.booleans())
@example(text="NOT OR observation", match_any=False)
@example(text="[a TO z]", match_any=False)
@example(text="{TO z} title:[a TO]", match_any=True)
@example(text="observation~2 post~", match_any=False)
@example(text='"observation post"~3 -convoy~1', match_any=True)
def test_parse_query_raises_only_query_errors_and_bounds_every_multi_word_term(
    text: str, match_any: bool
) -> None:
    """Every query node that stands for many words is bounded: a trailing
    wildcard after MIN_PREFIX letters (which the search caps at 1,000 words), or
    a word within at most 2 edits; no word range or pattern gets through."""
    try:
        parsed = parse_query(text, resolver, match_any=match_any)
    except (QuerySyntaxError, FilterValueError):
        return
    for node in q.leaves(parsed.node):
        assert isinstance(node, q.Term | q.Phrase | q.Prefix | q.Fuzzy | q.Nothing), (text, node)
        if isinstance(node, q.Prefix):
            assert len(node.prefix) >= 1 and len(text) >= MIN_PREFIX, (text, node)
        if isinstance(node, q.Fuzzy):
            assert 0 <= node.distance <= 2, (text, node)


def covers_a_query_word(fragment: str, wanted: QueryTerms) -> bool:
    words = set(analyse(fragment))
    phrase_words = {word for phrase in wanted.phrases for word in phrase}
    return bool(
        words & (wanted.terms | phrase_words)
        or any(w.startswith(p) for w in words for p in wanted.prefixes)
    )


def check_spans(text: str, wanted: QueryTerms) -> None:
    spans = highlight(text, wanted)
    previous_end = -1
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= previous_end  # sorted and not overlapping
        previous_end = span.end
        assert covers_a_query_word(text[span.start : span.end], wanted), (text, span)


article_texts = st.one_of(
    st.lists(
        st.one_of(
            st.sampled_from(WORDS),
            st.sampled_from([" ", "  ", "\n", "\n\n", ", ", ". ", "-", "'s", "’", "'"]),
            st.text(max_size=5),
        ),
        max_size=40,
    ).map("".join),
    st.text(max_size=200),
)
plain_queries = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(['"observation post"', "observ*", "conv*"])),
    min_size=1,
    max_size=4,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(text=article_texts, query=plain_queries)
def test_highlight_spans_are_in_bounds_sorted_and_cover_query_words(text: str, query: str) -> None:
    try:
        parsed = parse_query(query, resolver)
    except QuerySyntaxError:
        return
    check_spans(text, query_terms(parsed.node))


@settings(max_examples=300, deadline=None)
@given(
    text=article_texts,
    terms=st.frozensets(st.sampled_from(analyse(" ".join(WORDS))), max_size=4),
    prefixes=st.lists(st.sampled_from(["ob", "con", "tur", "num"]), max_size=2, unique=True),
    phrases=st.lists(
        st.lists(st.sampled_from(analyse(" ".join(WORDS))), min_size=2, max_size=3).map(tuple),
        max_size=2,
        unique=True,
    ),
)
def test_highlight_spans_for_any_terms(
    text: str, terms: frozenset[str], prefixes: list[str], phrases: list[tuple[str, ...]]
) -> None:
    check_spans(text, QueryTerms(terms, tuple(prefixes), tuple(phrases)))


def test_highlight_examples() -> None:
    wanted = query_terms(parse_query('"observation post" Turkey', resolver).node)
    text = "Turkey's observation posts, not the observation tower."
    spans = highlight(text, wanted)
    assert [text[s.start : s.end] for s in spans] == ["Turkey", "observation posts"]
