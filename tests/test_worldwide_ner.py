"""The Worldwide entity benchmark's reading and span logic (bench/worldwide_ner.py and
bench/worldwide_ner_eval.py), on a hand-written two-sentence annotated file."""

from __future__ import annotations

import pytest

from bench.worldwide_ner import (
    DATA,
    align,
    gold_spans,
    half,
    make_article,
    outlet_of,
    read_tsv,
    token_spans,
)
from bench.worldwide_ner_eval import score, tally

RAW = (
    "https://example.org/news/1\n\n"
    "Ama Owusu met the Harbour Board in Tema on Monday.\n"
    "The Kenyan minister flew to Port Louis.\n"
)
TSV = "\n".join(
    [
        "https://example.org/news/1\tO",
        "",
        *"Ama\tB-Person|Owusu\tI-Person|met\tO|the\tO|Harbour\tB-Organization|Board\tI-Organization"
        "|in\tO|Tema\tS-Location|on\tO|Monday\tB-Date|.\tO".split("|"),
        "",
        *"The\tO|Kenyan\tB-NORP|minister\tO|flew\tO|to\tO|Port\tB-Location|Louis\tE-Location|.\tO".split(
            "|"
        ),
    ]
)


def article():
    return make_article("xx_outlet_1", TSV, RAW, [("xx_", "Somewhere")])


def test_gold_spans_map_classes_and_read_bio_and_bioes() -> None:
    a = article()
    assert a.outlet == "xx_outlet" and a.region == "Somewhere"
    # token 0 is the address, aligned in the raw text but not in the text read
    assert a.spans == (
        (1, 3, "PER"),
        (5, 7, "ORG"),
        (8, 9, "LOC"),
        (13, 14, "MISC"),
        (17, 19, "LOC"),
    )
    assert a.text.startswith("Ama Owusu") and a.tokens[0] is None
    assert a.tokens[1] == (0, 3) and a.tokens[18] is not None
    assert a.text[a.tokens[17][0] : a.tokens[18][1]] == "Port Louis"


def test_a_second_tag_is_ignored_and_the_token_kept() -> None:
    rows = read_tsv("Port\tB-Organization\nAuthority\tI-Organization\tB-Location\nsaid O\n")
    assert rows == [("Port", "B-Organization"), ("Authority", "I-Organization"), ("said", "O")]


def test_an_i_tag_of_another_class_opens_a_name() -> None:
    assert gold_spans(["B-Person", "I-Location", "O"]) == [(0, 1, "PER"), (1, 2, "LOC")]
    assert gold_spans(["B-Date", "I-Date", "B-Facility"]) == [(2, 3, "LOC")]


def test_a_token_the_text_lacks_is_left_unaligned() -> None:
    spans = align(["a", "â€", "b"], "a ’ b")
    assert spans[0] == (0, 1) and spans[1] is None and spans[2] == (4, 5)


def test_exact_spans_score_and_errors_are_tallied() -> None:
    a = article()
    tokens = a.tokens
    start = a.text.index
    found = [
        (start("Ama"), start("Ama") + len("Ama Owusu"), "PER"),  # exact
        (start("Harbour"), start("Harbour") + len("Harbour"), "ORG"),  # boundary
        (start("Tema"), start("Tema") + 4, "PER"),  # type
        (start("Kenyan"), start("Kenyan") + 6, "LOC"),  # on a gold MISC
        (start("Port"), start("Port") + 3, "LOC"),  # inside a token: never exact
    ]
    spans = token_spans(found, tokens)
    assert [s[3] for s in spans] == [True, True, True, True, False]
    counts = score(list(a.spans), spans)
    assert counts["PER"] == [1, 2, 1] and counts["ORG"] == [0, 1, 1] and counts["LOC"] == [0, 2, 2]
    assert counts["all"] == [1, 5, 4]
    errors = tally(list(a.spans), spans)
    assert errors == {"ORG boundary": 1, "LOC type": 1, "LOC boundary": 1, "LOC on-MISC": 1}


def test_outlets_and_halves() -> None:
    assert outlet_of("cn_article_scmp_12.txt.tsv") == "cn_article_scmp"
    assert outlet_of("some_outlet_.txt") == "some_outlet"
    assert half("xx_outlet") in ("dev", "test")


@pytest.mark.skipif(not DATA.exists(), reason=f"needs ../bench-data/worldwide_ner ({DATA})")
def test_the_built_set_reads() -> None:
    files = sorted((DATA / "annotated").glob("*.txt.tsv"))
    assert len(files) > 700
    name = files[0].name.removesuffix(".txt.tsv")
    raw = (DATA / "original" / f"{name}.txt").read_text(encoding="utf-8")
    article = make_article(name, files[0].read_text(encoding="utf-8"), raw, [])
    assert article.spans and sum(c is not None for c in article.tokens) > len(article.tokens) / 2
