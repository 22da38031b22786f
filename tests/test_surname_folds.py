"""A surname shown alone folds into the one full name of the archive that bears it:
the person facet counts the two as one, and a filter naming the full name finds both."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from helpers import run_index, run_search, search_json, stored_documents, write_jsonl
from hypothesis import given
from hypothesis import strategies as st

from index.names import name_key
from index.records import ORG, PERSON, Entity
from index.store.surname_folds import surname_folds
from search.surname_folds import fold_counts

# One minister named in full in two articles and by the surname alone in a third; two
# people of one surname, each named in full once, and that surname alone in a third.
RECORDS: list[dict[str, Any]] = [
    {
        "id": "f1",
        "title": "Budget cuts announced",
        "date": "2024-03-04",
        "body": "Finance minister Margarethe Vollstedt said on Monday that the budget would "
        "be cut by two percent.\n\nVollstedt told reporters in Bremen that the cuts would "
        "fall on roads.",
    },
    {
        "id": "f2",
        "title": "Unions meet minister",
        "date": "2024-03-05",
        "body": "Margarethe Vollstedt met union leaders in Bremen on Tuesday to discuss the "
        "budget.\n\nThe talks lasted three hours, Vollstedt said afterwards.",
    },
    {
        "id": "f3",
        "title": "Cuts to hold",
        "date": "2024-03-06",
        "body": "The cuts will hold, Vollstedt said in a statement on Wednesday.\n\n"
        "The opposition called the plan reckless.",
    },
    {
        "id": "w1",
        "title": "Orchestra tour",
        "date": "2024-03-04",
        "body": "The conductor Tomasz Wierzbicki said the orchestra would tour Poland in "
        "May.\n\nWierzbicki has led it since 2019.",
    },
    {
        "id": "w2",
        "title": "Gallery opens",
        "date": "2024-03-05",
        "body": "The painter Anna Wierzbicki opened a gallery in Gdansk on Tuesday.\n\n"
        "Wierzbicki said the space would show young artists.",
    },
    {
        "id": "w3",
        "title": "Review",
        "date": "2024-03-06",
        "body": "The evening was a triumph, Wierzbicki said on Wednesday.\n\n"
        "Tickets sold out within hours.",
    },
]


@pytest.fixture(scope="module")
def folds_index(tmp_path_factory: pytest.TempPathFactory, engine: str) -> Path:
    root = tmp_path_factory.mktemp(f"folds-{engine}")
    source = write_jsonl(root / "people.jsonl", RECORDS)
    result = run_index(str(source), "--index", str(root / "index"), "-q", "--engine", engine)
    assert result.exit_code == 0, result.output
    return root / "index"


def _person(name: str, articles: int, *spellings: str, entity_id: str = "") -> Entity:
    variants = {spelling: 1 for spelling in (name, *spellings)}
    return Entity(entity_id or name_key(name), PERSON, name, articles, variants)


def test_a_dominant_full_name_written_by_its_surname_takes_the_surname_alone() -> None:
    head = _person("Margarethe Vollstedt", 5, "Vollstedt")
    alone = _person("Vollstedt", 9)
    assert surname_folds([head, alone]) == {alone.id: head.id}


@pytest.mark.parametrize(
    "bearers",
    [
        # two people of like weight: the surname alone may be either
        [_person("Bill Keane", 5, "Keane"), _person("Hilary Keane", 4, "Keane")],
        # the full name is never written by the surname alone
        [_person("Margarethe Vollstedt", 5)],
        # one article is no evidence
        [_person("Margarethe Vollstedt", 1, "Vollstedt")],
    ],
)
def test_no_fold_without_one_dominant_bearer(bearers: list[Entity]) -> None:
    surname = bearers[0].name.split()[-1]
    assert surname_folds([*bearers, _person(surname, 3)]) == {}


def test_the_same_first_name_counts_as_one_person_and_names_run_together_as_none() -> None:
    full = _person("Donald Trump", 6, "Trump")
    middle = _person("Donald J. Trump", 3, "Trump")
    other = _person("Ivanka Trump", 2, "Trump")
    listed = _person("John Bolton Richard Grenell Ivanka Trump", 9)
    alone = _person("Trump", 20)
    # 9 of 11 articles (Donald with or without his initial) is over four in five
    assert surname_folds([full, middle, other, listed, alone]) == {alone.id: full.id}


def test_only_people_fold_and_names_kept_apart_never() -> None:
    head = _person("Margarethe Vollstedt", 5, "Vollstedt")
    org = Entity(name_key("Vollstedt"), ORG, "Vollstedt", 2, {"Vollstedt": 2})
    apart = _person("Vollstedt", 3, entity_id=f"{name_key('Vollstedt')}~minister")
    assert surname_folds([head, org, apart]) == {}


class _Docs:
    """The engine's answers over a list of documents (sets of ids), all matching."""

    def __init__(self, docs: list[set[str]]) -> None:
        self.docs = docs

    def counts(self, ids: Sequence[str]) -> dict[str, int]:
        return {i: sum(1 for doc in self.docs if i in doc) for i in ids}

    def apart(self, first: str, second: str) -> bool:
        return not any({first, second} <= doc for doc in self.docs)

    def union(self, ids: Sequence[str]) -> int:
        return sum(1 for doc in self.docs if doc & set(ids))


