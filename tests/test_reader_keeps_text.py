"""Reading never drops an article's words: whatever the lengths of its paragraphs and
sentences, every word of an untitled record's text, or of a text file, is in the title
or the body the reader gives, in order (a title cut at ``MAX_TITLE`` characters once
dropped the rest of a long first paragraph without a word of warning)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.read.articles import Article, Problem, read_articles

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1,
               max_size=14)  # fmt: skip
SENTENCE = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(WORD, min_size=1, max_size=40),
    st.sampled_from([".", "!", "?", ",", ""]),
)
PARAGRAPH = st.builds(" ".join, st.lists(SENTENCE, min_size=1, max_size=8))
TEXT = st.builds("\n\n".join, st.lists(PARAGRAPH, min_size=1, max_size=4))


def words_read(path: Path) -> list[str]:
    problems: list[Problem] = []
    articles: list[Article] = list(read_articles([path], problems.append))
    assert not problems and len(articles) == 1
    return f"{articles[0].title} {articles[0].body}".split()


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_every_word_of_an_untitled_record_is_read(tmp_path_factory, text: str) -> None:
    path = tmp_path_factory.mktemp("records") / "wire.jsonl"
    path.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    assert words_read(path) == text.split()


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_every_word_of_a_text_file_is_read(tmp_path_factory, text: str) -> None:
    path = tmp_path_factory.mktemp("texts") / "story.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert words_read(path) == text.split()
