"""The terminal layout (issue 15, item 8): numbered hits, wrapped lines that
keep their indent, facet values never broken, a histogram that fits the width
and shows empty months, one date label per article everywhere, -h, and
click's "did you mean" for an unknown option.

Output is rendered as on a terminal (TTY_COMPATIBLE=1) of a fixed width
(COLUMNS) without colour (--color never), and compared with golden files in
tests/golden/terminal/; UPDATE_GOLDEN=1 rewrites them. A seed without a stated
date shows its file's modification day, which depends on the checkout: it is
replaced by a placeholder of the same width before comparing.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from helpers import REPO, run_search, search_json

from search.layout import date_label, filled
from search.models import FacetValue
from search.packing import PackedLine, pack

GOLDEN = REPO / "tests" / "golden" / "terminal"
WIDTHS = (40, 80, 120)
FILE_DATE = re.compile(r"~\d{4}-\d{2}-\d{2} \(file date\)")
COMMANDS = {
    "morek": '"observation post" --place Morek',
    "turkish": "Turkish --limit 3 --passages 1",
    "by-country": "--country Turkey --facets --by-country",
    "quote": '--quote "will do whatever\'s needed to ensure the safety of our soldiers"',
    "nearest": '--quote "the cat sat on the mat in the sun"',
    "explain": 'ceasefire --place "Maaret al-Nouman" --person Assad --explain',
}


def on_terminal(index_dir: Path, width: int, *args: str) -> Result:
    env = {"TTY_COMPATIBLE": "1", "COLUMNS": str(width)}
    return run_search(index_dir, *args, "--color", "never", env=env)


def shown(index_dir: Path, width: int, command: str) -> str:
    result = on_terminal(index_dir, width, *shlex.split(command))
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    # One golden file for both engines: only --explain names the engine.
    plain = result.stdout.replace("Engine: whoosh", "Engine: tantivy")
    return FILE_DATE.sub("~YYYY-MM-DD (file date)", plain)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_terminal_output_matches_its_golden_file(seed_index: Path, name: str, width: int) -> None:
    out = shown(seed_index, width, COMMANDS[name])
    golden = GOLDEN / f"{name}-{width}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_no_line_is_wider_than_the_terminal(seed_index: Path, name: str, width: int) -> None:
    for line in shown(seed_index, width, COMMANDS[name]).splitlines():
        assert len(line) <= width, line
        assert line == line.rstrip(), line


# --------------------------------------------------------------------------- hits


def hit_blocks(out: str) -> list[list[str]]:
    """The numbered hits: each block from "N. " up to the blank line after it."""
    blocks: list[list[str]] = []
    for line in out.splitlines():
        if re.match(r"^ *\d+\. ", line):
            blocks.append([line])
        elif blocks and blocks[-1][-1] != "":
            blocks[-1].append(line)
    return [[line for line in block if line] for block in blocks]


@pytest.mark.parametrize("width", WIDTHS)
def test_hits_are_numbered_and_wrapped_lines_keep_their_indent(
    seed_index: Path, width: int
) -> None:
    data = search_json(seed_index, "Turkish", "--limit", "3", "--passages", "2")
    out = shown(seed_index, width, "Turkish --limit 3 --passages 2")
    blocks = hit_blocks(out)
    assert len(blocks) == len(data["hits"]) == 3
    for number, (hit, block) in enumerate(zip(data["hits"], blocks, strict=True), 1):
        assert block[0].startswith(f"{number}. ")
        assert all(line.startswith("   ") for line in block[1:])  # under the title
        text = " ".join(" ".join(block).split())
        assert " ".join(hit["title"].split()) in text
        for passage in hit["passages"]:
            assert " ".join(passage["text"].split()) in text
        passage_lines = [line for line in block if line.startswith("     ")]
        if hit["passages"]:
            assert passage_lines  # passages sit two cells deeper, every wrapped line too
        assert hit["id"] in text


def test_piped_output_is_numbered_but_not_wrapped(seed_index: Path) -> None:
    data = search_json(seed_index, "Turkish", "--passages", "1")
    out = run_search(seed_index, "Turkish", "--passages", "1").stdout
    for number, hit in enumerate(data["hits"], 1):
        assert f"\n{number}. {hit['title']}\n" in f"\n{out}"
        assert f"\n     {hit['passages'][0]['text']}\n" in out


# --------------------------------------------------------------------------- facets


@pytest.mark.parametrize("width", WIDTHS)
def test_facet_values_are_never_broken(seed_index: Path, width: int) -> None:
    data = search_json(seed_index, "--country", "Turkey", "--facets")
    out = shown(seed_index, width, "--country Turkey --facets")
    lines = out.splitlines()
    for facet in ("place", "person", "org", "speaker"):
        for value in data["facets"][facet]:
            item = f"{value['value']} ({value['count']})"
            assert any(item in line for line in lines), (item, out)


@pytest.mark.parametrize("width", WIDTHS)
def test_histogram_fits_the_width_and_shows_empty_months(seed_index: Path, width: int) -> None:
    data = search_json(seed_index, "--country", "Turkey", "--facets")
    buckets = data["facets"]["published"]["buckets"]
    out = shown(seed_index, width, "--country Turkey --facets")
    rows = out[out.index("Published") :].splitlines()[1:]
    months = [row.split()[0] for row in rows]
    dated = [b["value"] for b in buckets if b["value"] != "undated"]
    assert months[0] == dated[0] and months[-2] == dated[-1] and months[-1] == "undated"
    assert len(months) - 1 > len(dated)  # the months between, with nothing published
    counts = {b["value"]: b["count"] for b in buckets}
    for row in rows:
        month, *bar, count = row.split()
        assert int(count) == counts.get(month, 0)
        assert bool(bar) == (int(count) > 0)
        assert len(row) <= width
    longest = max(len(row) for row in rows)
    assert longest == width  # the busiest bucket's bar uses the whole line


def test_filled_adds_the_missing_months_and_years() -> None:
    months = (FacetValue("2019-11", 2), FacetValue("2020-02", 1), FacetValue("undated", 4))
    assert [(b.value, b.count) for b in filled(months, "month")] == [
        ("2019-11", 2),
        ("2019-12", 0),
        ("2020-01", 0),
        ("2020-02", 1),
        ("undated", 4),
    ]
    years = (FacetValue("1987", 3), FacetValue("1990", 1))
    assert [b.value for b in filled(years, "year")] == ["1987", "1988", "1989", "1990"]
    assert filled((FacetValue("undated", 2),), "month") == [FacetValue("undated", 2)]


def test_filled_leaves_gaps_out_when_they_would_run_to_thousands_of_rows() -> None:
    ends = (FacetValue("0001", 1), FacetValue("1987", 5), FacetValue("9999", 1))
    assert filled(ends, "year") == list(ends)
    decade = (FacetValue("1980", 1), FacetValue("1989", 1))
    assert len(filled(decade, "year")) == 10


def test_pack_breaks_between_items_only() -> None:
    items = ["Idlib (3)", "Syrian Observatory for Human Rights (3)", "Al Qaeda (2)"]
    lines = pack(items, [" · "] * 3, 8, 40, 4, len)
    assert lines == [
        PackedLine(8, "Idlib (3)"),
        PackedLine(0, "Syrian Observatory for Human Rights (3)"),  # too wide for the indent
        PackedLine(4, "Al Qaeda (2)"),
    ]
    joined = pack(["a", "b", "c"], ["", "; ", "; "], 0, 4, 2, len)
    assert joined == [PackedLine(0, "a; b;"), PackedLine(2, "c")]  # the mark stays


# --------------------------------------------------------------------------- dates


def test_date_label_says_how_the_date_was_found() -> None:
    from datetime import date

    day = date(2015, 3, 16)
    assert date_label(day, None, "field") == "2015-03-16"
    assert date_label(None, day, "estimate") == "~2015-03-16 (estimated)"
    assert date_label(None, day, "file") == "~2015-03-16 (file date)"
    assert date_label(None, None, None) == "undated"


def own_label(index_dir: Path, article_id: str) -> str:
    hit = search_json(index_dir, "--show", article_id)
    return label_of(hit)


def label_of(record: dict[str, Any]) -> str:
    if record["date"]:
        return str(record["date"])
    if record["estimated_date"]:
        kind = "file date" if record["date_source"] == "file" else "estimated"
        return f"~{record['estimated_date']} ({kind})"
    return "undated"


def test_one_date_label_per_article_in_hits_reprints_quotes_and_json(seed_index: Path) -> None:
    data = search_json(seed_index, "observation post", "--place", "Morek")
    copies = [copy for hit in data["hits"] for copy in hit["reprints"]]
    assert copies
    out = run_search(seed_index, "observation post", "--place", "Morek").stdout
    every = run_search(seed_index, "observation post", "--place", "Morek", "--all-copies").stdout
    quotes = search_json(seed_index, "--quote", "do whatever is necessary to ensure the security")
    quote_out = run_search(seed_index, "--quote", "do whatever is necessary to ensure").stdout
    for copy in copies:
        label = own_label(seed_index, copy["id"])
        assert label_of(copy) == label  # the JSON reprint dates it as its own hit does
        assert f"{label} · {copy['id']}" in out  # the reprint line
        assert f"{label} · {copy['id']}" in every  # its own hit line
    for quote in quotes["quotes"]:
        label = own_label(seed_index, quote["id"])
        assert label_of(quote) == label
        assert f"{label} · {quote['id']}" in quote_out
        for copy in quote["reprints"]:
            assert label_of(copy) == own_label(seed_index, copy["id"])
            assert f"{label_of(copy)} · {copy['id']}" in quote_out


# --------------------------------------------------------------------------- options


@pytest.mark.parametrize("args", [["-h"], ["Idlib", "-h"], ["--help"]])
def test_dash_h_prints_help(seed_index: Path, args: list[str]) -> None:
    result = run_search(seed_index, *args)
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: search [OPTIONS] [QUERY]...")
    assert "articles match" not in result.stdout


def test_a_negated_word_starting_with_h_is_still_a_query_word(seed_index: Path) -> None:
    result = run_search(seed_index, "Idlib", "-harbour")
    assert result.exit_code == 0 and "articles match" in result.stdout
    after = run_search(None, "--index", str(seed_index), "--", "-h")  # after --: the word h
    assert after.exit_code == 0 and "Usage:" not in after.stdout


@pytest.mark.parametrize(
    ("typed", "meant"), [("--lmit", "--limit"), ("--palce", "--place"), ("--jsn", "--json")]
)
def test_unknown_option_keeps_clicks_suggestion(seed_index: Path, typed: str, meant: str) -> None:
    result = run_search(seed_index, "Idlib", typed, "3")
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"search: error: no such option: {typed}.")
    assert "Did you mean" in line and repr(meant) in line
    assert "inside quotes" in line


def test_a_value_wider_than_the_terminal_wraps_between_its_words() -> None:
    import io

    from rich.console import Console

    from search.render_terminal import RichWriter
    from search.render_text import render_labelled

    file = io.StringIO()
    console = Console(file=file, width=30, force_terminal=True, color_system=None)
    wide = "Organization of Petroleum Exporting Countries (34)"
    out = RichWriter(console)
    render_labelled(out, "Organisations: ", [wide, "Reuters (11)", "Exxon (3)"], " · ")
    lines = file.getvalue().splitlines()
    assert all(len(line) <= 30 for line in lines), lines
    assert lines[0] == "Organisations:"
    assert " ".join(" ".join(lines[1:3]).split()) == wide  # whole words, in order
    assert lines[2].startswith("  ") and not lines[1].startswith(" ")
    assert lines[3] == "    Reuters (11) · Exxon (3)"


SGR = re.compile(r"\x1b\[([0-9;]*)m")


def bold_text(line: str) -> str:
    """The characters of a styled line that a terminal shows in bold."""
    bold, shown, at = False, [], 0
    for match in SGR.finditer(line):
        if bold:
            shown.append(line[at : match.start()])
        for code in (match.group(1) or "0").split(";"):
            bold = {"0": False, "1": True, "22": False}.get(code, bold)
        at = match.end()
    if bold:
        shown.append(line[at:])
    return "".join(shown)


def test_bold_marks_only_headlines_matches_and_speakers(seed_index: Path) -> None:
    assert bold_text("a\x1b[1mbold\x1b[0m plain \x1b[1;30;43mhit\x1b[0m") == "boldhit"
    wide: dict[str, str | None] = {"COLUMNS": "400"}  # a line per title
    out = run_search(seed_index, "observation post", "--color", "always", env=wide).stdout
    lines = out.splitlines()
    data = search_json(seed_index, "observation post")
    for hit in data["hits"]:
        title = next(line for line in lines if SGR.sub("", line).endswith(hit["title"]))
        assert bold_text(title) == hit["title"]  # the headline, every word of it
    block = lines[next(n for n, line in enumerate(lines) if "articles match" in line) :]
    assert all(bold_text(line) == "" for line in block)  # summary, facets, histogram
    quotes = run_search(
        seed_index, "--quote", "do whatever is necessary", "--color", "always", env=wide
    )
    speakers = [bold_text(line) for line in quotes.stdout.splitlines() if bold_text(line)]
    assert speakers and all(s.startswith("— ") or "+" in s for s in speakers)
