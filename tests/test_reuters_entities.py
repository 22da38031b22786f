"""Acceptance item 5 on real wire copy: the facets the indexer extracts from
Reuters-21578 articles (../shared/corpora) agree with the corpus's own
hand-assigned place, people and organisation labels.

The floors sit below the figures measured when they were set (300 articles:
place precision 0.69, recall 0.95 at country level; people 0.94, orgs 1.00 of
the labels found) and guard against regressions; bench/entities_eval.py
measures the whole corpus (bench/EXTRACTION.md).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from helpers import REPO

sys.path.insert(0, str(REPO))
from bench.entities_eval import country_of_code, found_person, org_names  # noqa: E402
from index.names import name_key  # noqa: E402
from index.read.articles import ReadLog, read_articles  # noqa: E402
from index.store.schema import COUNTRY  # noqa: E402
from index.write.documents import article_document, mentions  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "reuters21578.jsonl"
ARTICLES = 300


@pytest.fixture(scope="module")
def labelled(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[dict[str, Any], Any]]:
    """The first ARTICLES records, each with the Article the indexer reads from it."""
    if not CORPUS.exists():
        pytest.skip(f"needs ../shared beside the repo (the Reuters corpus at {CORPUS})")
    with CORPUS.open(encoding="utf-8") as lines:
        records = [json.loads(next(lines)) for _ in range(ARTICLES)]
    sample = tmp_path_factory.mktemp("reuters") / "sample.jsonl"
    sample.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    log = ReadLog()
    articles = {article.id: article for article in read_articles([sample], log)}
    assert not log.problems
    return [(record, articles[str(record["id"])]) for record in records]


def test_place_countries_agree_with_the_reuters_place_labels(
    labelled: list[tuple[dict[str, Any], Any]],
) -> None:
    right = wrong = missed = 0
    for record, article in labelled:
        gold = {code for code in map(country_of_code, record["places"]) if code}
        found = set(article_document(article, "").keywords.get(COUNTRY, ()))
        right += len(gold & found)
        wrong += len(found - gold)
        missed += len(gold - found)
    assert right + missed > ARTICLES  # most articles carry a place label
    precision, recall = right / (right + wrong), right / (right + missed)
    assert recall >= 0.90, recall
    assert precision >= 0.60, precision


def test_labelled_people_and_organisations_are_found(
    labelled: list[tuple[dict[str, Any], Any]],
) -> None:
    orgs = org_names(CORPUS)
    people = found_people = org_labels = found_orgs = 0
    for record, article in labelled:
        if not record["people"] and not record["orgs"]:
            continue
        found = mentions(article)
        for label in record["people"]:
            people += 1
            found_people += found_person(label, found)
        keys = {m.entity_id for m in found} | {name_key(m.text) for m in found}
        for label in record["orgs"]:
            org_labels += 1
            found_orgs += bool(orgs.get(label, {name_key(label)}) & keys)
    assert people >= 10 and org_labels >= 10
    assert found_people / people >= 0.80, (found_people, people)
    assert found_orgs / org_labels >= 0.80, (found_orgs, org_labels)
