"""The learned sequence tagger: names and their types, read from the words around them.

A linear-chain CRF (CRFsuite, through ``python-crfsuite``) trained on the CoNLL-2003
English training split by ``scripts/train_tagger.py`` and shipped as
``index/data/tagger.crfsuite``; no model is fetched at run time. It tags each line of an
article on its own (no name runs across a line break) with BIO labels for PER, LOC, ORG
and MISC. Its features are the word, its shape, prefix and suffix, the words around it,
and what the shipped gazetteer and word lists say of it: part of a place name (and what
kind of place), a given name, a nationality, a title, an organisation word, a common
English word. Only the tokens holding a capital letter and their neighbours on the same
line are tagged (:func:`windows`): names start with one, and none runs over a line.

:func:`tag` returns the spans; :func:`line_features` is what training sees too.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from index.extract.chunks import TITLE_HEADS, TITLE_MODIFIERS
from index.extract.gazetteer import CITY, FAMOUS_CITY, load_gazetteer
from index.extract.people import ORG_WORDS
from index.names import fold_text

MODEL = "tagger.crfsuite"
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sen|Rep|Gov|Corp|Inc|Co|Ltd|Bros|No|Mt|Ft|Capt|Sgt|"
    "Maj|Prof|Rev|Adm|Cmdr|Messrs|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|vs"
)
TOKEN_RE = re.compile(
    rf"(?:[^\W\d_]\.){{2,}}|(?:{_ABBREVIATIONS}|[A-Z])\.(?!\w)"
    r"|\w+(?:[-&]\w+|['’](?!s\b)\w+)*|['’]s\b|\S"
)
_SENTENCE_END = frozenset('.!?:;"“”-')


class Span(NamedTuple):
    start: int
    end: int
    type: str  # PER, LOC, ORG or MISC


def tokens(line: str) -> list[tuple[int, int]]:
    """Token spans of one line: words (with inner hyphens and apostrophes), abbreviations
    with their full stop ("U.S.", "Corp."), a possessive "'s" apart, punctuation."""
    return [match.span() for match in TOKEN_RE.finditer(line)]


def _shape(word: str) -> str:
    """Letters as X/x, digits as d, runs collapsed: "McDonald" -> "XxXx", "1996" -> "d"."""
    out: list[str] = []
    for c in word:
        s = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def _word(word: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]:
    """A word's own features, the features it lends a neighbour before and after it, and
    its lower-case form (memoised: words recur)."""
    gaz = load_gazetteer()
    lower = word.lower()
    folded = fold_text(lower)
    shape = _shape(word)
    own = [f"w={lower}", f"sh={shape}", f"p3={lower[:3]}", f"s3={lower[-3:]}", f"s2={lower[-2:]}"]
    if word[:1].isupper():
        own.append("cap")
        if word.isupper() and len(word) > 1:
            own.append("allcaps")
    if lower in gaz.common_words:
        own.append("common")
    if word in gaz.given_names:
        own.append("given")
    if folded in gaz.demonyms or folded in gaz.demonym_tails:
        own.append("demonym")
    bare = lower.rstrip(".")
    if bare in TITLE_HEADS or bare in TITLE_MODIFIERS:
        own.append("title")
    if bare in ORG_WORDS:
        own.append("orgword")
    if any(c.isdigit() for c in word):
        own.append("digit")
    if len(word) == 1:
        own.append("single")
    before = (f"-1w={lower}", f"-1sh={shape}")
    after = (f"+1w={lower}", f"+1sh={shape}")
    return tuple(own), before, after, lower


def _place_kind(start: int, end: int, folded: str) -> str:
    """What kind of gazetteer name covers folded[start:end]: country, world region,
    region, big city, city, town."""
    candidates = load_gazetteer().candidates(folded[start:end])
    if not candidates:
        return ""
    place = candidates[0].place
    if place.kind != CITY:
        return place.kind
    if place.population >= FAMOUS_CITY:
        return "P3"
    return "P2" if place.population >= 100_000 else "P1"


def _gazetteer_marks(text: str, spans: list[tuple[int, int]]) -> list[str] | None:
    """Per token: "" or the B-/I- mark of the longest place name covering it; None when
    no place name starting with a capital is found. A name never runs over a line."""
    marks: list[str] | None = None
    folded = fold_text(text)
    gaz = load_gazetteer()
    length = gaz.name_length
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    for last, index in gaz.automaton.iter_long(folded):
        first = last - length(index) + 1
        if not text[first].isupper():
            continue
        if marks is None:
            marks = [""] * len(spans)
            starts = {s: i for i, (s, _) in enumerate(spans)}
            ends = {e: i for i, (_, e) in enumerate(spans)}
        i, j = starts.get(first), ends.get(last + 1)
        if i is None or j is None or "\n" in text[first:last]:
            continue
        kind = _place_kind(first, last + 1, folded)
        marks[i] = f"gB{kind}"
        for k in range(i + 1, j + 1):
            marks[k] = f"gI{kind}"
    return marks


class Read(NamedTuple):
    """An article read for tagging: its tokens, what each says of itself, which open a
    line, and the gazetteer marks."""

    spans: list[tuple[int, int]]
    words: list[str]
    infos: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]]
    opens_line: list[bool]
    marks: list[str] | None


def read_text(text: str) -> Read:
    spans = tokens(text)
    words = [text[s:e] for s, e in spans]
    opens = [True] * len(spans)
    find = text.find
    for i in range(1, len(spans)):
        opens[i] = find("\n", spans[i - 1][1], spans[i][0]) >= 0
    infos = [_word(w) for w in words]
    return Read(spans, words, infos, opens, _gazetteer_marks(text, spans))


def windows(read: Read) -> list[range]:
    """The runs of tokens the tagger reads: each token holding a capital letter and the
    token either side of it on the same line (names start with a capital; lower-case
    stretches between names are left out, which halves the work on news text)."""
    runs: list[range] = []
    start = end = -1
    words, opens = read.words, read.opens_line
    last = len(words) - 1
    for i, word in enumerate(words):
        if word == word.lower():
            continue
        lo = i if opens[i] else i - 1
        hi = i + 1 if i == last or opens[i + 1] else i + 2
        if lo <= end and not opens[lo] or lo < end:
            end = max(end, hi)
            continue
        if end > 0:
            runs.append(range(start, end))
        start, end = lo, hi
    if end > 0:
        runs.append(range(start, end))
    return runs


def line_features(read: Read, run: range) -> list[list[str]]:
    """The features of the tokens ``run`` (as CRFsuite attribute names); the words
    around them on the same line count as context even outside the run."""
    words, marks, infos, opens = read.words, read.marks, read.infos, read.opens_line
    n = len(words)
    out = []
    for i in run:
        own, _, _, lower = infos[i]
        if opens[i]:
            feats = [*own, "BOS", "first"]
        else:
            previous = infos[i - 1]
            feats = [*own, *previous[1], f"bi={previous[3]}|{lower}"]
            if words[i - 1] in _SENTENCE_END:
                feats.append("first")
            if not opens[i - 1]:
                feats.append(f"-2w={infos[i - 2][3]}")
        if i + 1 < n and not opens[i + 1]:
            feats.extend(infos[i + 1][2])
            if i + 2 < n and not opens[i + 2]:
                feats.append(f"+2w={infos[i + 2][3]}")
        else:
            feats.append("EOS")
        if marks is not None:
            if marks[i]:
                feats.append(marks[i])
            if not opens[i] and marks[i - 1]:
                feats.append(f"-1{marks[i - 1]}")
            if i + 1 < n and not opens[i + 1] and marks[i + 1]:
                feats.append(f"+1{marks[i + 1]}")
        out.append(feats)
    return out


@cache
def _model() -> Any:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    path = resources.files("index") / "data" / MODEL
    tagger.open(str(path))
    return tagger


def tag(text: str) -> list[Span]:
    """Names in ``text`` with their CoNLL types (none runs over a line break)."""
    if text == text.lower():
        return []
    model = _model()
    read = read_text(text)
    found: list[Span] = []
    for run in windows(read):
        labels = model.tag(line_features(read, run))
        found.extend(_decode(labels, read.spans[run.start : run.stop]))
    return found


def _decode(labels: list[str], spans: list[tuple[int, int]]) -> list[Span]:
    out: list[Span] = []
    current: list[Any] | None = None
    for label, (start, end) in zip(labels, spans, strict=True):
        if label == "O" or label.startswith("B-") or (current and current[2] != label[2:]):
            if current is not None:
                out.append(Span(current[0], current[1], current[2]))
                current = None
        if label != "O":
            if current is None:
                current = [start, end, label[2:]]
            else:
                current[1] = end
    if current is not None:
        out.append(Span(current[0], current[1], current[2]))
    return out
