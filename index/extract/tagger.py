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

:func:`tag` returns the spans; :func:`read_text`, :func:`runs` and :func:`run_features`
are what training sees too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate, compress
from operator import ne, sub
from typing import Any, NamedTuple

from index.extract.gazetteer import load_gazetteer
from index.extract.tagger_words import place_kind, word_info
from index.names import fold_text

MODEL = "tagger.crfsuite"
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sen|Rep|Gov|Corp|Inc|Co|Ltd|Bros|No|Mt|Ft|Capt|Sgt|"
    "Maj|Prof|Rev|Adm|Cmdr|Messrs|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|vs"
)
TOKEN_RE = re.compile(
    r"\w++(?![\w.&'’-])"
    rf"|(?:[^\W\d_]\.){{2,}}|(?=[A-Za-z]{{1,6}}+\.)(?:{_ABBREVIATIONS}|[A-Z])\.(?!\w)"
    r"|\w+(?:[-&]\w+|['’](?!s\b)\w+)*|['’]s\b|\S"
)
# (The first branch reads most words at once: a word that no full stop, hyphen, "&" or
# apostrophe follows is what the third reads, and neither the second nor the third can
# read it otherwise. The lookahead of the second only saves trying every abbreviation
# at every word: none is longer than six letters. Both leading runs are possessive:
# a shorter run would stop before another character of its class, so giving some
# back never makes the branch match; it only cost the engine a retry per letter of
# every word that a full stop or a hyphen follows.)
_SENTENCE_END = frozenset('.!?:;"“”-')


class Span(NamedTuple):
    start: int
    end: int
    type: str  # PER, LOC, ORG or MISC


def tokens(line: str) -> list[tuple[int, int]]:
    """Token spans of one line: words (with inner hyphens and apostrophes), abbreviations
    with their full stop ("U.S.", "Corp."), a possessive "'s" apart, punctuation."""
    return [match.span() for match in TOKEN_RE.finditer(line)]


_LONGEST_NAME = 5  # tokens; "Democratic Republic of the Congo"


class Read(NamedTuple):
    """An article cut into tokens for tagging: each token with the white space before it
    (``spaced``) and each token's end offset. A token is its spaced form left-stripped,
    and starts its length before its end: made only where a run's window reads them,
    as most tokens are in none (every token's string and start made up front cost a
    third of the tokenising). :attr:`words` and :attr:`starts` make them all."""

    text: str
    spaced: list[str]
    ends: list[int]

    @property
    def words(self) -> list[str]:
        """Every token's text."""
        return list(map(str.lstrip, self.spaced))

    @property
    def starts(self) -> list[int]:
        """Every token's start offset."""
        return list(map(sub, self.ends, map(len, self.words)))


class Run(NamedTuple):
    """Tokens the tagger tags together (``start``..``stop``) and the tokens of their line
    (``lo``..``hi``), which count as context: no context reaches over a line break."""

    start: int
    stop: int
    lo: int
    hi: int


_start = re.Match.start
_NEWLINE = re.compile("\n")
#: Makes a named tuple from a tuple of its fields: ``_new(Run, (start, stop, lo, hi))``
#: is ``Run(start, stop, lo, hi)`` without the Python ``__new__`` a named tuple's class
#: call runs (a third of the time; the tagger makes several a run).
_new = tuple.__new__
# A token and the white space before it: only white space stands between tokens (any
# other character is a token of its own), so the lengths of these strings, added up,
# give every token's end without a match object per token, and each less its white
# space is the token.
_SPACED_TOKEN_RE = re.compile(rf"\s*+(?:{TOKEN_RE.pattern})")


def read_text(text: str) -> Read:
    """``text`` cut into tokens (one pass of :data:`TOKEN_RE`; no token holds a line
    break)."""
    spaced = _SPACED_TOKEN_RE.findall(text)
    return _new(Read, (text, spaced, list(accumulate(map(len, spaced)))))


def runs(read: Read) -> list[Run]:
    """The runs of tokens the tagger reads: the tokens holding a capital letter, joined
    over at most two words between them on the same line ("Bank of Japan",
    "Securities and Exchange Commission"), never over punctuation. Names start with a
    capital; the words around a run are read as its context, not tagged, which cuts the
    work by two thirds."""
    text, spaced, token_ends = read
    capitals = list(compress(range(len(spaced)), map(ne, spaced, map(str.lower, spaced))))
    if not capitals:
        return []
    # Where each line ends (the text's end closes the last), and the first token of the
    # current line, found once a line rather than once a run. No token holds a line
    # break, so a token is on the line of its last character, and the first token
    # starting at or after a line's start or end is the first ending after it.
    ends = [*map(_start, _NEWLINE.finditer(text)), len(text)]
    out: list[Run] = []
    start = end = line = -1
    first = 0
    for i in capitals:
        here = bisect_right(ends, token_ends[i] - 1)
        if here == line and (
            i == end
            or (
                i - end <= 2
                and all(w.isalpha() or w == "&" for w in map(str.lstrip, spaced[end:i]))
            )
        ):
            end = i + 1
            continue
        if end >= 0:
            out.append(_new(Run, (start, end, first, bisect_right(token_ends, ends[line], end))))
        if here != line:
            first = bisect_right(token_ends, ends[here - 1] + 1 if here else 0, start + 1, i)
        start, end, line = i, i + 1, here
    out.append(_new(Run, (start, end, first, bisect_right(token_ends, ends[line], end))))
    return out


