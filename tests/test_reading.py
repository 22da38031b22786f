"""Acceptance item 3: reading folders, text, JSON Lines and CSV; stable ids;
`search-index PATH... --index DIR` and SEARCH_INDEX."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    SEEDS,
    RawArticle,
    hit_ids,
    run_index,
    run_search,
    search_json,
    stored_documents,
    write_jsonl,
)

from index.read.articles import Article, Problem, read_articles

WIRE_TEXT = """\
date 2019-08-21
Turkish convoy halted near Khan Sheikhoun

ANKARA (Wire) - A Turkish military convoy
stopped short of the town on Tuesday after
an air strike hit the road ahead of it.
   Officials in Ankara said the convoy would
stay in place until the road was cleared.
"""


def read_all(*paths: Path) -> tuple[list[Article], list[Problem]]:
    problems: list[Problem] = []
    articles = list(read_articles(paths, problems.append))
    return articles, problems


def by_id(articles: list[Article]) -> dict[str, Article]:
    return {article.id: article for article in articles}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A folder tree with every supported kind of file, plus some to skip."""
    root = tmp_path / "archive"
    (root / "2019" / "august").mkdir(parents=True)
    (root / "notes").mkdir()
    (root / "2019" / "august" / "wire.txt").write_text(WIRE_TEXT, encoding="utf-8")
    (root / "notes" / "memo.md").write_text(
        "\n\n   # Memo on the corridor  \nThe corridor opened at dawn.\n", encoding="utf-8"
    )
    write_jsonl(
        root / "feeds" / "feed.jsonl",
        [
            {
                "id": "feed-1",
                "title": "Corridor opens",
                "body": "Civilians left through the corridor.",
                "date": "2019-08-22",
                "source": "AFP",
                "url": "https://example.org/1",
                "desk": "world",
                "tags": ["syria", "idlib"],
            },
            {"title": "Untitled id", "text": "Text instead of body.", "source": "VOA"},
        ],
    )
    with (root / "feeds" / "sheet.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["id", "title", "body", "date", "source", "url", "byline"])
        writer.writeheader()
        writer.writerow(
            {
                "id": "csv-7",
                "title": "Shelling in Ariha",
                "body": "Shelling hit Ariha overnight.\nResidents fled north.",
                "date": "2019-08-23",
                "source": "Reuters",
                "url": "https://example.org/7",
                "byline": "A. Writer",
            }
        )
    (root / "image.png").write_bytes(b"\x89PNG\r\n")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "secret.txt").write_text("Hidden\nnot an article", encoding="utf-8")
    return root


def test_folders_are_read_recursively_with_relative_path_ids(archive: Path) -> None:
    articles, problems = read_all(archive)
    assert problems == []
    assert set(by_id(articles)) == {
        "2019/august/wire.txt",
        "notes/memo.md",
        "feed-1",
        "feeds/feed.jsonl#2",
        "csv-7",
    }


def test_ids_do_not_depend_on_where_the_folder_lives(archive: Path, tmp_path: Path) -> None:
    moved = tmp_path / "elsewhere" / "copy"
    shutil.copytree(archive, moved)
    first, _ = read_all(archive)
    again, _ = read_all(archive)
    elsewhere, _ = read_all(moved)
    assert [a.id for a in first] == [a.id for a in again] == [a.id for a in elsewhere]


def test_text_file_title_date_marker_and_wrapped_paragraphs(archive: Path) -> None:
    article = by_id(read_all(archive)[0])["2019/august/wire.txt"]
    assert article.title == "Turkish convoy halted near Khan Sheikhoun"
    assert article.published == date(2019, 8, 21)
    assert article.body.split("\n\n") == [
        "ANKARA (Wire) - A Turkish military convoy stopped short of the town on Tuesday "
        "after an air strike hit the road ahead of it.",
        "Officials in Ankara said the convoy would stay in place until the road was cleared.",
    ]


def test_title_is_the_first_non_empty_line(archive: Path) -> None:
    article = by_id(read_all(archive)[0])["notes/memo.md"]
    assert article.title == "Memo on the corridor"  # a Markdown heading, marks dropped
    assert article.body == "The corridor opened at dawn."
    assert article.published is None


