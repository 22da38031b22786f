"""Experiment (stop 46, lf47, not shipped): a decision whether an article counts under a
place, fitted on the facet parts' own labels rather than on CoNLL's spans.

For each place an article's extraction keeps (after all of
:data:`index.extract.entities.MENDS`), :func:`pair_features` aggregates what the text
shows at its mentions there: the CoNLL-fitted mention model's P(place) of
:mod:`bench.place_sense` (min and mean), the share of mentions inside a longer capitalised
run, whether one mention stands alone, whether every mention is in a headline-like line or
in the title and dateline, the share joined by a hyphen, the mention count, and the
gazetteer's kind and size of the place. ``bench/facet_place_eval.py`` records these
features while a part is indexed (:func:`recording`), fits a weighted logistic regression
on the parts' labels, and scores a left-out group with :func:`without_unlikely_places`
appended to the mends. The figures: bench/EXTRACTION.md, "Stop 46: a place decision
fitted on the facet parts".
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from functools import cache

from bench.place_sense import (
    _context,
    _headline,
    _place_kind,
    _run,
    joined,
    place_features,
    place_probability,
)
from index.extract.gazetteer import CITY, COUNTRY, REGION, WORLD
from index.records import PLACE, Mention

#: The gazetteer's kinds of place (one feature each), and "none" for a name it lacks.
_KINDS = (COUNTRY, REGION, CITY, WORLD, "none")


def _mention_row(text: str, m: Mention, head_end: int) -> dict[str, float]:
    """What one mention shows: the CoNLL model's P(place) and its surroundings."""
    before, after, line, next_char = _context(text, m.start, m.end)
    left, right = _run(before, after)
    p = place_probability(place_features(text, m.start, m.end, False))
    return {
        "p": p,
        "run": float(left > 0 or right > 0),
        "cap_after": float(right > 0),
        "cap_before": float(left > 0),
        "alone": float(left == 0 and right == 0),
        "headline": float(_headline(line)),
        "head": float(m.start < head_end),
        "joined": float(joined(text, m.start, m.end)),
        "possessive": float(next_char in ("'", "’")),
    }


def _aggregate(rows: list[dict[str, float]], surface: str, share: float) -> dict[str, float]:
    """One (article, place) pair's features from its mentions' rows."""
    n = len(rows)
    kind, size = _place_kind(surface)
    out = {
        "min_p": min(r["p"] for r in rows),
        "mean_p": sum(r["p"] for r in rows) / n,
        "share_run": sum(r["run"] for r in rows) / n,
        "share_cap_after": sum(r["cap_after"] for r in rows) / n,
        "share_cap_before": sum(r["cap_before"] for r in rows) / n,
        "any_alone": max(r["alone"] for r in rows),
        "headline_only": min(r["headline"] for r in rows),
        "head_only": min(r["head"] for r in rows),
        "share_joined": sum(r["joined"] for r in rows) / n,
        "any_possessive": max(r["possessive"] for r in rows),
        "log_count": math.log1p(n),
        "one_mention": float(n == 1),
        "share_of_places": share,
        "size": size / 9.0,
    }
    for k in _KINDS:
        out[f"kind_{k}"] = float(kind == k)
    return out


def pair_features(mentions: list[Mention], text: str) -> dict[str, dict[str, float]]:
    """Each place id of the article -> its pair features."""
    places = [m for m in mentions if m.type == PLACE]
    head_end = text.find("\n\n")
    head_end = head_end if head_end >= 0 else len(text)
    rows: dict[str, list[dict[str, float]]] = {}
    surfaces: dict[str, str] = {}
    for m in places:
        rows.setdefault(m.entity_id, []).append(_mention_row(text, m, head_end))
        surfaces.setdefault(m.entity_id, m.text)
    return {e: _aggregate(r, surfaces[e], len(r) / len(places)) for e, r in rows.items()}


def recording(mentions: list[Mention], text: str) -> list[Mention]:
    """A mend that changes nothing and appends each pair's features to the JSON Lines
    file named by ``$FACET_PLACE_DUMP`` (the article keyed by a hash of its text)."""
    features = pair_features(mentions, text)
    if features:
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
        lines = [json.dumps({"article": key, "id": e, "x": x}) + "\n" for e, x in features.items()]
        with open(os.environ["FACET_PLACE_DUMP"], "a", encoding="utf-8") as out:
            out.write("".join(lines))
    return mentions


@cache
def _model() -> dict[str, object]:
    """The fitted model named by ``$FACET_PLACE_MODEL``: feature names, their means and
    scales, weights, bias and the cut on P(right) below which a pair goes."""
    with open(os.environ["FACET_PLACE_MODEL"], encoding="utf-8") as source:
        model: dict[str, object] = json.load(source)
    return model


def probability(x: dict[str, float], model: dict[str, object]) -> float:
    """P(the article counts rightly under the place) under ``model``."""
    names, mean, scale = model["names"], model["mean"], model["scale"]
    z = float(model["bias"])  # type: ignore[arg-type]
    for name, mu, s, w in zip(names, mean, scale, model["weights"], strict=True):  # type: ignore[call-overload]
        z += w * (x.get(name, 0.0) - mu) / s
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def without_unlikely_places(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less the places the model reads as not counting in this article."""
    model = _model()
    cut = float(model["threshold"])  # type: ignore[arg-type]
    gone = {e for e, x in pair_features(mentions, text).items() if probability(x, model) < cut}
    if not gone:
        return mentions
    return [m for m in mentions if m.type != PLACE or m.entity_id not in gone]
