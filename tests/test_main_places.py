"""Main places (index.extract.salience, search --main-places): the places an article is about.

A place is a main place of an article when it is named in the dateline, the title or
the first paragraph, or at least twice. Expected values come from regexes over the
records written here (not the seeds), not from the extractor.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from helpers import assert_clean_error, hit_ids, run_index, run_search, search_json, write_jsonl

from index.extract.salience import MIN_REPEATS, lead_end, main_places
from index.read.articles import Article
from index.records import PLACE, Mention
from index.write.documents import article_document

PLACES = ("Oslo", "Nairobi", "Lima")
COUNTRIES = {"Oslo": "NO", "Nairobi": "KE", "Lima": "PE"}
RECORDS = [
    {
        "id": "a1",
        "dateline": "OSLO, March 3",
        "title": "Fish exports rise",
        "body": "Fish exports rose in March, the ministry said.\n\nBuyers in Lima paid more.",
    },
    {
        "id": "a2",
        "title": "Talks in Nairobi",
        "body": "Delegates met on Monday.\n\nThe delegation from Lima left early. "
        "Officials in Lima said the talks would resume.",
    },
    {
        "id": "a3",
        "title": "Markets",
        "body": "Traders in Oslo sold shares on Tuesday.\n\nA broker in Nairobi disagreed.",
    },
    {
        "id": "a4",
        "title": "Weather",
        "body": "Rain fell all week.\n\nThe storm moved on towards Lima and later Oslo.",
    },
]


def expected_main(record: dict[str, Any]) -> set[str]:
    """The rule, by regex over the record's own text."""
    lead = " ".join([record.get("dateline", ""), record["title"], record["body"].split("\n\n")[0]])
    text = " ".join([record.get("dateline", ""), record["title"], record["body"]])
    return {
        name
        for name in PLACES
        if re.search(rf"\b{name}\b", lead, re.I)
        or len(re.findall(rf"\b{name}\b", text, re.I)) >= MIN_REPEATS
    }


def expected_named(record: dict[str, Any]) -> set[str]:
    text = " ".join([record.get("dateline", ""), record["title"], record["body"]])
    return {name for name in PLACES if re.search(rf"\b{name}\b", text, re.I)}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("main-places")
    source = write_jsonl(root / "wire.jsonl", RECORDS)
    result = run_index(str(source), "--index", str(root / "index"), "--quiet")
    assert result.exit_code == 0, result.output
    return root / "index"


@pytest.mark.parametrize("name", PLACES)
def test_place_filter_with_main_places_keeps_articles_about_the_place(
    index_dir: Path, name: str
) -> None:
    about = {r["id"] for r in RECORDS if name in expected_main(r)}
    naming = {r["id"] for r in RECORDS if name in expected_named(r)}
    assert about < naming  # the records are written so that both views differ
    assert hit_ids(index_dir, "--place", name, "--main-places") == about
    assert hit_ids(index_dir, "--place", name) == naming


def test_main_place_facet_counts_equal_a_counter_over_the_records(index_dir: Path) -> None:
    facets = search_json(
        index_dir,
        "--facets",
        "--main-places",
        "--place",
        "Oslo",
        "--place",
        "Nairobi",
        "--place",
        "Lima",
    )["facets"]
    assert facets["places"] == "main"
    wanted = Counter(name for r in RECORDS for name in expected_main(r))
    assert {v["value"]: v["count"] for v in facets["place"]} == dict(wanted)
    named = search_json(index_dir, "--facets", "--place", "Lima")["facets"]
    assert named["places"] == "named"


def test_country_filter_with_main_places(index_dir: Path) -> None:
    about_norway = {r["id"] for r in RECORDS if "Oslo" in expected_main(r)}
    assert hit_ids(index_dir, "--country", "Norway", "--main-places") == about_norway
    report = search_json(index_dir, "--country", "NO", "--main-places")
    assert report["filters"] == {"main_country": ["Norway"]}
    assert [v["value"] for v in report["facets"]["country"]][:1] == ["Norway"]


def test_main_country_facet_counts_equal_a_counter_over_the_records(index_dir: Path) -> None:
    everything = ("--place", "Oslo", "--place", "Nairobi", "--place", "Lima")
    for flags, expected in (((), expected_named), (("--main-places",), expected_main)):
        facets = search_json(index_dir, "--facets", *everything, *flags)["facets"]
        wanted = Counter(COUNTRIES[name] for r in RECORDS for name in expected(r))
        assert {v["id"]: v["count"] for v in facets["country"]} == dict(wanted)


