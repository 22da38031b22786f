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


#: A word's own features, those it lends the word after it and the word before it, and
#: its lower-case form.
_Info = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]


@lru_cache(maxsize=1 << 16)
def _word(word: str) -> _Info:
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


_LONGEST_NAME = 5  # tokens; "Democratic Republic of the Congo"


def _mark_run(read: Read, run: range) -> None:
    """Mark the tokens of ``run`` covered by a gazetteer name that starts with a capital:
    the longest name at each token, "gB"/"gI" and the kind of its best place."""
    spans, words, marks = read.spans, read.words, read.marks
    get = load_gazetteer().automaton.get
    folded = read.folded
    i, stop = run.start, run.stop
    while i < stop:
        if not words[i][:1].isupper():
            i += 1
            continue
        start = spans[i][0]
        for j in range(min(stop, i + _LONGEST_NAME) - 1, i - 1, -1):
            if get(folded[start : spans[j][1]], -1) >= 0:
                kind = _place_kind(start, spans[j][1], folded)
                marks[i] = f"gB{kind}"
                for k in range(i + 1, j + 1):
                    marks[k] = f"gI{kind}"
                i = j
                break
        i += 1


class Read(NamedTuple):
    """An article read for tagging: its tokens, what each says of itself, which open a
    line, and the gazetteer marks."""

    spans: list[tuple[int, int]]
    words: list[str]
    infos: list[_Info | None]  # filled in for the tokens a window reads (see _fill)
    opens_line: list[bool]
    marks: list[str]  # gazetteer marks of the tokens windows read (see _mark_run)
    folded: str  # the text folded by index.names.fold_text


def read_text(text: str) -> Read:
    spans = tokens(text)
    words = [text[s:e] for s, e in spans]
    opens = [True] * len(spans)
    find = text.find
    for i in range(1, len(spans)):
        opens[i] = find("\n", spans[i - 1][1], spans[i][0]) >= 0
    infos: list[_Info | None] = [None] * len(words)
    return Read(spans, words, infos, opens, [""] * len(words), fold_text(text))


def windows(read: Read) -> list[range]:
    """The runs of tokens the tagger reads: the tokens holding a capital letter, joined
    over at most two words between them on the same line ("Bank of Japan",
    "Securities and Exchange Commission"), never over punctuation. Names start with a
    capital; the words around a run are read as its context, not tagged, which cuts the
    work by two thirds."""
    runs: list[range] = []
    start = end = -1
    words, opens = read.words, read.opens_line
    for i, word in enumerate(words):
        if word == word.lower():
            continue
        if (
            end >= 0
            and i - end <= 2
            and not any(opens[end : i + 1])
            and all(w.isalpha() or w == "&" for w in words[end:i])
        ):
            end = i + 1
            continue
        if end >= 0:
            runs.append(range(start, end))
        start, end = i, i + 1
    if end >= 0:
        runs.append(range(start, end))
    return runs


def _fill(read: Read, run: range) -> list[_Info]:
    """The word features of the tokens of ``run`` and two either side, worked out once."""
    infos, words = read.infos, read.words
    for i in range(max(0, run.start - 2), min(len(words), run.stop + 2)):
        if infos[i] is None:
            infos[i] = _word(words[i])
    return infos  # type: ignore[return-value]  # the tokens read are filled in


def line_features(read: Read, run: range) -> list[list[str]]:
    """The features of the tokens ``run`` (as CRFsuite attribute names); the words
    around them on the same line count as context even outside the run."""
    words, marks, opens = read.words, read.marks, read.opens_line
    n = len(words)
    infos = _fill(read, run)
    _mark_run(read, run)
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
        if marks[i]:
            feats.append(marks[i])
        if i > run.start and marks[i - 1]:
            feats.append(f"-1{marks[i - 1]}")
        if i + 1 < run.stop and marks[i + 1]:
            feats.append(f"+1{marks[i + 1]}")
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


def tag(text: str) -> list[Span]:
    """Names in ``text`` with their CoNLL types (none runs over a line break)."""
    if text == text.lower():
        return []
    model = load_tagger()
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