@given(
    st.lists(st.sets(st.sampled_from("abcdef"), max_size=4), max_size=30),
    st.dictionaries(st.sampled_from("def"), st.sampled_from("abc")),
    st.integers(min_value=1, max_value=6),
)
def test_folded_counts_equal_the_articles_naming_either(
    docs: list[set[str]], folds: dict[str, str], top: int
) -> None:
    counted = Counter(i for doc in docs for i in doc)
    shown = Counter(dict(counted.most_common(top)))  # the facet's top values only
    expected = Counter(i for doc in docs for i in {folds.get(j, j) for j in doc})
    got = fold_counts(shown, folds, _Docs(docs))
    assert {i: got[i] for i in got if i in expected} == {
        i: expected[i] for i in got if i in expected
    }
    assert not set(got) & set(folds)  # a folded surname is no value of its own


def test_the_person_facet_shows_the_full_name_once(folds_index: Path) -> None:
    people = {
        v["value"]: v["count"] for v in search_json(folds_index, "--facets")["facets"]["person"]
    }
    assert people["Margarethe Vollstedt"] == 3
    assert "Vollstedt" not in people
    # two bearers of like weight: the surname alone is folded into neither, and a person
    # named by one word only is no value of the facet (search.one_word_people) ...
    assert "Wierzbicki" not in people
    # ... though the filter still finds the article that names it
    hits = search_json(folds_index, "--person", "Wierzbicki")["hits"]
    assert "w3" in {hit["id"] for hit in hits}


def test_facet_counts_equal_a_counter_over_the_stored_articles(folds_index: Path) -> None:
    by_id: dict[str, set[str]] = {}
    for doc in stored_documents(folds_index):
        by_id[doc["id"]] = set(doc["entities"].get(PERSON, []))
    head, alone = name_key("Margarethe Vollstedt"), name_key("Vollstedt")
    expected = Counter(
        i for ids in by_id.values() for i in {head if j == alone else j for j in ids}
    )
    del expected[name_key("Wierzbicki")]  # one word: not listed (search.one_word_people)
    facet = search_json(folds_index, "--facets")["facets"]["person"]
    assert {v["id"]: v["count"] for v in facet} == dict(expected)


def test_a_filter_naming_the_full_name_finds_the_surname_alone(folds_index: Path) -> None:
    hits = search_json(folds_index, "--person", "Margarethe Vollstedt")["hits"]
    assert {hit["id"] for hit in hits} == {"f1", "f2", "f3"}
    explained = run_search(folds_index, "--person", "Margarethe Vollstedt", "--explain")
    assert explained.exit_code == 0
    assert "surname alone 'Vollstedt'" in explained.stdout


def test_a_hit_names_the_full_name_a_surname_alone_folds_into(folds_index: Path) -> None:
    """The article naming only "Vollstedt" lists Margarethe Vollstedt among its people,
    as the facet counts it; the surname of two people stays as written."""
    hits = {h["id"]: h for h in search_json(folds_index, "said", "--limit", "10")["hits"]}
    assert hits["f3"]["entities"]["person"] == ["Margarethe Vollstedt"]
    assert hits["w3"]["entities"]["person"] == ["Wierzbicki"]
    shown = run_search(folds_index, "cuts", "--color", "never").stdout
    assert "Margarethe Vollstedt" in shown


def test_a_surname_of_two_people_finds_only_what_it_names(folds_index: Path) -> None:
    hits = search_json(folds_index, "--person", "Tomasz Wierzbicki")["hits"]
    assert {hit["id"] for hit in hits} == {"w1"}


def test_a_word_read_more_often_as_a_body_does_not_fold() -> None:
    head = _person("Susan Phillips", 11, "Phillips")
    alone = _person("Phillips", 6)
    company = Entity(name_key("Phillips"), ORG, "Phillips", 7, {"Phillips": 7})
    assert surname_folds([head, alone, company]) == {}
    fewer = Entity(name_key("Phillips"), ORG, "Phillips", 6, {"Phillips": 6})
    assert surname_folds([head, alone, fewer]) == {alone.id: head.id}