def test_a_markdown_title_loses_its_heading_marks(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("## Talks resume ##\n\nDelegates met.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Second title\n====\n\nBody text.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("# not Markdown\n\nBody.\n", encoding="utf-8")
    articles = by_id(read_all(tmp_path)[0])
    assert (articles["a.md"].title, articles["a.md"].body) == ("Talks resume", "Delegates met.")
    assert (articles["b.md"].title, articles["b.md"].body) == ("Second title", "Body text.")
    assert articles["c.txt"].title == "# not Markdown"


def test_single_line_breaks_between_long_lines_split_paragraphs(tmp_path: Path) -> None:
    first = "The first paragraph is long enough that it cannot be hard-wrapped wire copy, " * 2
    second = "The second paragraph follows after a single line break and is long as well. " * 2
    path = tmp_path / "story.txt"
    path.write_text(f"Title\n{first.strip()}\n{second.strip()}\n", encoding="utf-8")
    (article,) = read_all(path)[0]
    assert article.body.split("\n\n") == [first.strip(), second.strip()]


def test_jsonl_fields_and_metadata(archive: Path) -> None:
    articles = by_id(read_all(archive)[0])
    feed = articles["feed-1"]
    assert (feed.title, feed.body, feed.published, feed.source, feed.url) == (
        "Corridor opens",
        "Civilians left through the corridor.",
        date(2019, 8, 22),
        "AFP",
        "https://example.org/1",
    )
    assert set(feed.metadata) == {"desk", "tags"}
    assert feed.metadata["desk"] == "world"
    assert json.loads(feed.metadata["tags"]) == ["syria", "idlib"]
    untitled = articles["feeds/feed.jsonl#2"]
    assert untitled.body == "Text instead of body."
    assert untitled.source == "VOA"
    assert untitled.published is None


def test_csv_rows_use_the_same_field_names(archive: Path) -> None:
    row = by_id(read_all(archive)[0])["csv-7"]
    assert row.title == "Shelling in Ariha"
    assert row.body.split("\n\n") == ["Shelling hit Ariha overnight. Residents fled north."]
    assert row.published == date(2019, 8, 23)
    assert (row.source, row.url) == ("Reuters", "https://example.org/7")
    assert dict(row.metadata) == {"byline": "A. Writer"}


def test_bad_records_are_reported_with_their_line_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id": "a", "title": "A", "body": "first"}\n'
        "{not json\n"
        '["a list"]\n'
        '{"id": "b", "title": "B", "body": "second"}\n',
        encoding="utf-8",
    )
    articles, problems = read_all(path)
    assert [a.id for a in articles] == ["a", "b"]
    assert all(p.path == str(path) for p in problems)
    assert [p.line for p in problems] == [2, 3]


def test_seed_titles_dates_and_paragraphs_match_the_raw_files(
    raw_seeds: dict[str, RawArticle], seed_documents: dict[str, dict[str, Any]]
) -> None:
    assert set(seed_documents) == set(raw_seeds)
    for article_id, raw in raw_seeds.items():
        stored = seed_documents[article_id]
        assert stored["title"] == raw.title
        published = stored.get("published")
        if raw.published:  # a leading marker is the publication date
            assert published == raw.published.isoformat()
        elif published:  # else a date stated in the opening lines, such as a caption
            assert stored["date_source"] == "text"
            assert published[:4] in " ".join(raw.text.splitlines()[:3])
        assert stored["body"].split() == raw.body.split(), article_id


def test_seed_with_one_paragraph_per_line_keeps_them_apart(
    raw_seeds: dict[str, RawArticle], seed_documents: dict[str, dict[str, Any]]
) -> None:
    # 002 has no blank lines: every long line is a paragraph of its own.
    (article_id,) = [i for i in raw_seeds if i.startswith("002_")]
    lines = [" ".join(line.split()) for line in raw_seeds[article_id].text.splitlines()]
    expected = [line for line in lines[1:] if line]
    assert [" ".join(p.split()) for p in seed_documents[article_id]["body"].split("\n\n")] == (
        expected
    )


def test_search_index_reads_every_path_given(archive: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    result = run_index(
        str(archive / "2019"), str(archive / "feeds" / "sheet.csv"), "--index", str(index_dir)
    )
    assert result.exit_code == 0, (result.output, result.exception)
    assert "Indexed 2 articles" in result.stderr
    assert str(index_dir) in result.stderr
    assert {doc["id"] for doc in stored_documents(index_dir)} == {"august/wire.txt", "csv-7"}
    assert hit_ids(index_dir, "convoy OR shelling") == {"august/wire.txt", "csv-7"}


def test_jsonl_and_csv_are_searchable_with_their_metadata(archive: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    assert run_index(str(archive), "--index", str(index_dir), "--quiet").exit_code == 0
    shown = search_json(index_dir, "--show", "csv-7")
    assert shown["metadata"] == {"byline": "A. Writer"}
    assert (shown["source"], shown["url"], shown["date"]) == (
        "Reuters",
        "https://example.org/7",
        "2019-08-23",
    )
    assert hit_ids(index_dir, "corridor") == {"feed-1", "notes/memo.md"}


def test_search_index_env_variable_names_the_index(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    index_dir = tmp_path / "from-env"
    result = run_index(str(archive), env={"SEARCH_INDEX": str(index_dir)})
    assert result.exit_code == 0, (result.output, result.exception)
    assert (index_dir / "CURRENT").is_file()
    via_env = run_search(None, "corridor", "--json", env={"SEARCH_INDEX": str(index_dir)})
    assert via_env.exit_code == 0, via_env.output
    assert '"feed-1"' in via_env.stdout
    assert search_json(index_dir, "corridor")["total"] == 2


def test_indexing_more_paths_adds_and_prune_replaces(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    assert run_index(str(SEEDS), "--index", str(index_dir), "-q").exit_code == 0
    seeded = hit_ids(index_dir, "Idlib")
    only = tmp_path / "one.jsonl"
    write_jsonl(only, [{"id": "solo", "title": "Solo", "body": "Idlib alone."}])
    assert run_index(str(only), "--index", str(index_dir), "-q").exit_code == 0
    assert hit_ids(index_dir, "Idlib") == seeded | {"solo"}
    assert run_index(str(only), "--index", str(index_dir), "-q", "--prune").exit_code == 0
    assert hit_ids(index_dir, "Idlib") == {"solo"}


def test_jsonl_dateline_is_a_known_field_and_feeds_place_extraction(tmp_path: Path) -> None:
    from index.read.articles import read_articles
    from index.write.documents import article_document

    source = tmp_path / "wire.jsonl"
    record = {
        "id": "w1",
        "title": "Shares rise",
        "body": "Shares rose 3 pct on Monday.",
        "dateline": "TOKYO, March 3",
    }
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = read_articles([source], lambda problem: None)
    assert article.dateline == "TOKYO, March 3"
    assert "dateline" not in article.metadata
    document = article_document(article, digest="x")
    assert all(place.endswith("@JP") for place in document.keywords["place"])
    assert document.keywords["place"]


@pytest.mark.parametrize("xdg", [True, False])
def test_default_index_is_the_documented_one(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: bool
) -> None:
    """README: `--index DIR`, else SEARCH_INDEX, else $XDG_DATA_HOME/news-search/index
    (~/.local/share/news-search/index without XDG_DATA_HOME)."""
    monkeypatch.chdir(tmp_path)
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    if xdg:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
        expected = tmp_path / "xdg" / "news-search" / "index"
    else:
        monkeypatch.delenv("XDG_DATA_HOME")
        expected = home / ".local" / "share" / "news-search" / "index"
    result = run_index(str(archive))
    assert result.exit_code == 0, (result.output, result.exception)
    assert str(expected) in result.stderr
    assert (expected / "CURRENT").is_file()
    found = run_search(None, "corridor", "--json")
    assert found.exit_code == 0, found.output
    assert {hit["id"] for hit in json.loads(found.stdout)["hits"]} == {"feed-1", "notes/memo.md"}
    # --index wins over SEARCH_INDEX, which wins over the default.
    other = tmp_path / "other"
    elsewhere = run_search(None, "corridor", env={"SEARCH_INDEX": str(other)})
    assert elsewhere.exit_code == 3 and str(other) in elsewhere.stderr
    chosen = run_search(expected, "corridor", "--json", env={"SEARCH_INDEX": str(other)})
    assert chosen.exit_code == 0, chosen.output
