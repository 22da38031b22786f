"""Planted copies for the reprint labelled set, made from a Reuters article at run
time by a fixed rule seeded by its id, so no Reuters text is ever stored.

- ``reprint``: what an outlet running wire copy does. In every paragraph one
  wording edit on a lower-case word (replaced by a filler word, dropped, or a
  filler added before it); a third of the articles of more than two
  paragraphs cut to their first half. Figures and names are left as printed.
- ``rewrite``: a heavier re-edit of the same story. One wording edit in every
  sentence; the first "said" becomes "announced"; in an article of more than
  three paragraphs the last paragraph is dropped and the second and third
  swapped; one capitalised word of six letters or more misspelt (two inner
  letters swapped, as in "Ogelbay" for "Oglebay"); a closing sentence of the
  outlet's own added.

Both kinds are dated ``planted_date(kind, day, ident)``: the original's date plus
0 to MAX_DELAY_DAYS days, drawn with a seed of the kind and id (an outlet runs
wire copy the same day or within a few days).

``planted(kind, body, ident)`` is the whole rule; the same inputs always give
the same text.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from index.passages import PARAGRAPH_SEPARATOR, sentence_spans

# A planted copy is dated this many days after its original at most.
MAX_DELAY_DAYS = 3
FILLER = "new further reported local major".split()
CLOSING = [
    "Further details were not immediately available.",
    "A spokesman declined to comment further.",
    "More details are expected later.",
]
_LOWER = re.compile(r"[a-z]+")
_NAME = re.compile(r"[A-Z][a-z]{5,}")


def planted(kind: str, body: str, ident: str) -> str:
    """The planted copy of body: kind "reprint" or "rewrite" (see above)."""
    rng = random.Random(f"{kind}:{ident}")
    paragraphs = body.split(PARAGRAPH_SEPARATOR)
    if kind == "reprint":
        return PARAGRAPH_SEPARATOR.join(_reprint(paragraphs, rng))
    if kind == "rewrite":
        return PARAGRAPH_SEPARATOR.join(_rewrite(paragraphs, rng))
    raise ValueError(f"unknown planted kind {kind!r}: use reprint or rewrite")


def planted_date(kind: str, day: date | None, ident: str) -> date | None:
    """The planted copy's date: the original's (None when it has none) plus a
    delay of 0 to MAX_DELAY_DAYS days drawn by the kind's and id's seed."""
    if day is None:
        return None
    return day + timedelta(days=random.Random(f"date:{kind}:{ident}").randint(0, MAX_DELAY_DAYS))


def _reprint(paragraphs: list[str], rng: random.Random) -> list[str]:
    edited = [_edit(p, rng) for p in paragraphs]
    if len(edited) > 2 and rng.random() < 1 / 3:
        edited = edited[: (len(edited) + 1) // 2]
    return edited


def _rewrite(paragraphs: list[str], rng: random.Random) -> list[str]:
    edited = [" ".join(_edit(p[s:e], rng) for s, e in sentence_spans(p)) for p in paragraphs]
    edited[0] = edited[0].replace(" said ", " announced ", 1)
    if len(edited) > 3:
        edited = [edited[0], edited[2], edited[1], *edited[3:-1]]
    edited = _misspell(edited, rng)
    return [*edited, rng.choice(CLOSING)]


def _edit(text: str, rng: random.Random) -> str:
    """One wording edit on a lower-case word of text (none if it has none)."""
    words = text.split(" ")
    plain = [i for i, word in enumerate(words) if _LOWER.fullmatch(word)]
    if not plain:
        return text
    k = rng.choice(plain)
    kind = rng.choice(["change", "drop", "add"])
    if kind == "change":
        words[k] = rng.choice(FILLER)
    elif kind == "drop" and len(words) > 1:
        del words[k]
    else:
        words.insert(k, rng.choice(FILLER))
    return " ".join(words)


def _misspell(paragraphs: list[str], rng: random.Random) -> list[str]:
    names = [(n, m) for n, p in enumerate(paragraphs) for m in _NAME.finditer(p) if m.start() > 0]
    if not names:
        return paragraphs
    n, match = rng.choice(names)
    word = match.group()
    i = rng.randrange(1, len(word) - 2)
    wrong = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    text = paragraphs[n]
    return [
        *paragraphs[:n],
        text[: match.start()] + wrong + text[match.end() :],
        *paragraphs[n + 1 :],
    ]
