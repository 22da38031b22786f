"""Name keys: one matching key for the many romanisations of a name.

:func:`name_key` is what entity ids are made of, on the index side and on the search
side, so both must call this very function. :func:`fold_text` and :func:`fold_name` are
the cheaper, offset-preserving folds used to match gazetteer names in article text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

APOSTROPHES = "'’‘`ʿʾʼ′´"
ARTICLES = frozenset("al el ul an en ash esh ad ed ar er as es at et az ez the".split())
#: The small words inside a person's name that are no name of their own ("Osama bin
#: Laden", "Ursula von der Leyen", "Luiz Inacio Lula da Silva").
NAME_PARTICLES = frozenset(
    "al el bin ibn bint abu van von der den de da du dos del della di la le".split()
)
#: Words dropped from a longer name besides the articles ("Securities and Exchange
#: Commission" is "Securities & Exchange Commission").
_DROPPED = ARTICLES | {"and"}

_APOSTROPHE_TABLE = str.maketrans("", "", APOSTROPHES)
_ALNUM_RUN = re.compile(r"[a-z0-9]+")
_ABD = re.compile(r"^abd(?:[aeiou][lr]?)?")


def _first_letter(match: re.Match[str]) -> str:
    """The first group of ``match``: the replacement that keeps one letter (a function,
    as a template such as ``r"\\1"`` costs a Python call to parse on every substitution,
    even where nothing matches)."""
    return match.group(1)


#: Consonant spellings (rule 5 of :func:`_spoken_key`), in order, each with a string
#: every match holds: a word without it is left alone without a substitution.
_CONSONANTS: tuple[tuple[str, re.Pattern[str], Any], ...] = (
    ("d", re.compile(r"dzh|dj"), "j"),
    ("shch", re.compile(r"shch"), "sh"),
    ("ee", re.compile(r"ee"), "i"),
    ("sat", re.compile(r"(?<=[aeiouy])s(?=at)"), "z"),
    ("nce", re.compile(r"(?<=n)c(?=e$)"), "s"),
    ("sch", re.compile(r"t?sch"), "sh"),
    ("tch", re.compile(r"tch"), "ch"),
    ("ph", re.compile(r"ph"), "f"),
    ("h", re.compile(r"([dtkg])h"), _first_letter),
    ("", re.compile(r"ck|q|c(?!h)"), "k"),
    ("x", re.compile(r"x"), "ks"),
)
_DOUBLE = re.compile(r"([a-z])\1+")
_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
#: Splits a word into its consonants and, at odd indexes, its runs of vowels.
_VOWEL_RUNS = re.compile(r"([aeiouy]+)")
_LEADING_Y = re.compile(r"^y(?=[aeiou])")


@lru_cache(maxsize=1 << 14)  # 1 << 16 holds all of Reuters (24,000 words): ~0.02% faster
def _word_key(word: str) -> str:
    abd = _ABD.match(word) if word.startswith("abd") else None  # the pattern's opening
    if abd:
        rest = word[abd.end() :]
        return "abd" + _word_key(rest) if rest else "abd"
    for needle, pattern, replacement in _CONSONANTS:
        if needle in word:
            word = pattern.sub(replacement, word)
    word = _DOUBLE.sub(_first_letter, word)
    if word.endswith("h"):
        word = _FINAL_H.sub("", word)
    head = ""
    if word[:1] == "y" and _LEADING_Y.match(word):
        head, word = "y", word[1:]
    elif word[:1] in ("a", "e", "i", "o", "u", "y"):
        head, word = word[0], word.lstrip("aeiouy")
    parts = _VOWEL_RUNS.split(word)
    parts[1::2] = map(_vowel_class, parts[1::2])
    return head + "".join(parts)


#: Vowel spellings that transliterations and spelling habits use for one sound: a and
#: e for the short vowel of Arabic and Persian names ("Ahmed", "Ahmad"; "Mohammed",
#: "Muhammad"), i, y, ie and ee for the long i ("Sharif", "Shareef", "Dmitry",
#: "Dmitri"), o and u for the rounded ones ("Mousa", "Musa"), and the diphthong spelled
#: ai, ay, ei, ey or ae ("Hussein", "Husayn", "Hussain"; "Qaeda", "Qaida"). Every other
#: run of vowels is kept as written ("Reagan" is not "Regan", "Piraeus" not "Paris",
#: "Toccoa" not "Tokyo"), and a is never i ("Hamid" is not "Hamad", "Clinton" not
#: "Clanton").
_VOWEL_CLASSES = {
    **dict.fromkeys(("a", "e"), "a"),
    **dict.fromkeys(("i", "y", "ie"), "i"),
    **dict.fromkeys(("ai", "ay", "ei", "ey", "ae", "aye", "eye"), "ai"),
}


@lru_cache(maxsize=1024)
def _vowel_class(run: str) -> str:
    """The class of one run of vowels: o is read as u ("Moallem" is "Muallem", "Fouad"
    is "Fuad"), and a y between i and another vowel is a glide and dropped ("Aliyev" is
    "Aliev", "Zayid" is "Zaid"). Memoised: a few runs make up most words."""
    run = run.replace("o", "u").replace("uu", "u")
    if len(run) > 2:
        run = run.replace("iy", "i").replace("yi", "i")
    return _VOWEL_CLASSES.get(run, run)


#: An acronym that cannot be said: capitals and no vowel (see :func:`name_key`).
_ACRONYM = re.compile(r"[B-DF-HJ-NP-TV-XZ]{2,6}|(?:[B-DF-HJ-NP-TV-XZ]\.){2,6}")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Return a transliteration-tolerant key for ``name``; "" if it has no letters.

    An acronym of two to six capitals and no vowel ("CNN", "KHN", "BBC", "FCC", or with
    full stops, "B.B.C.") is keyed by its letters as written: it is spelled out, not
    said, so no spelling habit applies, and the rules of :func:`_spoken_key` would join
    "CNN" with "KHN" and "CCN", "BBC" with "BC" (British Columbia), "KGB" with "CGB". An
    acronym that can be said ("NATO", "Opec") is keyed as a word, so that "Nato" and
    "NATO" stay one; so is every other name, by :func:`_spoken_key`.
    """
    second = name[1:2]  # a capital or the full stop of "B.": most names fail here
    if (second == "." or second.isupper()) and _ACRONYM.fullmatch(name):
        return name.replace(".", "").lower()
    return _spoken_key(name)


