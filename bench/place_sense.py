"""Experiment (stop 46, not shipped): a learned decision whether a place mention names
the place or is a word of a longer name ("the Bombay High Court", "Historic England",
"Ahmedabad Apex Racers").

A logistic regression over what the text shows at the mention: the words on either side
and their shapes (capitalised, in capitals, a small word such as "of"), the capitalised
run the mention sits in, the line's case (a headline), the gazetteer's kind and size of
the place, whether a neighbouring word is itself a place, and whether the article names
the same place elsewhere on its own. The weights are fitted by
``bench/place_sense_eval.py`` on the gazetteer's matches in CoNLL-2003 ``eng.train`` and
read from the JSON file named by ``$PLACE_SENSE_MODEL``.

:func:`place_features` names the features of one mention; :func:`without_name_words`,
a mend of the shape of :data:`index.extract.entities.MENDS`, drops a place from an
article where the model reads every one of its mentions there as a word of a longer
name. The figures and why it was not kept: bench/EXTRACTION.md, "Stop 46".
"""

from __future__ import annotations

import json
import math
import os
import re
from functools import cache

from index.extract.gazetteer import CITY, load_gazetteer
from index.extract.places import _fitting_place
from index.names import fold_name
from index.records import PLACE, Mention

#: An initial with its dot ("J."), a word of letters (with inner apostrophes, hyphens
#: and dots, "U.S"), a number, or one mark.
_TOKEN = re.compile(r"[A-Z]\.|[^\W\d_][\w'’.&-]*[\w]|[^\W\d_]|\d[\d,.]*|\S")
#: Marks that end a sentence: the context read stops there, as CoNLL's text has one
#: sentence a line, so that a word opening a sentence reads alike in both.
_ENDS = frozenset(".!?")
#: How far either side of a mention is read.
_REACH = 60
#: Words that are neither capitalised nor a name's even when capitalised.
_SMALL = frozenset("of the and for de du la le von van al el on in at to &".split())


@cache
def _model() -> tuple[dict[str, float], float]:
    """The feature weights and the threshold on P(place) below which a mention goes."""
    with open(os.environ["PLACE_SENSE_MODEL"], encoding="utf-8") as source:
        data = json.load(source)
    return data["weights"], data["threshold"]


def _shape(word: str) -> str:
    """A word's shape: "Cap", "CAPS", "low", "small" (of, the...), "num" or "punct"."""
    if word.lower() in _SMALL:
        return "small"
    if word[:1].isdigit():
        return "num"
    if not word[:1].isalpha():
        return "punct"
    if word.isupper() and len(word) > 1:
        return "CAPS"
    return "Cap" if word[:1].isupper() else "low"


def _context(text: str, start: int, end: int) -> tuple[list[str], list[str], str, str]:
    """Up to three tokens before and after the mention on its line, and the line."""
    lo = max(0, start - _REACH)
    line_start = text.rfind("\n", lo, start) + 1 or lo
    line_end = text.find("\n", end, end + _REACH)
    hi = line_end if line_end >= 0 else min(len(text), end + _REACH)
    before = _TOKEN.findall(text, line_start, start)[-4:]
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _ENDS:
            before = before[i + 1 :]
            break
    after = _TOKEN.findall(text, end, hi)[:3]
    for i, word in enumerate(after):
        if word in _ENDS:
            after = after[: i + 1]
            break
    before = before[-3:]
    return before, after, text[line_start:hi], text[end : end + 1]


def _run(before: list[str], after: list[str]) -> tuple[int, int]:
    """How many name words (capitalised, or small words between them) run straight
    into the mention before and after it."""
    left = 0
    for word in reversed(before):
        if _shape(word) in ("Cap", "CAPS"):
            left += 1
        else:
            break
    right = 0
    for i, word in enumerate(after):
        shape = _shape(word)
        if shape in ("Cap", "CAPS"):
            right += 1
        elif shape == "small" and i + 1 < len(after) and _shape(after[i + 1]) in ("Cap", "CAPS"):
            right += 1
        else:
            break
    return left, right


