"""Acceptance item 9: colour only where wanted, one JSON object of a fixed
shape, highlight offsets that point at the matched text, and --show."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from helpers import ANSI, REPO, RawArticle, run_search, search_json

from index.analysis import analyse

GOLDEN = REPO / "tests" / "golden" / "search_shape.json"
TYPES = {"str": str, "int": int, "float": float, "bool": bool, "null": type(None)}


# --------------------------------------------------------------------------- colour


@pytest.mark.parametrize(
    ("args", "env"),
    [
        ([], None),
        (["--color", "auto"], {"NO_COLOR": "1"}),
        (["--color", "never"], None),
        (["--color", "never", "--facets"], None),
    ],
)
def test_piped_output_has_no_escape_codes(
    seed_index: Path, args: list[str], env: dict[str, str | None] | None
) -> None:
    result = run_search(seed_index, "observation post", *args, env=env)
    assert result.exit_code == 0
    assert "articles match" in result.stdout
    assert not ANSI.search(result.stdout)
    assert not ANSI.search(result.stderr)


@pytest.mark.parametrize(("no_color", "styled"), [("1", False), (None, True)])
def test_no_color_with_auto_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, no_color: str | None, styled: bool
) -> None:
    from rich.text import Text

    from search.render_terminal import make_console

    monkeypatch.setenv("FORCE_COLOR", "1")  # rich treats the output as a terminal
    if no_color:
        monkeypatch.setenv("NO_COLOR", no_color)
    console = make_console("auto")
    with console.capture() as captured:
        console.print(Text("highlighted", style="bold black on yellow"))
    assert bool(ANSI.search(captured.get())) is styled


@pytest.mark.parametrize("env", [None, {"NO_COLOR": "1"}])
def test_color_always_styles_the_output(
    seed_index: Path, env: dict[str, str | None] | None
) -> None:
    result = run_search(seed_index, "observation post", "--color", "always", env=env)
    assert result.exit_code == 0
    assert ANSI.search(result.stdout)
    plain = ANSI.sub("", re.sub(r"\x1b\[[0-9;]*m", "", result.stdout))
    assert "observation post" in " ".join(plain.split()).lower()


# --------------------------------------------------------------------------- JSON


def conforms(value: Any, shape: Any, path: str, seen: set[str]) -> list[str]:
    """Differences between value and a golden shape (see search_shape.json):
    a dict lists its keys (a trailing ? marks an optional one), a list holds
    the shape of every element, a string names the allowed types."""
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            return [f"{path}: expected an object, got {type(value).__name__}"]
        required = {k for k in shape if not k.endswith("?")}
        allowed = {k.rstrip("?"): v for k, v in shape.items()}
        problems = [f"{path}.{k}: missing" for k in sorted(required - set(value))]
        problems += [f"{path}.{k}: unexpected key" for k in sorted(set(value) - set(allowed))]
        for key in sorted(set(value) & set(allowed)):
            problems += conforms(value[key], allowed[key], f"{path}.{key}", seen)
        return problems
    if isinstance(shape, list):
        if not isinstance(value, list):
            return [f"{path}: expected a list, got {type(value).__name__}"]
        if value:
            seen.add(path)
        return [p for item in value for p in conforms(item, shape[0], f"{path}[]", seen)]
    names = shape.split("|")
    kinds = tuple(TYPES[name] for name in names)
    if isinstance(value, bool) != ("bool" in names) or not isinstance(value, kinds):
        return [f"{path}: expected {shape}, got {type(value).__name__}"]
    return []


def list_paths(shape: Any, path: str = "$") -> set[str]:
    if isinstance(shape, dict):
        return {p for k, v in shape.items() for p in list_paths(v, f"{path}.{k.rstrip('?')}")}
    if isinstance(shape, list):
        return {path} | list_paths(shape[0], f"{path}[]")
    return set()


def test_json_output_matches_the_golden_shape(seed_index: Path, archive_index: Path) -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    seen: set[str] = set()
    facets = search_json(seed_index, "--facets")["facets"]
    person, org = facets["person"][0]["value"], facets["org"][0]["value"]
    responses = [
        search_json(seed_index, "observation post", "--place", "Morek", "--limit", "100"),
        search_json(archive_index, "ceasefire", "--source", "Reuters"),
        search_json(seed_index, "--person", person, "--org", org),
        search_json(seed_index, "--country", "Syria", "--limit", "1"),
        search_json(seed_index, "Syria said: observation"),
    ]
    for response in responses:
        assert conforms(response, golden, "$", seen) == []
    # The responses together fill every list, so no element shape went unchecked.
    assert seen == list_paths(golden)


def test_golden_shape_check_catches_changes() -> None:
    golden = {"a": "int", "b?": ["str|null"], "c": {"d": "float"}}
    good = {"a": 1, "b": ["x", None], "c": {"d": 1.5}}
    assert conforms(good, golden, "$", set()) == []
    assert conforms({"a": 1, "c": {"d": 1.5}}, golden, "$", set()) == []
    assert conforms({"a": "1", "c": {"d": 1.5}}, golden, "$", set()) == [
        "$.a: expected int, got str"
    ]
    assert conforms({"a": True, "c": {"d": 1.5}}, golden, "$", set())
    assert conforms({"a": 1, "c": {"d": 1.5}, "e": 0}, golden, "$", set())
    assert conforms({"a": 1, "c": {}}, golden, "$", set()) == ["$.c.d: missing"]
    assert conforms({"a": 1, "b": [3], "c": {"d": 1.0}}, golden, "$", set())


def test_json_is_exactly_one_object(seed_index: Path) -> None:
    result = run_search(seed_index, "Idlib", "--json")
    assert result.exit_code == 0
    text = result.stdout.strip()
    data, end = json.JSONDecoder().raw_decode(text)
    assert end == len(text)
    assert isinstance(data, dict)
    assert not ANSI.search(result.stdout)


def test_json_totals_and_hits_agree(seed_index: Path, raw_seeds: dict[str, RawArticle]) -> None:
    data = search_json(seed_index, "Idlib", "--limit", "2")
    assert data["query"] == "Idlib"
    assert len(data["hits"]) == 2
    assert data["total"] == sum(1 for a in raw_seeds.values() if re.search(r"\bIdlib\b", a.text))
    scores = [hit["score"] for hit in data["hits"]]
    assert scores == sorted(scores, reverse=True)


# --------------------------------------------------------------------------- highlights


def highlighted(text: str, spans: list[dict[str, int]]) -> list[str]:
    for span in spans:
        assert 0 <= span["start"] < span["end"] <= len(text)
    return [text[span["start"] : span["end"]] for span in spans]


def test_phrase_highlights_are_the_phrase_as_printed(seed_index: Path) -> None:
    data = search_json(seed_index, '"observation post"', "--passages", "5", "--limit", "100")
    found: list[str] = []
    for hit in data["hits"]:
        found += highlighted(hit["title"], hit["title_highlights"])
        for passage in hit["passages"]:
            found += highlighted(passage["text"], passage["highlights"])
    assert found
    assert {" ".join(text.lower().split()) for text in found} <= {
        "observation post",
        "observation posts",
    }


def test_passage_offsets_point_into_the_article_body(seed_index: Path) -> None:
    data = search_json(seed_index, "Turkish", "--passages", "3", "--limit", "100")
    for hit in data["hits"]:
        body = search_json(seed_index, "--show", hit["id"])["body"]
        for passage in hit["passages"]:
            assert body[passage["start"] : passage["end"]] == passage["text"]


@pytest.mark.parametrize("query", ["Turkish convoy", "observ*", "Khan Sheikhoun", "refugee"])
def test_word_highlights_are_query_words(seed_index: Path, query: str) -> None:
    data = search_json(seed_index, query, "--passages", "5", "--limit", "100")
    words = [w.rstrip("*") for w in query.split()]
    wanted = {analyse(w)[0] for w in words}
    texts = [
        text
        for hit in data["hits"]
        for passage in hit["passages"]
        for text in highlighted(passage["text"], passage["highlights"])
    ]
    assert texts
    for text in texts:
        assert any(
            term in wanted or any(term.startswith(w.lower()) for w in words)
            for term in analyse(text)
        ), text


def test_terminal_output_shows_highlighted_text(seed_index: Path) -> None:
    result = run_search(seed_index, '"observation post"', "--color", "always")
    highlight_codes = re.findall(r"\x1b\[([0-9;]+)m(observation posts?)", result.stdout)
    assert highlight_codes, result.stdout


# --------------------------------------------------------------------------- --show


def seed_id(raw_seeds: dict[str, RawArticle], prefix: str) -> str:
    (found,) = [i for i in raw_seeds if i.startswith(prefix)]
    return found


def test_show_prints_the_whole_article_with_its_facets(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    article_id = seed_id(raw_seeds, "002_")
    raw = raw_seeds[article_id]
    result = run_search(seed_index, "--show", article_id)
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert raw.title in out
    assert article_id in out
    for line in raw.body.splitlines():
        if line.strip():
            assert " ".join(line.split()) in out
    entities = search_json(seed_index, "--show", article_id)["entities"]
    assert entities.get("place")
    labels = {"place": "Places:", "person": "People:", "org": "Organisations:"}
    labels["main_place"] = "Main places:"
    assert set(entities["main_place"]) <= set(entities["place"])
    for facet, names in entities.items():
        assert f"{labels[facet]} {', '.join(names)}" in out


def test_show_json_returns_body_and_highlights(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    article_id = seed_id(raw_seeds, "001_")
    raw = raw_seeds[article_id]
    data = search_json(seed_index, "Numan", "--show", article_id)
    assert data["id"] == article_id
    assert data["title"] == raw.title
    assert data["date"] == str(raw.published)
    assert data["body"].split() == raw.body.split()
    texts = highlighted(data["body"], data["body_highlights"])
    assert len(texts) == len(re.findall(r"\bNuman\b", raw.body))
    assert all(text == "Numan" for text in texts)
    for key in ("passages", "score"):
        assert key not in data


def test_show_without_query_highlights_nothing(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    data = search_json(seed_index, "--show", seed_id(raw_seeds, "003_"))
    assert data["body_highlights"] == []
    assert data["body"]


# ------------------------------------------------------------- the Morek question, as typed

OBSERVATION_POST = r"\bobservation\s+posts?\b"


def test_morek_query_shows_passages_only_from_articles_with_morek_and_observation_posts(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    morek = {i for i, a in raw_seeds.items() if re.search(r"\bMorek\b", a.text)}
    posts = {i for i, a in raw_seeds.items() if re.search(OBSERVATION_POST, a.text, re.I)}
    expected = morek & posts
    assert expected and expected < morek | posts  # the seeds tell "and" from "or"
    for extra in ([], ["--all-copies"]):
        data = search_json(seed_index, "observation post", "--place", "Morek", *extra)
        assert data["total"] == len(expected)
        listed = {hit["id"] for hit in data["hits"]}
        listed |= {copy["id"] for hit in data["hits"] for copy in hit["reprints"]}
        assert listed == expected, extra
        for hit in data["hits"]:
            flat = " ".join(raw_seeds[hit["id"]].text.split())
            assert hit["passages"], hit["id"]
            for passage in hit["passages"]:
                assert " ".join(passage["text"].split()) in flat
                marked = highlighted(passage["text"], passage["highlights"])
                assert marked, passage["text"]
                for text in marked:
                    assert re.fullmatch(r"observation|posts?|Morek", text, re.I), text
    assert {hit["id"] for hit in data["hits"]} == expected  # --all-copies: each one a hit


# ------------------------------------------------------------- every match, exactly


@pytest.mark.parametrize(
    ("query", "pattern"),
    [
        (["Turkish", "convoy"], r"\bTurkish\b|\bconvoys?\b"),
        (['"observation post"'], OBSERVATION_POST),
        (["jihad*"], r"\bjihad\w*"),
        (["Khan", "Sheikhoun"], r"\bKhan\b|\bSheikhoun\b"),
        (["Turkey"], r"\bTurkey\b"),  # "Turkey's": only "Turkey"
    ],
)
def test_highlights_mark_every_match_in_a_passage_and_nothing_else(
    seed_index: Path, query: list[str], pattern: str
) -> None:
    """Offsets point exactly at the matched words (no space or punctuation
    around them), and no occurrence of a query word in a shown passage or
    title is left unmarked. Expected spans come from a regular expression."""
    data = search_json(seed_index, *query, "--passages", "50", "--limit", "100", "--all-copies")
    assert data["hits"]
    for hit in data["hits"]:
        shown = [(hit["title"], hit["title_highlights"])]
        shown += [(p["text"], p["highlights"]) for p in hit["passages"]]
        for text, spans in shown:
            expected = [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]
            assert [(s["start"], s["end"]) for s in spans] == expected, (text, spans)


def test_show_highlights_the_query_in_the_whole_article_on_a_terminal(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    article_id = seed_id(raw_seeds, "001_")
    result = run_search(seed_index, "Numan", "--show", article_id, "--color", "always")
    assert result.exit_code == 0, result.output
    marked = re.findall(r"\x1b\[[0-9;]*m([^\x1b]+)\x1b\[0m", result.stdout)
    highlight_runs = [text for text in marked if text == "Numan"]  # one styled run per match
    assert len(highlight_runs) == len(re.findall(r"\bNuman\b", raw_seeds[article_id].text))
    plain = ANSI.sub("", re.sub(r"\x1b\[[0-9;]*m", "", result.stdout))
    assert "Places:" in plain and raw_seeds[article_id].title in " ".join(plain.split())