def _spoken_key(name: str) -> str:
    """The key of a name that is said, not spelled out (see :func:`name_key`).

    Rules, in order:

    1. Apostrophes, ayn and hamza marks (' ’ ‘ ` ʿ ʾ ʼ) are dropped; the rest is folded
       to ASCII with anyascii (diacritics, other scripts) and lower-cased.
    2. Anything other than a letter or digit separates words (hyphens count as spaces).
    3. The articles al, el, ul, an, ash, ad, ar, as, at, az (and their e- forms en, esh,
       ed, er, es, et, ez) and "the" are dropped when they stand as a word of a longer
       name ("al-Mansour" == "Mansour", "El Salvador" == "Salvador").
    4. "Abd"-compounds lose their linking vowel and article: abdel, abdul, abdal, abdur,
       abd al... all become "abd" ("Abdel Karim" == "Abdulkarim" == "Abd al-Karim").
    5. Consonant spellings: dj/dzh -> j, sch -> sh, tch -> ch, ph -> f, dh/th/kh/gh ->
       d/t/k/g, q/ck/c (not in ch) -> k, x -> ks.
    6. Doubled letters collapse ("Mohammed" == "Mohamed"); a final h after a vowel is
       dropped ("Fatimah" == "Fatima").
    7. Vowels: a word-initial y before a vowel is a consonant; otherwise a word-initial
       run of vowels (y included) keeps its first letter (so Iran, Oran and Uran stay
       apart). Every later run of vowels is read by its class: a, e, i, y and ie are one
       ("Ahmed" == "Ahmad", "Yasser" == "Yasir"), o, u and ou another ("Muhammad" ==
       "Mohammed", "Mousa" == "Musa"), ai, ay, ei, ey, aye and eye a third
       ("Hussein" == "Husayn" == "Hussain"); any other run is kept as written, so that
       names that only look alike stay apart ("Reagan" and "Regan", "Khomeini" and
       "Khamenei", "Piraeus" and "Paris", "Toccoa" and "Tokyo").
    8. Words are joined without spaces, so word boundaries do not matter, and doubled
       letters made by the join collapse again.
    """
    if name.isascii():  # anyascii would change nothing; "'" and "`" are the ASCII marks
        text = name.lower().replace("'", "").replace("`", "")
    else:
        text = _ascii(name.translate(_APOSTROPHE_TABLE)).lower()
        text = text.translate(_APOSTROPHE_TABLE)
    words = _ALNUM_RUN.findall(text)
    if len(words) > 1:
        words = [w for w in words if w not in _DROPPED] or words
    key = _DOUBLE.sub(_first_letter, "".join(map(_word_key, words)))
    return "" if key.isdigit() else key  # keys are [a-z0-9]*: "" when no letter


