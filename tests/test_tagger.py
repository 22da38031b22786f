"""The sequence tagger's reading of text (index/extract/tagger.py) and its training data
(scripts/train_tagger.py): what training sees is what an article gives at run time."""

from __future__ import annotations

import itertools
import json
import re
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.conll import Document  # noqa: E402
from index.extract.tagger import (  # noqa: E402
    TOKEN_RE,
    load_tagger,
    read_text,
    run_features,
    runs,
    tag,
    tokens,
)
from index.extract.vetting import tag_for_vetting, vet  # noqa: E402
from scripts.train_tagger import labelled_lines  # noqa: E402


def words(text: str) -> list[str]:
    return [text[s:e] for s, e in tokens(text)]


def test_tokens_keep_abbreviations_and_split_possessives() -> None:
    assert words("Germany's U.S. envoy, Mr. Smith.") == [
        "Germany", "'s", "U.S.", "envoy", ",", "Mr.", "Smith", ".",
    ]  # fmt: skip


def test_runs_join_capitals_over_short_words_but_not_lines_or_punctuation() -> None:
    text = "The Bank of Japan said. Police came\nLondon called"
    read = read_text(text)
    found = [" ".join(read.words[r.start : r.stop]) for r in runs(read)]
    assert found == ["The Bank of Japan", "Police", "London"]


def test_a_runs_context_is_its_own_line() -> None:
    text = "Talks began.\nnothing here at all\nIn London today"
    read = read_text(text)
    lines = [read.words[r.lo : r.hi] for r in runs(read)]
    assert lines == [["Talks", "began", "."], ["In", "London", "today"]]
    text = "\nA. then B\n\nC, D and the E\n"  # several runs a line, blank lines, no last line
    read = read_text(text)
    lines = [read.words[r.lo : r.hi] for r in runs(read)]
    assert lines == [["A.", "then", "B"]] + [["C", ",", "D", "and", "the", "E"]] * 2
    assert [text[s:e] for s, e in zip(read.starts, read.ends, strict=True)] == read.words


def test_abbreviations_hold_their_full_stop_and_initials_join() -> None:
    assert words("Messrs. Smith and J.R. Ewing met Mr. Jones, vs. Corp.") == [
        "Messrs.", "Smith", "and", "J.R.", "Ewing", "met", "Mr.", "Jones", ",", "vs.", "Corp.",
    ]  # fmt: skip


def test_tagged_names_never_run_over_a_line() -> None:
    text = "Talks with Robert Galvin\nMELBOURNE officials went on."
    assert all("\n" not in text[s.start : s.end] for s in tag(text))


def test_lower_case_text_is_not_tagged() -> None:
    assert tag("nothing capitalised here") == []


def test_training_labels_line_up_with_the_runs_read() -> None:
    text = "Robert Galvin met Bank of Japan officials in Tokyo."
    doc = Document(text, ((0, 13, "PER"), (18, 31, "ORG"), (45, 50, "LOC")))
    pairs = labelled_lines(doc)
    labels = [label for _, run_labels in pairs for label in run_labels]
    # one run: capitals joined over "met" and "officials in"
    assert labels == [
        "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-LOC",
    ]  # fmt: skip
    assert all(len(features) == len(run) for features, run in pairs)


def test_offsets_are_those_of_the_tokens_whatever_the_white_space() -> None:
    text = "\n  Mr. Müller\t(U.S.)  said:\u00a0“Go”\n\nO'Neill's\r\nend  "
    read = read_text(text)
    assert list(zip(read.starts, read.ends, strict=True)) == tokens(text)
    assert read.words == [text[s:e] for s, e in tokens(text)]
    assert read_text("").words == []


def test_vetting_gets_the_same_names_when_lone_common_words_are_left_untagged() -> None:
    """tag_for_vetting spares the tagger single common words that vet would drop
    whatever their type; vet's answer must not change. Checked on the seed articles, on
    the first 150 Reuters articles when ../shared is beside the repository (never needed:
    the seeds and the cases below run everywhere), and on cases where the word stays: a
    place ("Turkey"), a cue ("in Reading"), a short form ("the Federation")."""
    texts = [path.read_text("utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    reuters = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
    if reuters.is_file():
        with reuters.open(encoding="utf-8") as rows:
            texts += [
                f"{a.get('title', '')}\n\n{a.get('body', '')}"
                for a in map(json.loads, itertools.islice(rows, 150))
            ]
    texts += [
        "Police said Turkey would act. Later the Kurdish Red Crescent Federation met, "
        "and the Federation said it would move to Reading. Talks in Reading ended."
    ]
    spared = 0
    for text in texts:
        full, lazy = tag(text), tag_for_vetting(text)
        assert vet(text, lazy) == vet(text, full)
        spared += len(full) - len(lazy)
    assert spared > 0  # some names were never read, else the test proves nothing


def test_a_typographic_apostrophe_reads_as_the_plain_one() -> None:
    """The model was trained on plain apostrophes: the same sentence with typographic
    ones gets the same names at the same offsets ("Don’t" is no person)."""
    for plain in (
        "Stay indoors in a storm. Don't touch electronic equipment.",
        "One of Gomez's projects was a film. We're told O'Brien liked it.",
    ):
        curly = plain.replace("'", "’")
        assert tag(curly) == tag(plain)
    assert tag("Stay indoors in a storm. Don’t touch electronic equipment.") == []


@given(st.text(alphabet=st.sampled_from(list("aZé1_.-&'’s \n,UuSs")), max_size=40))
def test_the_fast_branch_for_plain_words_reads_what_the_others_would(text: str) -> None:
    """TOKEN_RE's first branch (a word no full stop, hyphen, "&" or apostrophe follows)
    only saves trying the others: without it, the tokens are the same."""
    branches = TOKEN_RE.pattern.split("|", 1)
    assert branches[0] == r"\w++(?![\w.&'’-])"
    without = re.compile(branches[1])
    assert [m.span() for m in TOKEN_RE.finditer(text)] == [m.span() for m in without.finditer(text)]


@given(st.text(alphabet=st.sampled_from(list("aZéMrsCo1_.-&'’ \n,")), max_size=40))
def test_possessive_runs_read_what_backtracking_ones_would(text: str) -> None:
    """TOKEN_RE's possessive runs ("\\w++", "{1,6}+") only spare the engine retries:
    the same pattern letting them give characters back reads the same tokens."""
    assert "++" in TOKEN_RE.pattern and "}+" in TOKEN_RE.pattern
    backtracking = re.compile(TOKEN_RE.pattern.replace("++", "+").replace("}+", "}"))
    assert TOKEN_RE.findall(text) == backtracking.findall(text)


def test_features_in_bytes_are_the_names_the_model_was_trained_on() -> None:
    """The features are handed to CRFsuite as UTF-8 bytes (pycrfsuite would encode a
    string itself): the model reads them as the same names, non-ASCII words too."""
    text = "Officials in Zürich and São Paulo met Société Générale's chief, Reuters said."
    read = read_text(text)
    model = load_tagger()
    for run in runs(read):
        features = run_features(read, run)
        assert all(isinstance(name, bytes) for token in features for name in token)
        as_names = [[name.decode() for name in token] for token in features]
        assert model.tag(features) == model.tag(as_names)