def _headline(line: str) -> bool:
    """Most words of the line are capitalised: a headline or page furniture."""
    words = [w for w in _TOKEN.findall(line) if w[:1].isalpha()]
    if len(words) < 3:
        return True
    return sum(w[:1].isupper() for w in words) > 0.6 * len(words)


def _place_kind(surface: str) -> tuple[str, int]:
    """The gazetteer's kind of the place named ``surface`` and its size bucket."""
    found = load_gazetteer().candidates(fold_name(surface))
    if not found:
        return "none", 0
    place = found[0].place
    size = int(math.log10(place.population + 1)) if place.kind == CITY else 9
    return place.kind, min(size, 9)


def place_features(text: str, start: int, end: int, alone_elsewhere: bool) -> list[str]:
    """The names of the features of the place mention ``text[start:end]``."""
    surface = text[start:end]
    before, after, line, next_char = _context(text, start, end)
    left, right = _run(before, after)
    prev = before[-1] if before else "<s>"
    nxt = after[0] if after else "</s>"
    kind, size = _place_kind(surface)
    at_start = not before or before[-1] in (".", '"', "“", ":", "-", "—", "(")
    features = [
        "bias",
        f"prev={prev.lower()}",
        f"next={nxt.lower()}",
        f"prev_shape={_shape(prev) if before else 'start'}",
        f"next_shape={_shape(nxt) if after else 'end'}",
        f"shapes={_shape(prev) if before else 'start'}_{_shape(nxt) if after else 'end'}",
        f"left={min(left, 3)}",
        f"right={min(right, 3)}",
        f"kind={kind}",
        f"size={kind}{size}",
        f"words={min(len(surface.split()), 3)}",
        f"caps={surface.isupper()}",
        f"headline={_headline(line)}",
        f"sentence_start={at_start}",
        f"alone_elsewhere={alone_elsewhere}",
    ]
    if next_char in ("'", "’"):
        features.append("possessive")
    if len(before) >= 2:
        features.append(f"prev2={before[-2].lower()}_{prev.lower()}")
    if len(after) >= 2:
        features.append(f"next2={nxt.lower()}_{after[1].lower()}")
    if prev.lower() == "of" and len(before) >= 2 and _shape(before[-2]) == "Cap":
        features.append("cap_of")
    if right and left:
        features.append("inside_run")
    # a place beside another place's name is a list or "town, region", not a longer name
    if after and _shape(nxt) == "Cap" and _fitting_place(nxt) is not None:
        features.append("next_is_place")
    if before and _shape(prev) == "Cap" and _fitting_place(prev) is not None:
        features.append("prev_is_place")
    return features


def joined(text: str, start: int, end: int) -> bool:
    """The mention is joined to a word by a hyphen ("Paris-based", "Anglo-Irish"): a
    compound that says something of the place, no word of a longer name; the model
    is not asked about it."""
    return text[end : end + 1] in ("-", "‐") or text[start - 1 : start] in ("-", "‐")


def _alone(text: str, m: Mention) -> bool:
    """``m`` stands apart from any other capitalised word beside it."""
    before, after, _, _ = _context(text, m.start, m.end)
    left, right = _run(before, after)
    return left == 0 and right == 0


def place_probability(features: list[str]) -> float:
    """P(the mention names the place) under the model."""
    weights, _ = _model()
    score = sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-score)) if score > -30 else 0.0


def without_name_words(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the place mentions the model reads as words of a longer name."""
    places = [m for m in mentions if m.type == PLACE]
    if not places:
        return mentions
    _, threshold = _model()
    alone = {m.entity_id for m in places if _alone(text, m)}
    kept: set[str] = set()
    for m in places:
        if m.entity_id in kept or m.entity_id in alone or joined(text, m.start, m.end):
            kept.add(m.entity_id)
            continue
        features = place_features(text, m.start, m.end, False)
        if place_probability(features) >= threshold:
            kept.add(m.entity_id)
    # a place leaves the article only where every one of its mentions is a name's word
    if len(kept) == len({m.entity_id for m in places}):
        return mentions
    return [m for m in mentions if m.type != PLACE or m.entity_id in kept]