def test_place_field_in_the_query_follows_main_places(index_dir: Path) -> None:
    about = {r["id"] for r in RECORDS if "Lima" in expected_main(r)}
    naming = {r["id"] for r in RECORDS if "Lima" in expected_named(r)}
    assert hit_ids(index_dir, "place:Lima", "--main-places") == about
    assert hit_ids(index_dir, "place:Lima") == naming
    explained = search_json(index_dir, "place:Lima", "--main-places", "--explain")
    assert explained["explain"]["parsed"].startswith("main_place:")


def test_terminal_labels_the_main_place_facets(index_dir: Path) -> None:
    result = run_search(index_dir, "--facets", "--place", "Lima", "--main-places")
    assert result.exit_code == 0, result.output
    assert re.search(r"^Main places: Lima \(1\)", result.output, re.M)
    by_country = run_search(
        index_dir, "--facets", "--place", "Lima", "--main-places", "--by-country"
    )
    assert re.search(r"^Main countries: .*Peru \(1\)", by_country.output, re.M), by_country.output


def test_main_places_alone_is_no_search(index_dir: Path) -> None:
    result = run_search(index_dir, "--main-places")
    assert_clean_error(result, 2, "give a query")


def test_main_places_of_the_seeds_are_among_their_places(seed_index: Path) -> None:
    named = search_json(seed_index, "--facets")["facets"]
    main = search_json(seed_index, "--facets", "--main-places")["facets"]
    assert main["place"], "the seeds have main places"
    for value in main["place"]:
        about = hit_ids(seed_index, "--place", value["value"], "--main-places")
        assert len(about) == value["count"]
        assert about <= hit_ids(seed_index, "--place", value["value"])
    assert main["place"] != named["place"]


def _mention(start: int, entity_id: str, kind: str = PLACE) -> Mention:
    return Mention(start, start + 4, kind, "Name", entity_id, "Name", "XX")


def test_main_places_rule_on_mentions() -> None:
    lead = 100
    mentions = [
        _mention(10, "a"),  # in the lead
        _mention(150, "b"),  # once, after the lead
        _mention(200, "c"),
        _mention(300, "c"),  # twice after the lead
        _mention(20, "p", kind="PERSON"),  # not a place
    ]
    chosen = main_places(mentions, lead)
    assert [m.entity_id for m in chosen] == ["a", "c"]
    assert chosen[1].start == 200  # the first mention stands for the place


def test_lead_ends_with_the_first_paragraph_of_the_body() -> None:
    assert lead_end("One.\n\nTwo.", 30) == 34
    assert lead_end("Only one paragraph.", 30) == 30 + len("Only one paragraph.")


def test_article_document_keeps_main_places_and_their_countries() -> None:
    article = Article(
        id="x",
        title="Harbour works",
        body="Cranes arrived on Monday.\n\nEngineers from Nairobi inspected them. "
        "Later the team flew back to Nairobi.\n\nA supplier in Oslo was paid.",
    )
    document = article_document(article, "")
    assert len(document.keywords["main_place"]) == 1  # Oslo, named once after the lead, is not
    assert document.keywords["main_country"] == ["KE"]
    assert "NO" in document.keywords["country"]


def test_explain_says_which_places_the_filters_read(index_dir: Path) -> None:
    main = run_search(index_dir, "--place", "Oslo", "--main-places", "--explain")
    assert main.exit_code == 0, main.output
    assert re.search(r"^Places: main places only", main.output, re.M)
    every = run_search(index_dir, "--place", "Oslo", "--explain")
    assert "Places:" not in every.output
    data = search_json(index_dir, "--place", "Oslo", "--main-places", "--explain")
    assert data["explain"]["places"] == "main"
    assert search_json(index_dir, "--place", "Oslo", "--explain")["explain"]["places"] == "named"


def test_an_index_built_before_main_places_is_named_for_rebuilding(
    index_dir: Path, tmp_path: Path
) -> None:
    """An index of an earlier format (before main places, before engines were
    recorded) is refused with exit 3, naming --rebuild."""
    import shutil

    old = tmp_path / "old"
    shutil.copytree(index_dir, old)
    generation = old / (old / "CURRENT").read_text(encoding="utf-8").strip()
    (generation / "engine.json").unlink()
    result = run_search(old, "--place", "Oslo", "--main-places")
    assert result.exit_code == 3, result.output
    assert "--rebuild" in result.stderr
