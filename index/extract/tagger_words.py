"""What a word says of itself to the tagger (:mod:`index.extract.tagger`): its shape,
affixes and what the shipped gazetteer and word lists say of it, as CRFsuite features,
and what kind of place a gazetteer name is. Memoised: words recur."""

from __future__ import annotations

from functools import lru_cache

from index.extract.chunks import TITLE_HEADS, TITLE_MODIFIERS
from index.extract.gazetteer import CITY, FAMOUS_CITY, load_gazetteer
from index.extract.people import ORG_WORDS
from index.names import fold_text


def _shape(word: str) -> str:
    """Letters as X/x, digits as d, runs collapsed: "McDonald" -> "XxXx", "1996" -> "d"."""
    if word.isascii() and word.isalpha():  # most words: told by three string tests at most
        if word.isupper() or word.islower():
            return "X" if word.isupper() else "x"
        if word[0].isupper() and word[1:].islower():
            return "Xx"
    out: list[str] = []
    for c in word:
        s = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out)


#: What a word says of itself, as CRFsuite attribute names: its own features, those it
#: lends the word after it ("-1w=", "-1sh=") and the word before it ("+1w=", "+1sh="),
#: its lower-case form, and the features it lends a word two after it ("-2w=") and two
#: before it ("+2w="). All in UTF-8 bytes, which pycrfsuite hands CRFsuite as they are
#: (a string it would encode first, each time it is tagged: a fifth of the call's time).
#: A plain tuple, which the garbage collector stops tracking.
_Info = tuple[tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...], bytes, bytes, bytes]
#: One copy of each prefix and suffix feature, which many words have alike.
_SHARED: dict[bytes, bytes] = {}


@lru_cache(maxsize=1 << 15)  # 1 << 16: ~20 MB more per worker, ~0.3% faster (bench/caches.py)
def word_info(word: str) -> _Info:
    """A word's features (see :data:`_Info`), memoised: words recur. A typographic
    apostrophe reads as the plain one the model was trained on ("Don’t" as "Don't").
    The features many words have alike (shape, prefix, suffixes) are shared: the
    cache holds one copy of each, not one per word (a third of its memory)."""
    gaz = load_gazetteer()
    word = word.replace("’", "'")
    lower = word.lower()
    folded = fold_text(lower)
    shape = _shape(word)
    own_shape, before_shape, after_shape = _shape_features(shape)
    utf8 = lower.encode()
    affixes = [f"p3={lower[:3]}".encode(), f"s3={lower[-3:]}".encode(), f"s2={lower[-2:]}".encode()]
    own = [b"w=" + utf8, own_shape, *map(_SHARED.setdefault, affixes, affixes)]
    if word[:1].isupper():
        own.append(b"cap")
        if word.isupper() and len(word) > 1:
            own.append(b"allcaps")
    if lower in gaz.common_words:
        own.append(b"common")
    if word in gaz.given_names:
        own.append(b"given")
    if folded in gaz.demonyms or folded in gaz.demonym_tails:
        own.append(b"demonym")
    bare = lower.rstrip(".")
    if bare in TITLE_HEADS or bare in TITLE_MODIFIERS:
        own.append(b"title")
    if bare in ORG_WORDS:
        own.append(b"orgword")
    if "d" in shape:  # a digit ("d" itself is a letter, "x")
        own.append(b"digit")
    if len(word) == 1:
        own.append(b"single")
    before = (b"-1w=" + utf8, before_shape)
    after = (b"+1w=" + utf8, after_shape)
    return tuple(own), before, after, utf8, b"-2w=" + utf8, b"+2w=" + utf8


@lru_cache(maxsize=1 << 10)
def _shape_features(shape: str) -> tuple[bytes, bytes, bytes]:
    """A shape's features as its word's own, the word after's and the word before's
    (:data:`_Info`); a few shapes make most words', so they are made once a shape."""
    return f"sh={shape}".encode(), f"-1sh={shape}".encode(), f"+1sh={shape}".encode()


@lru_cache(maxsize=1 << 14)
def place_kind(name: str) -> str:
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
