"""The cyclic garbage collector is paused while one article is read (index.collector).
All text here is written for these tests."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

import index.extract.entities as entities
from index.collector import collector_paused, one_article
from index.extract.entities import extract_entities
from index.read.articles import ReadLog, read_articles
from index.records import Mention
from index.write.documents import article_document

ARTICLE = (
    "TARNBURY, March 4\n\nHarlow Tarn, chief executive of Elmford Holdings Inc, said on "
    'Tuesday the company would "do what it takes" to keep its plant in Tarnbury. '
    "Minister Jo Quellor met Tarn in Paris and London last week, officials said."
)


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_the_collector_is_off_while_an_article_is_read_and_on_after() -> None:
    seen: list[bool] = []

    @one_article
    def read(text: str) -> int:
        seen.append(gc.isenabled())
        return len(text)

    assert read("four") == 4
    assert seen == [False] and gc.isenabled()


def test_a_caller_that_paused_the_collector_finds_it_paused_still() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block does not switch it back on
    assert gc.isenabled()
    gc.disable()
    one_article(len)("text")
    assert not gc.isenabled()


def test_an_error_inside_restores_the_collector() -> None:
    @one_article
    def fails() -> None:
        raise ValueError("bad article")

    with pytest.raises(ValueError):
        fails()
    assert gc.isenabled()


def test_entity_extraction_runs_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    recognise = entities.recognise

    def watched(text: str) -> list[Mention]:
        seen.append(gc.isenabled())
        return recognise(text)

    monkeypatch.setattr(entities, "recognise", watched)
    assert extract_entities(ARTICLE)
    assert seen == [False] and gc.isenabled()


def test_reading_an_article_leaves_no_reference_cycles(tmp_path: Path) -> None:
    """The pause is safe because reading makes no cycles: nothing is left for the
    collector once the article is read (entities, dates, quotations and their
    speakers, fingerprints)."""
    source = tmp_path / "article.txt"
    source.write_text("date 2020-01-27\nTarnbury plant\n\n" + ARTICLE * 20, "utf-8")
    (article,) = list(read_articles([source], ReadLog()))
    article_document(article, "digest")  # loads the gazetteer and the model first
    gc.collect()
    with collector_paused():
        document = article_document(article, "digest")
        assert gc.collect() == 0
    assert document.stored.quotes and document.stored.tallies
