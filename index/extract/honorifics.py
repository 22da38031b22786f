"""Honorific titles of the English-language press outside Britain and America, cut
from a person's name as "Mr" and "Dr" are ("Datuk Seri Ismail Sabri" is Ismail Sabri).

Which words are titles, and why (the rest of a title system is left in the name):

* Malaysian federal and state titles: "Tun", "Toh Puan", "Tan Sri", "Puan Sri", "Datuk",
  "Dato'"/"Dato", "Datin", with their grades ("Datuk Seri", "Dato' Sri", "Datin Paduka",
  "Datuk Patinggi", "Datuk Amar"...). "Datuk", "Dato" and "Datin" are never given names
  and are titles wherever they stand (:data:`index.extract.chunks.TITLE_HEADS`). "Tan",
  "Puan", "Toh" and "Sri" alone are names (the surname Tan, Sri Mulyani, Sri Lanka): only
  the pairs are titles. "Tun" is a syllable of Burmese names ("Tun Tun Oo", "Than Tun"):
  it is a title only before "Dr" or another title ("Tun Dr Mahathir").
* "Haji"/"Hajah" (and "Hj"/"Hjh"), a pilgrim's title of Malay and Indonesian names, only
  at the head of a name: inside one it is the father's title ("Osman bin Haji Ahmad").
* Brunei's "Dato Paduka"/"Dato Seri Paduka" are Malay grades above; "Pehin" opens long
  titles whose end no word marks ("Pehin Orang Kaya Laila Setia ... Dato"): left alone.
* South Asia: "Shri", "Smt" (Shrimati), "Shrimati", "Sushri", only at the head of a name.
  "Sri" is no title here (Sri Mulyani, Sri Lanka), nor "Kumari" (Kumari Selja).
* Nigeria and the Philippines: "Otunba", "Engr", "Barr", "Atty" at the head of a name
  ("Alhaji", "Alhaja", "Chief" are title words already). "Oba" is a Japanese surname and
  "Nana" a Ghanaian given name (Nana Akufo-Addo): not titles.
* Hereditary words of Malay names ("Tengku", "Tunku", "Raja", "Syed", "Sharifah", "Wan",
  "Nik", "Pengiran") are kept: they are part of the name as the person signs it. So are
  Thai "Khun" (Khun Sa) and Indonesian "Pak"/"Ibu" (Pak is a Korean surname).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\S+")
#: "Dato'" ends in an apostrophe, which ends a chunk: the name after it is a titled one.
_APOSTROPHE_TITLE = re.compile(r"Dato['’][ \t]")

#: Titles of two words that open a name wherever they stand (neither word alone is one).
#: "H E" (His or Her Excellency) heads officials' names in the Gulf press ("H E Sheikh X").
_PAIRS = frozenset({("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("h", "e")})
#: Words that make a Malay title of higher grade when they follow one ("Datuk Seri").
_GRADES = frozenset("seri sri paduka patinggi amar panglima utama wira setia".split())
#: Malay titles that take a grade after them.
GRADED = frozenset("datuk dato dato' dato’ datin tun".split())
#: Titles only at the head of a name (after another title or opening the chunk).
_HEAD_ONLY = frozenset(
    "haji hajah hj hj. hjh hjh. shri smt smt. shrimati sushri otunba engr engr. barr barr. "
    "atty atty. "
    # Persian and Arabic "Seyyed"/"Sayyid" (a descendant of the Prophet), a religious
    # honorific before Iranian names ("Seyyed X Y" is X Y); "Syed" of South Asian and
    # Malay names is part of the name (see the module docstring) and is left alone.
    "seyyed sayyid sayyed".split()
)
#: Military and police ranks written without a full stop, as the Commonwealth and Asian
#: press does ("Col X", "Lt Gen X", "Brig Gen X"): titles at the head of a name. The
#: dotted forms are title words of :data:`index.extract.chunks.TITLE_HEADS` already.
RANKS = frozenset("lt col gen maj brig capt sgt cpl".split())
#: Thai police ranks put "Pol" before an army rank ("Pol Col X", "Pol Lt Gen X"); "Pol"
#: alone is a given name (Catalan), so it is a title only before a rank.
_RANK_PREFIX = "pol"
#: Honorifics that are no person's name alone ("Datuk", "Shri" read as a person).
LONE_TITLES = (GRADED - {"tun"}) | frozenset("shri smt shrimati sushri".split())
#: "Tun" is a title only before another title (see the module docstring).
_TUN = "tun"
#: The lower-case words that may open an honorific run: a chunk holding none of them
#: has nothing to cut here.
OPENERS = frozenset({p[0] for p in _PAIRS} | GRADED | _HEAD_ONLY | RANKS | {_RANK_PREFIX})


def run_length(lowered: list[str], i: int, head: bool, titles: frozenset[str]) -> int:
    """How many words from ``lowered[i]`` (a chunk's words in lower case) make an honorific
    title, 0 for none; ``head``: the words open the name (a title before them or none
    of the chunk); ``titles``: the title words of the English press, which a title may
    come before ("Tun Dr"). A grade after a graded title goes with it ("Datuk Seri")."""
    word = lowered[i]
    n = 0
    if i + 1 < len(lowered) and (word, lowered[i + 1]) in _PAIRS:
        n = 2
    elif word == _TUN:
        after = lowered[i + 1] if i + 1 < len(lowered) else ""
        n = 1 if after in titles or after in _HEAD_ONLY else 0
    elif word in GRADED or (head and word in _HEAD_ONLY):
        n = 1
    elif head and (word in RANKS or word == _RANK_PREFIX):
        return _rank_length(lowered, i)
    while n and i + n < len(lowered) - 1 and lowered[i + n] in _GRADES:
        n += 1  # the grade, so long as a word of the name follows it
    return n


def _rank_length(lowered: list[str], i: int) -> int:
    """How many words from ``lowered[i]`` make an undotted rank ("Lt Gen", "Pol Col"),
    0 for none: a name of more than one letter must follow ("Gen Z" is no general)."""
    n = 1 if lowered[i] == _RANK_PREFIX else 0
    while i + n < len(lowered) and lowered[i + n] in RANKS:
        n += 1
    rank = n > (1 if lowered[i] == _RANK_PREFIX else 0)
    return n if rank and i + n < len(lowered) and len(lowered[i + n]) > 1 else 0


def honorific_end(name: str, titles: frozenset[str]) -> int:
    """Where the honorific opening ``name`` ends ("Tan Sri" of "Tan Sri Goh Tian Chuan"),
    0 for none; a word of the name is left after it."""
    words = list(_WORD.finditer(name))
    lowered = [w.group().lower() for w in words]
    if lowered[0] in RANKS or lowered[0] == _RANK_PREFIX:  # the name after it checked
        n = _rank_length(lowered, 0)
    else:
        n = run_length(lowered[:-1], 0, True, titles)
    return words[n - 1].end() if n else 0


def ends_in_title(before: list[str]) -> bool:
    """The words ``before`` a name (in lower case) end in an honorific: "datuk", "tan sri",
    "datuk seri", "dato' sri" ("Tun" aside, a name's syllable as often as not)."""
    n = len(before)
    while n:
        last = before[n - 1]
        if (last in GRADED and last != _TUN) or (n > 1 and (before[n - 2], last) in _PAIRS):
            return True
        if n == 1 or last not in _GRADES:
            return False
        n -= 1  # a grade: the title goes on before it ("Datuk Seri")
    return False


def dato_before(text: str, at: int) -> bool:
    """ "Dato' " stands right before ``at``: its apostrophe ends the chunk it opens."""
    return at > 5 and text[at - 2] in "'’" and bool(_APOSTROPHE_TITLE.match(text, at - 6))


def grade_words(words: tuple[str, ...]) -> int:
    """How many of the first ``words`` are grades of a title, a word of the name after
    them ("Sri" of "Sri Ismail Sabri" after a "Dato'" that its apostrophe cut off)."""
    n = 0
    while n < len(words) - 1 and words[n].lower() in _GRADES:
        n += 1
    return n


def cut_head(words: list[str], titles: frozenset[str]) -> list[str]:
    """``words`` of a name without the honorific titles that open it ("Tan Sri Goh Tian
    Chuan" -> Goh Tian Chuan); a name that is titles only is kept whole."""
    lowered = [w.lower() for w in words]
    i = 0
    while i < len(words):
        n = run_length(lowered, i, True, titles)
        if not n:
            break
        i += n
    return words[i:] if i < len(words) else words