def _ascii(text: str) -> str:
    """text folded to ASCII by anyascii, imported on the first name that needs it:
    its import reads package resources (importlib.resources, zipfile, tempfile), a
    cost every search process would pay for names that are mostly ASCII."""
    from anyascii import anyascii

    return str(anyascii(text))


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that folds any character to exactly one character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in APOSTROPHES:
            folded = "'"
        elif char.isspace() or char in "-‐‑–—":
            folded = " "
        else:
            folded = ((char if code < 128 else _ascii(char))[:1] or " ").lower()
        self[code] = folded
        return folded


_FOLD = _FoldTable()
#: :data:`_FOLD` for ASCII text, as a byte table: ``bytes.translate`` maps each byte
#: through it with no lookup per character (most text is ASCII).
_ASCII_FOLD = bytes(ord(_FOLD[code]) for code in range(128)) + bytes(range(128, 256))


#: A text at least this long that is not all ASCII is folded by :func:`replace_non_ascii`
#: (its few distinct characters beyond ASCII replaced each in one pass) rather than by
#: ``str.translate``, which looks every character up in the table: 22 against 98 us for a
#: news article of 3,300 characters. Shorter ones (names) are not worth its set-up.
_LONG = 200
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold_text(text: str) -> str:
    """Lower-case ASCII fold of ``text`` with exactly one character per input character.

    Offsets therefore carry over between ``text`` and the result; hyphens and whitespace
    become spaces and every apostrophe-like mark becomes "'".
    """
    if text.isascii():
        return text.encode().translate(_ASCII_FOLD).decode()
    if len(text) < _LONG:
        return text.translate(_FOLD)
    # The ASCII characters folded as bytes (those of other characters are 128 and up,
    # which the byte table keeps), then the others one distinct character at a time.
    ascii_folded = text.encode(errors="surrogatepass").translate(_ASCII_FOLD)
    return replace_non_ascii(ascii_folded.decode(errors="surrogatepass"), _FOLD)


def replace_non_ascii(text: str, table: Mapping[int, str]) -> str:
    """``text`` with each character beyond ASCII replaced by ``table``'s (a character
    of ASCII for each code): one ``str.replace`` per distinct such character, which a
    news article has few of (quotation marks, dashes, accented letters)."""
    for char in set(_NON_ASCII.findall(text)):
        text = text.replace(char, table[ord(char)])
    return text


@lru_cache(maxsize=1 << 15)  # 1 << 16: ~5 MB more per worker, ~0.1% faster (bench/caches.py)
def fold_name(name: str) -> str:
    """:func:`fold_text` plus whitespace collapsed: the form gazetteer names are stored in."""
    return " ".join(fold_text(name).split())
