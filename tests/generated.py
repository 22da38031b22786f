"""An archive made for the tests: thousands of articles written by a fixed rule
(seeded random choices), large enough that broad queries cost something, with the
words, names, places, dates, sources and quotations the queries of the hostile
tests look for. Nothing here comes from a corpus with terms of use."""

from __future__ import annotations

import random
import string
from typing import Any

COMMON = "the of to and a in said that for on is was by with it from at as be".split()
TOPICAL = "oil company crude bank rate mln dlrs market price shares trade profit".split()
PLACES = ["Japan", "Tokyo", "London", "Paris", "Cairo", "Lima", "Oslo", "Texas"]
PEOPLE = ["James Baker", "Karl Otto", "Anna Berg", "Juan Perez", "Li Wei"]
SOURCES = ["Reuters", "AFP", "VOA", "Local"]


def pseudo_words(rng: random.Random, prefix: str, count: int) -> list[str]:
    """count distinct made-up words starting with prefix (for wildcard tests)."""
    found: set[str] = set()
    while len(found) < count:
        found.add(prefix + "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 7))))
    return sorted(found)


def generated_articles(count: int = 3000, seed: int = 1987) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rare = [w for p in ("co", "re", "st", "pr") for w in pseudo_words(rng, p, 300)]
    vocabulary = COMMON * 12 + TOPICAL * 3 + rare
    articles = []
    for n in range(count):
        place, person = rng.choice(PLACES), rng.choice(PEOPLE)
        words = rng.choices(vocabulary, k=rng.randint(40, 160))
        said = " ".join(rng.choices(TOPICAL + COMMON, k=8))
        body = (
            f"{place.upper()}, March {n % 28 + 1} - {person} said in {place} on Monday that "
            f"the {rng.choice(TOPICAL)} would {rng.choice(['rise', 'fall'])}.\n\n"
            + " ".join(words)
            + f'.\n\n"The {said}," {person} told reporters.'
        )
        articles.append(
            {
                "id": f"gen-{n:05d}",
                "title": f"{place} {rng.choice(TOPICAL)} {rng.choice(TOPICAL)} report {n}",
                "body": body,
                "date": f"1987-{n % 9 + 2:02d}-{n % 27 + 1:02d}",
                "source": rng.choice(SOURCES),
            }
        )
    return articles
