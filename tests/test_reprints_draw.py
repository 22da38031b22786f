"""The reprint pairs' draw (bench/reprints_draw.py): its --window keeps only
pairs published at most that many days apart, as the search folds only copies
within its window; the dates are the ones the indexer reads from the records. A news
corpus (bench/reprints_news.py) is read as the indexer reads it, and its pairs of two
outlets are drawn apart."""

from __future__ import annotations

import gzip
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.reprints_draw import dates, draw, labelled, strata_of, within  # noqa: E402
from bench.reprints_news import news_articles  # noqa: E402

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


# A paragraph of its own, for a body that shares only BODY's first paragraph.
OTHER = (
    "Dock workers at the south quay said they would strike on Friday over the new shift "
    "rota, which they said would cut the number of night crews by half and leave the "
    "older cranes without trained drivers for most of the week."
)


THIRD = (
    "The port's owners, a group of three regional councils, are due to vote in June on a "
    "plan to sell a minority stake in the harbour company to a pension fund, officials said."
)


def test_a_news_corpus_is_read_as_the_indexer_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    records = [
        {
            "id": "0007",
            "title": "T",
            "date": "",
            "url": "u",
            "source": "cnn",
            "text": " One  line.\n\n\nTwo.",
        },
        {"id": "0008", "title": "", "date": "", "url": "u", "source": "abc", "text": ""},
    ]
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(r) + "\n" for r in records)
    articles, days, outlets = news_articles(path)
    assert articles == {"0007": ("T", "One line.\n\nTwo.")}  # the empty record skipped
    assert days == {"0007": None} and outlets == {"0007": "cnn"}


def test_other_pairs_of_two_outlets_are_their_own_stratum() -> None:
    shared = BODY.split("\n\n")[0]
    articles = {"1": ("Crane", BODY), "2": ("Strike", f"{OTHER}\n\n{shared}"),
                "3": ("Quay", f"{shared}\n\n{THIRD}")}  # fmt: skip
    _, alone = strata_of(articles)
    assert sorted(alone["other"]) == [("1", "2"), ("1", "3"), ("2", "3")]
    _, apart = strata_of(articles, outlets={"1": "cnn", "2": "cnn", "3": "abc"})
    assert apart["other"] == [("1", "2")]
    assert sorted(apart["across outlets"]) == [("1", "3"), ("2", "3")]


def test_labelled_pairs_and_ids_are_of_one_corpus(tmp_path: Path) -> None:
    path = tmp_path / "labelled.jsonl"
    rows = [
        {"a": "reuters:12", "b": "reuters:9"},
        {"a": "reuters:5", "b": "rewrite:5"},
        {"a": "webis:0278", "b": "webis:0031"},
        {"a": "written:x-1", "b": "written:x-2"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert labelled(path) == (frozenset({(9, 12)}), frozenset({12, 9, 5}))
    assert labelled(path, "webis") == (frozenset({("0031", "0278")}), frozenset({"0278", "0031"}))
