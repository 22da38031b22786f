"""Articles in any script are indexed and findable; nothing in an article can
steer the terminal."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from helpers import ANSI, hit_ids, run_index, run_search, search_json

ANSI_CODES = re.compile(r"\x1b\[[0-9;]*m")

RTL_BODY = "اجتمع النواب في بيروتَ يوم الخميس لمناقشة الميزانية. " * 6
ARTICLES = [
    {"id": "ar", "title": "أخبار القاهرة", "body": "اجتمع الوزراء في القاهرةِ يوم الاثنين."},
    {"id": "ar-long", "title": "ميزانية بيروت الجديدة للعام المقبل", "body": RTL_BODY},
    {"id": "ru", "title": "Новости", "body": "Переговоры в Москве продолжились во вторник."},
    {"id": "el", "title": "Ειδήσεις", "body": "Η σύνοδος στην Αθήνα ολοκληρώθηκε χθες."},
    {"id": "zh", "title": "新闻", "body": "北京大学的学生昨天在图书馆开会。"},
    {"id": "ja", "title": "ニュース", "body": "東京の会議は火曜日に終わった。"},
    {"id": "ko", "title": "뉴스", "body": "서울에서 회의가 열렸다."},
    {
        "id": "evil",
        "title": "Plain \u202etitle",
        "body": (
            "A quote \x1b[31mred\x1b[0m and an override \u202eevil\u202c then \u2067iso\u2069 end."
        ),
    },
]


@pytest.fixture(scope="module")
def scripts_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scripts")
    feed = folder / "world.jsonl"
    feed.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), "utf-8")
    index_dir = folder / "index"
    assert run_index(str(feed), "--index", str(index_dir), "-q").exit_code == 0
    return index_dir


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("القاهرة", "ar"),  # the indexed word carries a vowel mark: folded away
        ("Москве", "ru"),
        ("москве", "ru"),
        ("Αθηνα", "el"),  # typed without the accent
        ("北京大学", "zh"),  # two or more CJK characters: a phrase of bigrams
        ("图书馆", "zh"),
        ("東京", "ja"),
        ("서울에서", "ko"),
    ],
)
def test_every_script_is_findable(scripts_index: Path, query: str, expected: str) -> None:
    assert hit_ids(scripts_index, query) == {expected}


def test_right_to_left_text_keeps_the_terminal_layout(scripts_index: Path) -> None:
    """Arabic wraps within the terminal width (its vowel marks take no cell),
    in reading order, and the date and id line stays a line of its own."""
    result = run_search(
        scripts_index, "الميزانية", "--color", "always", "--passages", "1", env={"COLUMNS": "40"}
    )
    assert result.exit_code == 0, result.output
    lines = ANSI_CODES.sub("", result.stdout).splitlines()
    hit = lines[: lines.index("")]
    assert all(cells(line) <= 40 for line in hit), [(cells(line), line) for line in hit]
    assert hit[0].startswith("1. ميزانية") and "   undated · ar-long" in hit
    shown = " ".join(line.strip() for line in hit[hit.index("   undated · ar-long") + 1 :])
    assert " ".join(shown.split()) in " ".join(RTL_BODY.split())
    assert len(shown) > 40  # wrapped over several lines


def cells(line: str) -> int:
    """Terminal cells of a line of these scripts: combining marks take none."""
    return sum(not unicodedata.combining(char) for char in line)


def test_cjk_highlight_covers_the_characters_typed(scripts_index: Path) -> None:
    (hit,) = search_json(scripts_index, "图书馆")["hits"]
    (passage,) = hit["passages"]
    spans = [passage["text"][s["start"] : s["end"]] for s in passage["highlights"]]
    assert spans == ["图书馆"]


def test_cjk_bigrams_do_not_match_across_words(scripts_index: Path) -> None:
    assert hit_ids(scripts_index, "大学馆") == set()


def test_article_text_cannot_steer_the_terminal(scripts_index: Path) -> None:
    for color in ("always", "never"):
        result = run_search(scripts_index, "override", "--color", color, "--show", "evil")
        assert result.exit_code == 0
        plain = ANSI.sub("", result.stdout) if color == "always" else result.stdout
        for char in ("\x1b", "\u202e", "\u202c", "\u2067", "\u2069"):
            assert char not in plain.replace("\x1b[", ""), (color, repr(char))
        assert "\ufffd[31mred" in result.stdout


def test_json_keeps_article_text_exact(scripts_index: Path) -> None:
    view = search_json(scripts_index, "--show", "evil")
    assert view["body"] == ARTICLES[-1]["body"]
