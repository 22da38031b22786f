"""Shell completion (issue 15, item 9): click's, for option names and, for
--place/--person/--org/--speaker, the index's most frequent names."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import Result
from helpers import run_search, search_json

from search.completion import bash_word, matching


def complete(words: str, shell: str = "bash", env: dict[str, str | None] | None = None) -> Result:
    """What `search` answers the shell for the command line typed so far (the
    last word being completed; a trailing space completes a new, empty word)."""
    parts = words.split(" ")
    variables: dict[str, str | None] = {
        "_SEARCH_COMPLETE": f"{shell}_complete",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(parts) - 1),
        **(env or {}),
    }
    return run_search(None, env=variables)


def values(result: Result, shell: str = "bash") -> list[str]:
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    if shell == "zsh":  # type, value, help: three lines per completion
        return [lines[n + 1] for n in range(0, len(lines), 3) if lines[n] == "plain"]
    return [line.split(",", 1)[1] for line in lines if line.startswith("plain,")]


def test_option_names_complete(seed_index: Path) -> None:
    assert values(complete(f"search --index {seed_index} --pla")) == ["--place"]
    assert set(values(complete(f"search --index {seed_index} --s"))) >= {
        "--source",
        "--speaker",
        "--since",
        "--show",
    }


@pytest.mark.parametrize(
    ("option", "facet"),
    [("place", "place"), ("person", "person"), ("org", "org"), ("speaker", "speaker")],
)
def test_entity_values_are_the_most_frequent_names_first(
    seed_index: Path, option: str, facet: str
) -> None:
    counted = search_json(seed_index, "--facets")["facets"][facet]
    offered = values(complete(f"search --index {seed_index} --{option} ", "zsh"), "zsh")
    expected = [v["value"] for v in counted]
    assert offered[: len(expected)] == expected  # the top of the facet, in its order


def test_a_prefix_narrows_the_names_and_bash_gets_them_escaped(seed_index: Path) -> None:
    offered = values(complete(f"search --index {seed_index} --person bash"))
    # One shell word, its space escaped; the backslash doubled for the `read`
    # of click's bash script, which takes one away.
    assert offered == ["Bashar\\\\ al-Assad"]
    quoted = values(complete(f'search --index {seed_index} --person "bash'))
    assert quoted == ['Bashar al-Assad"']  # inside a quote: as it is, and the quote closed
    zsh = values(complete(f"search --index {seed_index} --person bash", "zsh"), "zsh")
    assert zsh == ["Bashar al-Assad"]  # zsh quotes what it inserts itself


@pytest.mark.parametrize(
    ("line", "value", "inserted"),
    [
        ("search --place Sa", "Saudi Arabia", "Saudi\\\\ Arabia"),
        ('search --place "Sa', "Saudi Arabia", 'Saudi Arabia"'),
        ("search --place 'Sa", "Saudi Arabia", "Saudi Arabia'"),
        ('search "a b" --place Sa', "Saudi Arabia", "Saudi\\\\ Arabia"),  # quote closed before
        ("search --org O", "O'Neil & Co", "O\\\\'Neil\\\\ \\\\&\\\\ Co"),
        ("search --org 'O", "O'Neil Co", "O\\\\'Neil\\\\ Co"),  # the quote itself: escaped
    ],
)
def test_bash_words_are_escaped_or_closed(line: str, value: str, inserted: str) -> None:
    assert bash_word(value, line) == inserted


def test_a_word_of_the_name_or_its_initials_find_it_when_no_name_starts_so() -> None:
    names = ["Organization of Petroleum Exporting Countries", "Bashar al-Assad", "Assad Ali"]
    assert matching(names, "assad") == ["Assad Ali"]  # names starting so come first
    assert matching(names, "al-ass") == ["Bashar al-Assad"]
    assert matching(names, "opec") == ["Organization of Petroleum Exporting Countries"]
    assert matching(names, "Orga") == ["Organization of Petroleum Exporting Countries"]
    assert matching(names, "") == names


def test_the_index_comes_from_the_environment_too(seed_index: Path) -> None:
    env: dict[str, str | None] = {"SEARCH_INDEX": str(seed_index)}
    offered = values(complete("search --place Idl", env=env))
    assert offered[0] == "Idlib" and all(name.startswith("Idl") for name in offered)
    assert offered == values(complete(f"search --index {seed_index} --place Idl"))


def test_without_an_index_nothing_is_offered_and_nothing_is_indexed(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = complete(f"search --index {missing} --place Id")
    assert values(result) == [] and result.stderr == ""
    assert not missing.exists()


def test_a_search_still_runs_after_completion_was_asked(seed_index: Path) -> None:
    assert run_search(seed_index, "--place", "Idlib", "--facets").exit_code == 0
