"""Facet labels per article (bench/facet_articles.py, bench/facet_article_labels.py): a
value is scored by the articles it covers now, so that removing its one wrong article, or
adding a wrong article to a value labelled right, shows in the figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_index, write_jsonl

from bench.facet_article_labels import apply, record
from bench.facet_articles import (
    ArticleLabel,
    read_article_labels,
    score_articles,
    spelled,
    value_articles,
    verdict,
    wrong_pairs,
)
from bench.facet_precision_eval import PARTS

PARIS = ("place", "paris@FR")
DOVER = ("place", "dover@US")


def _all(scores: list) -> tuple[int, int, int, int]:  # type: ignore[type-arg]
    s = next(s for s in scores if s.facet == "all")
    return s.right, s.labelled, s.unlabelled, s.unread


def test_a_value_wrong_in_one_article_turns_right_when_that_article_goes() -> None:
    label = ArticleLabel(False, frozenset({"a1", "a2", "a3"}), frozenset({"a2"}))
    assert verdict(label, frozenset({"a1", "a2", "a3"})) is False
    assert verdict(label, frozenset({"a1", "a3"})) is True


def test_a_value_labelled_right_covering_an_article_not_read_is_counted_apart() -> None:
    labels = {PARIS: ArticleLabel(True, frozenset({"a1"}), None)}
    current = {PARIS: frozenset({"a1", "a9"})}
    scores, unread = score_articles([PARIS, PARIS], labels, current)
    assert _all(scores) == (0, 0, 0, 2)
    assert unread == {PARIS: frozenset({"a9"})}


def test_labels_without_articles_score_as_at_the_value_level() -> None:
    labels = {PARIS: ArticleLabel(True), DOVER: ArticleLabel(False)}
    current = {PARIS: frozenset({"a1"}), DOVER: frozenset({"a2"})}
    scores, unread = score_articles([PARIS, DOVER, ("org", "x")], labels, current)
    assert _all(scores) == (1, 2, 1, 0) and not unread


def test_a_wrong_value_whose_articles_are_not_read_yet_stays_wrong() -> None:
    label = ArticleLabel(False, frozenset({"a1", "a2"}))
    assert verdict(label, frozenset({"a1"})) is False


def test_wrong_pairs_are_those_still_present() -> None:
    labels = {DOVER: ArticleLabel(False, frozenset({"a1", "a2", "a3"}), frozenset({"a2", "a3"}))}
    current = {DOVER: frozenset({"a1", "a3"})}
    assert wrong_pairs([DOVER, DOVER], labels, current) == [("place", "dover@US", "a3")]


def test_label_lines_carry_articles_and_wrong_in(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    rows = [
        {"facet": "place", "id": "dover@US", "ok": False, "why": "w", "articles": ["a1", "a2"]},
        {"facet": "org", "id": "x", "ok": True},
    ]
    rows[0]["wrong_in"] = ["a2"]
    write_jsonl(path, rows)
    labels = read_article_labels(path)
    assert labels[DOVER] == ArticleLabel(False, frozenset({"a1", "a2"}), frozenset({"a2"}))
    assert labels[("org", "x")] == ArticleLabel(True)
    path.write_text('{"facet": "org", "id": "x", "ok": true, "articles": "a1"}\n')
    with pytest.raises(SystemExit, match=r"labels.jsonl:1: not a label line"):
        read_article_labels(path)


def test_recording_writes_articles_where_absent_and_apply_writes_wrong_in() -> None:
    rows: list[dict[str, object]] = [
        {"facet": "place", "id": "dover@US", "ok": False, "why": "w"},
        {"facet": "org", "id": "x", "ok": True, "articles": ["old"], "articles_at": "abc"},
    ]
    current = {DOVER: frozenset({"b", "a"}), ("org", "x"): frozenset({"new"})}
    assert record(rows, current, "1234567", force=False) == 1
    assert rows[0]["articles"] == ["a", "b"] and rows[0]["articles_at"] == "1234567"
    assert rows[1]["articles"] == ["old"]
    apply(rows, [{"facet": "place", "id": "dover@US", "wrong_in": "all"}])
    assert rows[0]["wrong_in"] == ["a", "b"] and rows[0]["ok"] is False
    rows[0]["read_again"] = "stop 9: read again"
    apply(rows, [{"facet": "place", "id": "dover@US", "wrong_in": [], "read_again": "by article"}])
    assert rows[0]["wrong_in"] == [] and rows[0]["read_again"] == "stop 9: read again | by article"
    with pytest.raises(SystemExit, match="not among its articles"):
        apply(rows, [{"facet": "place", "id": "dover@US", "wrong_in": ["zz"]}])


def test_the_sentences_of_a_spelling_are_listed_for_reading() -> None:
    text = "The mayor of Dover spoke. Rain fell.\nDovers are not here. In Dover, sun."
    assert spelled(text, ["Dover"]) == ["The mayor of Dover spoke.", "In Dover, sun."]


def test_a_values_articles_are_those_whose_facet_holds_it(tmp_path: Path) -> None:
    articles = [
        {"id": "one", "title": "Flood", "text": "Heavy rain flooded Lyon in France on Monday."},
        {"id": "two", "title": "Talks", "text": "Ministers met in Lyon, France, for talks."},
        {"id": "three", "title": "Fair", "text": "A book fair opened in Madrid in Spain."},
    ]
    source = write_jsonl(tmp_path / "articles.jsonl", articles)
    result = run_index(str(source), "--index", str(tmp_path / "index"), "-q")
    assert result.exit_code == 0, result.output
    current = value_articles(tmp_path / "index")
    lyon = [ids for (facet, _), ids in current.items() if facet == "place" and "one" in ids]
    assert frozenset({"one", "two"}) in lyon


@pytest.mark.parametrize("part", sorted(PARTS))
def test_the_shipped_article_labels_are_sorted_ids_of_the_part(part: str) -> None:
    data = PARTS[part]
    rows = [json.loads(line) for line in (data / "labels.jsonl").read_text("utf-8").splitlines()]
    listed = {line.split("\t")[0] for line in (data / "articles.tsv").read_text().splitlines()}
    for row in (row for row in rows if "articles" in row):
        assert row["articles"] == sorted(set(row["articles"])) and row["articles_at"]
        assert set(row["articles"]) <= listed, row["id"]
        wrong = row.get("wrong_in", [])
        assert wrong == sorted(set(wrong)) and set(wrong) <= set(row["articles"]), row["id"]
        assert not (row["ok"] and wrong), row["id"]  # a value labelled right is wrong nowhere
        assert row["ok"] or wrong or "wrong_in" not in row or row.get("read_again"), row["id"]
