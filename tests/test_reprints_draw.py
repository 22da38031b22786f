"""The reprint pairs' draw (bench/reprints_draw.py): its --window keeps only
pairs published at most that many days apart, as the search folds only copies
within its window; the dates are the ones the indexer reads from the records."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.reprints_draw import dates, draw, labelled, within  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "reprints_labelled.jsonl"
KINDS = {
    "same": {
        "resend",
        "reprint",
        "rewrite",
        "planted reprint",
        "planted rewrite",
        "written reprint",
    },
    "different": {"same template", "shared passage", "written template"},
}

# A body written for the test, long enough for passages the lookup finds.
BODY = (
    "The harbour board said on Tuesday that the new container crane at the north quay "
    "would start work next month after a delay of several weeks caused by a shortage "
    "of steel parts from the maker in the south of the country.\n\n"
    "Board chairman Rosa Ilves told reporters the crane would lift the port's yearly "
    "handling capacity by about a fifth and that two more cranes were planned for the "
    "east quay once the dredging of the outer channel was finished next spring."
)


def test_within_keeps_pairs_at_most_the_window_apart() -> None:
    days = {1: date(1987, 3, 1), 2: date(1987, 3, 8), 3: date(1987, 3, 9), 4: None}
    near = within(days, 7)
    assert near(1, 2) and near(2, 1) and near(2, 3)
    assert not near(1, 3)  # eight days apart
    assert not near(1, 4) and not near(4, 4)  # undated: cannot be told


def test_dates_are_read_as_the_indexer_reads_the_records(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    records = [{"id": 7, "date": "1987-03-02T15:01:01", "title": "T", "body": BODY},
               {"id": 8, "title": "T", "body": BODY}]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    found = dates(path)
    assert found[7] == date(1987, 3, 2)
    assert 8 in found


def test_draw_leaves_out_pairs_outside_the_window() -> None:
    articles = {1: ("Crane", BODY), 2: ("Crane", BODY), 3: ("Crane", BODY)}
    days = {1: date(1987, 3, 1), 2: date(1987, 3, 5), 3: date(1987, 3, 20)}
    every = {(r["a"], r["b"]) for r in draw(articles, 1, {"identical": 10})}
    assert every == {(1, 2), (1, 3), (2, 3)}
    kept = draw(articles, 1, {"identical": 10}, keep=within(days, 7))
    assert [(r["a"], r["b"]) for r in kept] == [(1, 2)]


def test_labelled_set_rows_agree_and_no_reuters_pair_is_labelled_twice() -> None:
    """Each drawn part excludes the pairs labelled before it (--exclude), so no
    Reuters pair appears twice; every kind belongs to its label; a planted copy
    is paired with its own original."""
    rows = [json.loads(line) for line in LABELLED.read_text("utf-8").splitlines() if line]
    assert all(row["kind"] in KINDS[row["label"]] and row["note"] for row in rows)
    reuters = [
        row for row in rows if row["a"].startswith("reuters:") and row["b"].startswith("reuters:")
    ]
    pairs, _ = labelled(LABELLED)
    assert len(pairs) == len(reuters)
    for row in rows:
        if row["stratum"] == "planted":
            assert row["b"].split(":")[1] == row["a"].split(":")[1]
            assert row["kind"] == "planted " + row["b"].split(":")[0]
