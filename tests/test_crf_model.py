"""The tagger hands CRFsuite only the attributes its model knows
(index/extract/crf_model.py, index/extract/tagger.py): the names read from the model file
are CRFsuite's own, and the labels are the same as with every attribute."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pycrfsuite
import pytest

from index.extract.crf_model import ModelFormatError, model_attributes
from index.extract.tagger import (
    MODEL,
    known_attributes,
    load_tagger,
    read_text,
    runs,
    window,
    window_features,
)

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "index" / "data" / MODEL
ARTICLES = ROOT / "tests" / "data" / "wikinews" / "articles.jsonl.gz"


def test_the_names_read_from_the_file_are_the_models() -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    assert known_attributes() == frozenset(tagger.info().attributes)


def test_a_file_that_is_no_model_is_refused() -> None:
    with pytest.raises(ModelFormatError):
        model_attributes(b"not a model")
    with pytest.raises(ModelFormatError):
        model_attributes(b"x" * 100)


def test_known_attributes_give_the_labels_of_all_attributes_on_news_text() -> None:
    """On 60 Wikinews articles (not used to tune anything): the same labels run for run,
    and some attributes were left out (else the test would prove nothing)."""
    tagger = load_tagger()
    compared = dropped = 0
    with gzip.open(ARTICLES, "rt", encoding="utf-8") as lines:
        for _, line in zip(range(60), lines, strict=False):
            article = json.loads(line)
            read = read_text(f"{article['title']}\n\n{article['text']}")
            for run in runs(read):
                win = window(read, run)
                every, known = window_features(win), window_features(win, known_only=True)
                assert tagger.tag(known) == tagger.tag(every), win.words
                dropped += sum(map(len, every)) - sum(map(len, known))
                compared += 1
    assert compared > 1000 and dropped > 1000
