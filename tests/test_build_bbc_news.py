"""The draw of BBC News articles for a facet precision part (scripts/build_bbc_news.py)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.build_bbc_news import CLASSES, copies, draw, excluded  # noqa: E402

NAMES = sorted(f"bbc/{cls}/{n:03d}.txt" for cls in CLASSES for n in range(1, 31))


def test_a_draw_takes_the_same_number_of_each_class_and_repeats_with_its_seed() -> None:
    drawn = draw(NAMES, 4)
    assert len(drawn) == 20 and len(set(drawn)) == 20
    assert all(sum(n.split("/")[1] == cls for n in drawn) == 4 for cls in CLASSES)
    assert draw(NAMES, 4) == drawn
    assert draw(NAMES, 4, seed=2007) != drawn


def test_excluded_files_are_never_drawn_and_an_empty_exclusion_changes_nothing(
    tmp_path: Path,
) -> None:
    first = draw(NAMES, 10)
    tsv = tmp_path / "articles.tsv"
    rows = [f"bbc-{n.split('/')[1]}-{Path(n).stem}\t{n}" for n in first]
    tsv.write_text("\n".join(["id\turl", *rows]) + "\n", encoding="utf-8")
    assert excluded([tsv]) == set(first)
    second = draw(NAMES, 10, seed=2007, exclude=frozenset(excluded([tsv])))
    assert len(second) == 50 and not set(first) & set(second)
    assert draw(NAMES, 10, exclude=frozenset()) == first


def test_a_copy_of_a_listed_article_under_another_name_is_excluded_too() -> None:
    opening = "A" * 200
    bodies = {
        "bbc/tech/001.txt": opening + " one ending.",
        "bbc/tech/002.txt": opening + " another ending.",  # the same article, a word changed
        "bbc/tech/003.txt": "B" * 199 + "A different article.",
    }
    assert copies(bodies, {"bbc/tech/001.txt"}) == {"bbc/tech/001.txt", "bbc/tech/002.txt"}
    assert copies(bodies, {"bbc/tech/002.txt"}) == {"bbc/tech/001.txt", "bbc/tech/002.txt"}
    # two copies, neither listed: the first name stays, so a part holds one of them
    listed = {"bbc/tech/003.txt", "bbc/sport/009.txt"}
    assert copies(bodies, listed) == {"bbc/tech/002.txt", "bbc/tech/003.txt"}


def test_a_class_with_fewer_files_left_than_asked_gives_all_it_has() -> None:
    few = frozenset(n for n in NAMES if n.startswith("bbc/tech/") and n > "bbc/tech/006.txt")
    drawn = draw(NAMES, 10, exclude=few)
    assert [n for n in drawn if n.startswith("bbc/tech/")] == [
        f"bbc/tech/{n:03d}.txt" for n in range(1, 7)
    ]
    assert len(drawn) == 46
    # the classes drawn before it are as in a draw with enough files
    assert [n for n in drawn if not n.startswith("bbc/tech/")] == [
        n for n in draw(NAMES, 10) if not n.startswith("bbc/tech/")
    ]