class Window(NamedTuple):
    """All that the features of a run depend on, so that its labels can be memoised by
    it: the run's words with up to two either side on its line, where the run starts
    and stops among them, whether they open and close the line, and the run's own text
    from its first token to its last (for the gazetteer names in it)."""

    words: tuple[str, ...]
    start: int
    stop: int
    opens_line: bool
    closes_line: bool
    text: str


def window(read: Read, run: Run) -> Window:
    text, spaced, ends = read
    start, stop, lo, hi = run
    first = start - 2 if start - 2 > lo else lo  # (not max and min: two calls a run)
    last = stop + 2 if stop + 2 < hi else hi
    words = tuple(map(str.lstrip, spaced[first:last]))
    begin = ends[start] - len(words[start - first])  # where the run's first token starts
    return _new(
        Window,
        (words, start - first, stop - first, first == lo, last == hi, text[begin : ends[stop - 1]]),
    )


@lru_cache(maxsize=1 << 15)
def _run_marks(text: str, words: tuple[str, ...]) -> tuple[bytes, ...]:
    """The gazetteer marks of the tokens ``words`` of a run with text ``text``: at each
    token that starts with a capital, the longest gazetteer name starting there, "gB"/"gI"
    and the kind of its best place; "" elsewhere. Memoised: the same run often stands in
    different words ("U.S." as "said U.S. officials")."""
    folded = fold_text(text)
    # Only white space stands between tokens: each starts where its word is next found.
    starts, ends, at = [], [], 0
    for word in words:
        at = text.find(word, at)
        starts.append(at)
        at += len(word)
        ends.append(at)
    automaton = load_gazetteer().automaton
    get, prefix = automaton.get, automaton.match
    marks = [b""] * len(words)
    i, stop = 0, len(words)
    while i < stop:
        if not words[i][:1].isupper():
            i += 1
            continue
        start = starts[i]
        last = -1
        for j in range(i, i + _LONGEST_NAME if i + _LONGEST_NAME < stop else stop):
            name = folded[start : ends[j]]
            if not prefix(name):
                break  # no longer name starts with this one
            if get(name, -1) >= 0:
                last = j
        if last >= 0:
            kind = place_kind(folded[start : ends[last]])
            marks[i] = f"gB{kind}".encode()
            for k in range(i + 1, last + 1):
                marks[k] = f"gI{kind}".encode()
            i = last
        i += 1
    return tuple(marks)


def run_features(read: Read, run: Run) -> list[list[bytes]]:
    """The features of the tokens of ``run`` (CRFsuite attribute names); the words
    around them on the line count as context even outside the run. Training reads
    these too."""
    return window_features(window(read, run))


def window_features(win: Window) -> list[list[bytes]]:
    """The features of the run's tokens in ``win`` (see :func:`run_features`)."""
    words, start, stop, opens_line, closes_line, text = win
    n = len(words)
    # Where the line starts and ends, or just past the window when it goes on.
    lo, hi = (0 if opens_line else -1), (n if closes_line else n + 1)
    infos = list(map(word_info, words))
    marks = _run_marks(text, words[start:stop])
    out = []
    for i in range(start, stop):
        own, _, _, lower, _, _ = infos[i]
        if i == lo:
            feats = [*own, b"BOS", b"first"]
        else:
            previous = infos[i - 1]
            feats = [*own, *previous[1], b"".join((b"bi=", previous[3], b"|", lower))]
            if words[i - 1] in _SENTENCE_END:
                feats.append(b"first")
            if i - 1 > lo:
                feats.append(infos[i - 2][4])
        if i + 1 < hi:
            feats.extend(infos[i + 1][2])
            if i + 2 < hi:
                feats.append(infos[i + 2][5])
        else:
            feats.append(b"EOS")
        m = i - start
        if marks[m]:
            feats.append(marks[m])
        if m and marks[m - 1]:
            feats.append(b"-1" + marks[m - 1])
        if i + 1 < stop and marks[m + 1]:
            feats.append(b"+1" + marks[m + 1])
        out.append(feats)
    return out


@lru_cache(maxsize=1 << 15)
def _names(win: Window) -> tuple[tuple[int, int, str], ...]:
    """The names the tagger reads in the run in ``win``, as (first token, token after
    the last, type), tokens counted from the run's first; memoised: a quarter of the
    runs in a newswire archive recur word for word ("U.S. Agriculture Department")."""
    labels = load_tagger().tag(window_features(win))
    if labels.count("O") == len(labels):
        return ()
    return tuple(_decode(labels))


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
    read = read_text(text)
    found: list[Span] = []
    for run in runs(read):
        found.extend(run_names(read, run))
    return found


def run_names(read: Read, run: Run) -> list[Span]:
    """The names the tagger reads in one run of ``read``."""
    names = _names(window(read, run))
    if not names:  # most runs
        return []
    _, spaced, ends = read
    at = run[0]  # (its start)
    return [
        _new(Span, (ends[at + i] - len(spaced[at + i].lstrip()), ends[at + j - 1], kind))
        for i, j, kind in names
    ]


def _decode(labels: list[str]) -> list[tuple[int, int, str]]:
    """BIO labels as names: (first token, token after the last, type)."""
    out: list[tuple[int, int, str]] = []
    current: list[Any] | None = None
    for k, label in enumerate(labels):
        if label == "O" or label.startswith("B-") or (current and current[2] != label[2:]):
            if current is not None:
                out.append((current[0], current[1], current[2]))
                current = None
        if label != "O":
            if current is None:
                current = [k, k + 1, label[2:]]
            else:
                current[1] = k + 1
    if current is not None:
        out.append((current[0], current[1], current[2]))
    return out
