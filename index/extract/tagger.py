"""The learned sequence tagger: names and their types, read from the words around them.

A linear-chain CRF (CRFsuite, through ``python-crfsuite``) trained on the CoNLL-2003
English training split by ``scripts/train_tagger.py`` and shipped as
``index/data/tagger.crfsuite``; no model is fetched at run time. It tags each line of an
article on its own (no name runs across a line break) with BIO labels for PER, LOC, ORG
and MISC. Its features are the word, its shape, prefix and suffix, the words around it,
and what the shipped gazetteer and word lists say of it: part of a place name (and what
kind of place), a given name, a nationality, a title, an organisation word, a common
English word. Only the tokens holding a capital letter and their neighbours on the same
line are tagged (:func:`runs`): names start with one, and none runs over a line.

:func:`tag` returns the spans; :func:`read_lines`, :func:`runs` and :func:`run_features`
are what training sees too.
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


#: What a word says of itself, as CRFsuite attribute names: its own features, those it
#: lends the word after it ("-1w=", "-1sh=") and the word before it ("+1w=", "+1sh="),
#: its lower-case form, and the features it lends a word two after it ("-2w=") and two
#: before it ("+2w="). A plain tuple of strings, which the garbage collector stops
#: tracking.
_Info = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str, str, str]


@lru_cache(maxsize=1 << 16)
def _word(word: str) -> _Info:
    """A word's features (see :data:`_Info`), memoised: words recur."""
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
    return tuple(own), before, after, lower, f"-2w={lower}", f"+2w={lower}"


@lru_cache(maxsize=1 << 14)
def _place_kind(name: str) -> str:
    """What kind of place the gazetteer name ``name`` (folded) is, by its best place:
    country, world region, region, big city ("P3"), city ("P2"), town ("P1")."""
    candidates = load_gazetteer().candidates(name)
    if not candidates:
        return ""
    place = candidates[0].place
    if place.kind != CITY:
        return place.kind
    if place.population >= FAMOUS_CITY:
        return "P3"
    return "P2" if place.population >= 100_000 else "P1"


_LONGEST_NAME = 5  # tokens; "Democratic Republic of the Congo"


class Line(NamedTuple):
    """One line of an article that holds a capital letter, cut into tokens (spans are
    offsets in the article). Lines without one are never read: no name starts there,
    and no token's context reaches over a line break."""

    spans: list[tuple[int, int]]
    words: list[str]


def read_lines(text: str) -> list[Line]:
    """The lines of ``text`` the tagger reads (see :class:`Line`), in order."""
    out: list[Line] = []
    finditer, find = TOKEN_RE.finditer, text.find
    start, size = 0, len(text)
    while start <= size:
        end = find("\n", start)
        if end < 0:
            end = size
        line = text[start:end]
        if line != line.lower():
            spans = [m.span() for m in finditer(text, start, end)]
            out.append(Line(spans, [text[s:e] for s, e in spans]))
        start = end + 1
    return out


def runs(words: list[str]) -> list[range]:
    """The runs of tokens the tagger reads in one line: the tokens holding a capital
    letter, joined over at most two words between them ("Bank of Japan",
    "Securities and Exchange Commission"), never over punctuation. Names start with a
    capital; the words around a run are read as its context, not tagged, which cuts the
    work by two thirds."""
    out: list[range] = []
    start = end = -1
    for i, word in enumerate(words):
        if word.islower() or word == word.lower():
            continue
        if end >= 0 and i - end <= 2 and all(w.isalpha() or w == "&" for w in words[end:i]):
            end = i + 1
            continue
        if end >= 0:
            out.append(range(start, end))
        start, end = i, i + 1
    if end >= 0:
        out.append(range(start, end))
    return out


def _marks(line: Line, run: range, folded: str) -> list[str]:
    """The gazetteer marks of the tokens of ``run``: at each token that starts with a
    capital, the longest gazetteer name starting there, "gB"/"gI" and the kind of its
    best place; "" elsewhere."""
    spans, words = line.spans, line.words
    automaton = load_gazetteer().automaton
    get, prefix = automaton.get, automaton.match
    marks = [""] * len(run)
    i, stop = run.start, run.stop
    while i < stop:
        if not words[i][:1].isupper():
            i += 1
            continue
        start = spans[i][0]
        last = -1
        for j in range(i, min(stop, i + _LONGEST_NAME)):
            name = folded[start : spans[j][1]]
            if not prefix(name):
                break  # no longer name starts with this one
            if get(name, -1) >= 0:
                last = j
        if last >= 0:
            kind = _place_kind(folded[start : spans[last][1]])
            marks[i - run.start] = f"gB{kind}"
            for k in range(i + 1, last + 1):
                marks[k - run.start] = f"gI{kind}"
            i = last
        i += 1
    return marks


def run_features(line: Line, run: range, folded: str) -> list[list[str]]:
    """The features of the tokens of ``run`` (CRFsuite attribute names); the words
    around them on the line count as context even outside the run. ``folded`` is the
    article folded by :func:`index.names.fold_text`. Training reads these too."""
    words = line.words
    n = len(words)
    first = max(0, run.start - 2)
    infos = [_word(w) for w in words[first : run.stop + 2]]
    marks = _marks(line, run, folded)
    out = []
    for i in run:
        k = i - first
        own, _, _, lower, _, _ = infos[k]
        if i == 0:
            feats = [*own, "BOS", "first"]
        else:
            previous = infos[k - 1]
            feats = [*own, *previous[1], f"bi={previous[3]}|{lower}"]
            if words[i - 1] in _SENTENCE_END:
                feats.append("first")
            if i > 1:
                feats.append(infos[k - 2][4])
        if i + 1 < n:
            feats.extend(infos[k + 1][2])
            if i + 2 < n:
                feats.append(infos[k + 2][5])
        else:
            feats.append("EOS")
        m = i - run.start
        if marks[m]:
            feats.append(marks[m])
        if m and marks[m - 1]:
            feats.append(f"-1{marks[m - 1]}")
        if i + 1 < run.stop and marks[m + 1]:
            feats.append(f"+1{marks[m + 1]}")
        out.append(feats)
    return out


@cache
def load_tagger() -> Any:
    """The process-wide CRF model (a pycrfsuite Tagger), opened on first call."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    path = resources.files("index") / "data" / MODEL
    tagger.open(str(path))
    return tagger


def tag(text: str, folded: str | None = None) -> list[Span]:
    """Names in ``text`` with their CoNLL types (none runs over a line break).
    ``folded``: ``text`` folded by :func:`index.names.fold_text`, if the caller has it."""
    if text == text.lower():
        return []
    model = load_tagger()
    if folded is None:
        folded = fold_text(text)
    found: list[Span] = []
    for line in read_lines(text):
        for run in runs(line.words):
            labels = model.tag(run_features(line, run, folded))
            found.extend(_decode(labels, line.spans[run.start : run.stop]))
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
