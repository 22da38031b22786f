"""Draw the labelled merge pairs of ``tests/data/merge_pairs.tsv`` from the gazetteer.

Run from the repository root::

    python scripts/draw_merge_pairs.py > /tmp/drawn.tsv

Two systematic draws, each from places of 20,000 inhabitants or more in
``index/data/places.tsv.gz`` (GeoNames), with a fixed random seed:

* **join**: two alternate names of one place that the project's old, lossy name key
  (every vowel run read as "a", the key before issue 14) could not tell apart but that
  are spelled differently: transliteration and spelling variants of one name
  ("Khan Shaykhun", "Khan Sheikhun").
* **apart**: the primary names of two different places, neither listed among the
  other's names, that the old key could not tell apart: names that only look alike
  ("Piraeus", "Paris"; "Toccoa", "Tokyo").

The drawn rows were then read once by hand (labelling rules in the header of
merge_pairs.tsv) before any matching rule was changed for them; rows of the "apart"
draw that are one name in two transliterations were dropped, not relabelled.
The hand-written rows (seeds, people, the issue's examples) are not drawn here.
"""

from __future__ import annotations

import gzip
import random
import re
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED, PER_SIDE, MIN_POPULATION = 14, 200, 20_000

_VOWELS = re.compile(r"[aeiouy]+")


def old_key(folded: str) -> str:
    """The vowel rule of the old name key: every vowel run after the first letter is "a";
    consonant spellings are left as written, as they do not change the draw much."""
    words = [w for w in re.findall(r"[a-z0-9]+", folded) if w not in {"al", "el", "the"}]
    return "".join(w[0] + _VOWELS.sub("a", w[1:]) for w in words)


def read_places() -> list[tuple[str, str, list[str]]]:
    path = ROOT / "index" / "data" / "places.tsv.gz"
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            kind, cc, population, name, names, _keys = line.rstrip("\n").split("\t")
            if kind == "P" and int(population) >= MIN_POPULATION:
                rows.append((name, cc, names.split("|")))
    return rows


def draw() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    rng = random.Random(SEED)
    places = read_places()
    joins = []
    for name, cc, names in places:
        long_names = [n for n in names if len(n) >= 4]
        pairs = [(a, b) for a, b in combinations(long_names, 2) if old_key(a) == old_key(b)]
        if pairs:
            a, b = rng.choice(pairs)
            joins.append((a, b, f"{name} ({cc})"))
    by_key: dict[str, list[tuple[str, str, set[str]]]] = {}
    for name, cc, names in places:
        folded = name.lower()
        if len(folded) >= 4 and folded.isascii():
            by_key.setdefault(old_key(folded), []).append((name, cc, set(names)))
    aparts = []
    for group in by_key.values():
        for (a, ca, na), (b, cb, nb) in combinations(group, 2):
            if a.lower() != b.lower() and a.lower() not in nb and b.lower() not in na:
                aparts.append((a, b, f"{a} ({ca}) / {b} ({cb})"))
    rng.shuffle(joins)
    rng.shuffle(aparts)
    return joins[: PER_SIDE + 60], aparts[: PER_SIDE + 60]


def main() -> None:
    joins, aparts = draw()
    for label, rows in (("join", joins), ("apart", aparts)):
        for a, b, note in rows:
            sys.stdout.write(f"{label}\t{a}\t{b}\tgeonames\t{note}\n")


if __name__ == "__main__":
    main()
