"""Acceptance item 6: the query language, filters and limits.

Expected article sets come from regular expressions over the raw seed files
(or the JSON Lines records), never from the tool's own output.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    ARCHIVE_RECORDS,
    RawArticle,
    hit_ids,
    matching,
    run_search,
    search_json,
)

from index.analysis import analyse
from index.engines import query as q
from index.store.schema import BODY, TITLE
from search.errors import QuerySyntaxError
from search.query import check_syntax, parse_query


def no_entities(kind: str, value: str) -> list[str]:
    return [f"{kind}:{value}"]


def parse(text: str) -> Any:
    return parse_query(text, no_entities).node


def nodes(parsed: Any) -> list[Any]:
    return [parsed, *(node for child in q.children(parsed) for node in nodes(child))]


def terms_of(parsed: Any) -> set[tuple[str, str]]:
    """Every (field, term) of the tree, excluded ones too."""
    found: set[tuple[str, str]] = set()
    for leaf in q.leaves(parsed):
        if isinstance(leaf, q.Term | q.Fuzzy):
            found.add((leaf.field, leaf.text))
        elif isinstance(leaf, q.Phrase):
            found.update((leaf.field, term) for term in leaf.terms)
    return found


def positive_words(parsed: Any) -> set[str]:
    """Title/body words outside any NOT."""
    if isinstance(parsed, q.Not):
        return set()
    if isinstance(parsed, q.Term) and parsed.field in (TITLE, BODY):
        return {parsed.text}
    if isinstance(parsed, q.Phrase) and parsed.field in (TITLE, BODY):
        return set(parsed.terms)
    words: set[str] = set()
    for child in q.children(parsed):
        words |= positive_words(child)
    return words


def records_matching(*patterns: str) -> set[str]:
    return {
        record["id"]
        for record in ARCHIVE_RECORDS
        if all(
            re.search(p, f"{record['title']}\n{record['body']}", re.IGNORECASE) for p in patterns
        )
    }


# --------------------------------------------------------------------------- the parser alone


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ('"observation post', 0),
        ('Morek "observation post', 6),
        ("(Morek OR Idlib", 0),
        ("Morek) Idlib", 5),
    ],
)
def test_check_syntax_reports_unbalanced_quotes_and_brackets(text: str, position: int) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        check_syntax(text)
    assert caught.value.position == position
    assert f"position {position + 1}" in str(caught.value)


@pytest.mark.parametrize("text", ["nosuch:foo", "Morek date:2019", "(author:smith)"])
def test_a_word_before_a_colon_that_is_no_field_is_searched_as_a_word(text: str) -> None:
    name = text.split(":")[0].lstrip("( ").split()[-1]
    parsed = parse_query(text, no_entities)
    assert (BODY, name.lower()) in terms_of(parsed.node)
    (note,) = parsed.notes
    assert f"'{name}:' is not a field" in note


@pytest.mark.parametrize("text", ["*post", "o*", "ob*ervation", "title:"])
def test_check_syntax_rejects_leading_short_or_inner_wildcards_and_empty_fields(
    text: str,
) -> None:
    with pytest.raises(QuerySyntaxError):
        check_syntax(text)


@pytest.mark.parametrize(
    "text",
    [
        "observation post",
        '"nosuch:foo"',
        "al-Numan",
        "12:30 talks",
        "observ*",
        "who said it?",
        "title:Khan place:Morek",
    ],
)
def test_check_syntax_accepts_valid_queries(text: str) -> None:
    check_syntax(text)


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Idlib OR", 6),
        ("Idlib AND", 6),
        ("OR Idlib", 0),
        ("AND", 0),
        ("Morek NOT", 6),
        ("Idlib OR OR Morek", 6),
        ("Idlib AND OR Morek", 6),
        ("(Idlib OR) Morek", 7),
        ("Idlib (AND Morek)", 7),
        ("NOT NOT Idlib", 0),
        ('"civil war" OR', 12),
    ],
)
def test_check_syntax_reports_misplaced_operators(text: str, position: int) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        check_syntax(text)
    assert caught.value.position == position
    assert "misplaced" in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        "Idlib OR Morek",
        "Idlib AND NOT Morek",
        "Idlib OR NOT Morek",
        "NOT Morek",
        "(Idlib OR Morek) NOT (Aleppo)",
        '"or" "and" "not"',
        '"civil war" OR "observation post"',
        "title:(Idlib OR Morek)",
        "Idlib or not",  # operators are capitals only
    ],
)
def test_check_syntax_accepts_operators_between_words(text: str) -> None:
    check_syntax(text)


def test_wildcard_in_an_entity_field_is_an_error() -> None:
    with pytest.raises(QuerySyntaxError, match="place:"):
        parse("place:Mor*")


def test_all_words_are_required() -> None:
    parsed = parse("observation convoy")
    assert isinstance(parsed, q.And)
    assert positive_words(parsed) == {"observ", "convoy"}


def test_hyphenated_name_is_not_read_as_not() -> None:
    parsed = parse("al-Numan")
    assert not any(isinstance(node, q.Not) for node in nodes(parsed))
    assert positive_words(parsed) == {"al", "numan"}


@pytest.mark.parametrize("text", ["Idlib -Morek", "Idlib NOT Morek", "-Morek Idlib"])
def test_minus_and_not_exclude_a_word(text: str) -> None:
    parsed = parse(text)
    assert positive_words(parsed) == {"idlib"}
    assert {t for _, t in terms_of(parsed)} == {"idlib", "morek"}


def test_question_mark_is_not_a_wildcard() -> None:
    parsed = parse("who said it?")
    assert not any(isinstance(node, q.Prefix) for node in nodes(parsed))


def test_trailing_star_is_a_prefix_query() -> None:
    parsed = parse("observ*")
    prefixes = [node for node in nodes(parsed) if isinstance(node, q.Prefix)]
    assert prefixes and {node.prefix for node in prefixes} == {"observ"}


def test_title_prefix_searches_only_the_title() -> None:
    assert {field for field, _ in terms_of(parse("title:Khan"))} == {TITLE}


def test_entity_fields_go_through_the_resolver() -> None:
    asked: list[tuple[str, str]] = []

    def resolver(kind: str, value: str) -> list[str]:
        asked.append((kind, value))
        return ["morek@SY"]

    parsed = parse_query("place:Morek convoy", resolver).node
    assert asked == [("PLACE", "Morek")]
    assert ("place", "morek@SY") in terms_of(parsed)


@pytest.mark.parametrize("text", ["()", "-", '""', "( )"])
def test_queries_without_words_are_rejected(text: str) -> None:
    with pytest.raises(QuerySyntaxError):
        parse(text)


# --------------------------------------------------------------------------- the CLI on the seeds


def test_every_word_must_match(seed_index: Path, raw_seeds: dict[str, RawArticle]) -> None:
    expected = matching(raw_seeds, r"\bconvoys?\b", r"\bAnkara\b")
    assert expected and expected != matching(raw_seeds, r"\bconvoys?\b")
    data = search_json(seed_index, "convoy", "Ankara", "--limit", "100", "--all-copies")
    assert data["match"] == "all"
    assert {hit["id"] for hit in data["hits"]} == expected


def test_falls_back_to_any_word_when_no_article_has_all(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    assert matching(raw_seeds, r"\bzebra") == set()
    data = search_json(seed_index, "Morek zebra", "--limit", "100")
    assert data["match"] == "any-fallback"
    assert {hit["id"] for hit in data["hits"]} == matching(raw_seeds, r"\bMorek\b")
    shown = run_search(seed_index, "Morek", "zebra")
    assert shown.exit_code == 0
    assert "no article has all of the words" in shown.stdout.lower()
    plain = run_search(seed_index, "Morek", "Turkish")
    assert "no article has all of the words" not in plain.stdout.lower()


def test_fallback_never_returns_articles_without_any_wanted_word(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    # Every Morek article also names Khan Sheikhoun: nothing can match.
    expected = matching(raw_seeds, r"\bMorek\b") - matching(raw_seeds, r"\bSheikhoun\b")
    assert expected == set()
    for text in ("Morek NOT Sheikhoun", "Morek -Sheikhoun"):
        data = search_json(seed_index, text, "--limit", "100")
        assert {hit["id"] for hit in data["hits"]} == expected, text
        assert data["match"] == "all", text


@pytest.mark.parametrize(
    ("text", "excluded"),
    [
        ("-Morek", (r"\bMorek\b",)),
        ("NOT Morek", (r"\bMorek\b",)),
        ("-Morek -Saraqib", (r"\bMorek\b", r"\bSaraqib\b")),
        ("NOT Morek NOT Saraqib", (r"\bMorek\b", r"\bSaraqib\b")),
    ],
)
def test_a_query_of_exclusions_alone_lists_every_other_article(
    seed_index: Path, raw_seeds: dict[str, RawArticle], text: str, excluded: tuple[str, ...]
) -> None:
    expected = set(raw_seeds)
    for pattern in excluded:
        expected -= matching(raw_seeds, pattern)
    assert expected != set(raw_seeds)
    argv = ("--index", str(seed_index), "--json", "--all-copies", "--limit", "100", "--", text)
    result = run_search(None, *argv)
    assert result.exit_code == 0, result.output
    assert {hit["id"] for hit in json.loads(result.stdout)["hits"]} == expected


def test_any_ranks_articles_with_any_word(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    data = search_json(seed_index, "Morek", "Saraqib", "--any", "--limit", "100")
    assert data["match"] == "any"
    assert {hit["id"] for hit in data["hits"]} == (
        matching(raw_seeds, r"\bMorek\b") | matching(raw_seeds, r"\bSaraqib\b")
    )


def test_quoted_phrase_needs_the_words_together(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    expected = matching(raw_seeds, r"\bcivil[\s-]+wars?\b")
    assert expected != matching(raw_seeds, r"\bcivil\b", r"\bwars?\b")
    assert hit_ids(seed_index, '"civil war"') == expected


def test_or_matches_either_word(seed_index: Path, raw_seeds: dict[str, RawArticle]) -> None:
    expected = matching(raw_seeds, r"\bMorek\b") | matching(raw_seeds, r"\bSaraqib\b")
    assert hit_ids(seed_index, "Morek OR Saraqib") == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["Idlib NOT Morek"],
        ["Idlib -Morek"],
        ["Idlib", "NOT", "Morek"],
        ["Idlib", "-Morek"],
    ],
)
def test_not_and_minus_exclude(
    seed_index: Path, raw_seeds: dict[str, RawArticle], argv: list[str]
) -> None:
    expected = matching(raw_seeds, r"\bIdlib\b") - matching(raw_seeds, r"\bMorek\b")
    assert expected
    assert hit_ids(seed_index, *argv) == expected


def test_minus_word_as_its_own_argument_is_not_an_option(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    # `search Idlib -Sheikhoun` in a shell: "-Sheikhoun" holds an "h".
    expected = matching(raw_seeds, r"\bIdlib\b") - matching(raw_seeds, r"\bSheikhoun\b")
    result = run_search(seed_index, "Idlib", "-Sheikhoun", "--json", "--limit", "100")
    assert result.exit_code == 0, result.output
    assert "Usage:" not in result.stdout
    assert result.stdout.lstrip().startswith("{"), result.stdout[:200]
    assert {hit["id"] for hit in json.loads(result.stdout)["hits"]} == expected


def test_hyphenated_name_search_is_not_a_negation(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    data = search_json(seed_index, "al-Numan", "--limit", "100")
    assert "NOT" not in data["parsed"]
    assert {hit["id"] for hit in data["hits"]} == matching(raw_seeds, r"\bal-Numan\b")


def test_plus_keeps_every_word_required(seed_index: Path, raw_seeds: dict[str, RawArticle]) -> None:
    both = matching(raw_seeds, r"\bSheikhoun\b", r"\bMorek\b")
    assert both != matching(raw_seeds, r"\bSheikhoun\b")
    assert hit_ids(seed_index, "Sheikhoun", "+Morek") == both
    assert hit_ids(seed_index, "+Sheikhoun", "Morek") == both


def test_plus_marks_the_required_word_under_any(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    morek = matching(raw_seeds, r"\bMorek\b")
    assert morek != matching(raw_seeds, r"\bMorek\b|\bSaraqib\b")
    assert hit_ids(seed_index, "Saraqib", "+Morek", "--any") == morek


def test_square_brackets_are_not_a_range_of_words(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    expected = matching(raw_seeds, r"\bKhan\b", r"\bto\b", r"\bMorek\b")
    assert expected != matching(raw_seeds, r"\bKhan\b")
    assert hit_ids(seed_index, "[Khan TO Morek]") == expected


@pytest.mark.parametrize("word", ["or", "and", "not"])
def test_an_operator_word_in_quotes_is_searched_for(
    seed_index: Path, raw_seeds: dict[str, RawArticle], word: str
) -> None:
    assert hit_ids(seed_index, f'"{word.upper()}"') == matching(raw_seeds, rf"\b{word}\b")


def test_source_prefix_matches_whatever_the_case(archive_index: Path) -> None:
    reuters = {r["id"] for r in ARCHIVE_RECORDS if r["source"] == "Reuters"}
    assert hit_ids(archive_index, "source:REU*") == hit_ids(archive_index, "source:reu*") == reuters


def test_title_prefix(seed_index: Path, raw_seeds: dict[str, RawArticle]) -> None:
    in_titles = {i for i, a in raw_seeds.items() if re.search(r"Sheikhoun", a.title)}
    assert in_titles and in_titles != matching(raw_seeds, r"\bSheikhoun\b")
    assert hit_ids(seed_index, "title:Sheikhoun") == in_titles


def test_trailing_wildcard(seed_index: Path, raw_seeds: dict[str, RawArticle]) -> None:
    expected = matching(raw_seeds, r"\bjihad\w*")
    assert expected
    assert hit_ids(seed_index, "jihad*") == expected
    assert hit_ids(seed_index, "observ*") == matching(raw_seeds, r"\bobserv\w*")


# --------------------------------------------------------------------------- filters


def test_place_filter_is_repeatable_and_means_any_of_them(seed_index: Path) -> None:
    morek = hit_ids(seed_index, "--place", "Morek")
    aleppo = hit_ids(seed_index, "--place", "Aleppo")
    assert morek and aleppo
    assert hit_ids(seed_index, "--place", "Morek", "--place", "Aleppo") == morek | aleppo


@pytest.mark.parametrize(("option", "facet"), [("--person", "person"), ("--org", "org")])
def test_person_and_org_filters_are_repeatable(seed_index: Path, option: str, facet: str) -> None:
    values = [v["value"] for v in search_json(seed_index, "--facets")["facets"][facet][:2]]
    assert len(values) == 2
    first, second = (hit_ids(seed_index, option, value) for value in values)
    assert first and second
    assert hit_ids(seed_index, option, values[0], option, values[1]) == first | second
    assert hit_ids(seed_index, option, values[0].upper()) == first


@pytest.mark.parametrize("typed", ["morek", "MOREK", "  Morek "])
def test_place_filter_ignores_case(seed_index: Path, typed: str) -> None:
    assert hit_ids(seed_index, "--place", typed) == hit_ids(seed_index, "--place", "Morek")


def test_place_filter_keeps_articles_naming_the_place(
    seed_index: Path, raw_seeds: dict[str, RawArticle]
) -> None:
    assert hit_ids(seed_index, "--place", "Morek") == matching(raw_seeds, r"\bMorek\b")
    assert hit_ids(seed_index, "observation post", "--place", "Morek") == matching(
        raw_seeds, r"\bMorek\b", r"\bobservation\s+posts?\b"
    )


def test_different_filters_must_all_hold(seed_index: Path) -> None:
    place = hit_ids(seed_index, "--place", "Morek")
    person = hit_ids(seed_index, "--person", "Rami Abdulrahman")
    both = hit_ids(seed_index, "--place", "Morek", "--person", "Rami Abdulrahman")
    assert both == place & person


def test_filters_are_echoed_in_json(seed_index: Path) -> None:
    data = search_json(seed_index, "--place", "morek")
    assert [name.casefold() for name in data["filters"]["place"]] == ["morek"]


@pytest.mark.parametrize(
    "sources", [["reuters"], ["REUTERS"], ["Reuters", "afp"], ["VOA"], ["Local"]]
)
def test_source_filter(archive_index: Path, sources: list[str]) -> None:
    wanted = {s.casefold() for s in sources}
    expected = {r["id"] for r in ARCHIVE_RECORDS if r["source"].casefold() in wanted}
    argv = [arg for source in sources for arg in ("--source", source)]
    assert hit_ids(archive_index, *argv) == expected


def test_limit_defaults_to_ten(archive_index: Path) -> None:
    expected = records_matching(r"\bceasefire\b")
    assert len(expected) > 10
    data = search_json(archive_index, "ceasefire")
    assert data["total"] == len(expected)
    assert len(data["hits"]) == 10
    assert {hit["id"] for hit in data["hits"]} <= expected
    shown = run_search(archive_index, "ceasefire", "--passages", "0")
    assert shown.stdout.count("wire-") == 10
    assert f"{len(expected)} articles match" in shown.stdout


@pytest.mark.parametrize("limit", [1, 3, 12, 50])
def test_limit_caps_the_hits_not_the_total(archive_index: Path, limit: int) -> None:
    expected = records_matching(r"\bceasefire\b")
    data = search_json(archive_index, "ceasefire", "--limit", str(limit))
    assert len(data["hits"]) == min(limit, len(expected))
    assert data["total"] == len(expected)


@pytest.mark.parametrize("word", ["index", "help", "show", "search", "version"])
def test_command_like_words_are_searched_for(archive_index: Path, word: str) -> None:
    result = run_search(archive_index, word, "--json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    assert data["query"] == word
    assert {hit["id"] for hit in data["hits"]} == records_matching(rf"\b{word}(s|es|ed|ing)?\b")


def test_search_help_word_finds_articles_about_help(archive_index: Path) -> None:
    assert records_matching(r"\bhelp") == {"help-1"}
    result = run_search(archive_index, "help")
    assert result.exit_code == 0
    assert "Usage:" not in result.stdout
    assert "Where to get help" in result.stdout


def terms_within(raw_seeds: dict[str, RawArticle], word: str, edits: int) -> set[str]:
    """Oracle: articles holding a term within `edits` edits of the word's term."""
    wanted = analyse(word)[0]
    return {
        article_id
        for article_id, article in raw_seeds.items()
        if any(
            osa(term, wanted) <= edits for term in set(analyse(article.title + "\n" + article.body))
        )
    }


def osa(a: str, b: str) -> int:
    """Optimal string alignment distance, written out plainly for the oracle."""
    d = [[max(i, j) if not i * j else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(
                d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


@pytest.mark.parametrize(("typed", "edits"), [("Morek~", 1), ("Moerk~1", 1), ("Idlbi~2", 2)])
def test_fuzzy_word_finds_terms_within_the_edits(
    seed_index: Path, raw_seeds: dict[str, RawArticle], typed: str, edits: int
) -> None:
    word = typed.partition("~")[0]
    assert hit_ids(seed_index, typed, "--all-copies") == terms_within(raw_seeds, word, edits)


def test_fuzzy_beyond_two_edits_is_an_error(seed_index: Path) -> None:
    result = run_search(seed_index, "Morek~3")
    assert result.exit_code == 2
    assert "at most 2 edits" in result.stderr
