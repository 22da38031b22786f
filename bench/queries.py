"""The fixed benchmark query set, and how each query is put to this tool and its peers.

The set: single words, AND queries and phrases, each once plain and once with a
facet filter (--place/--person/--org/--since), plus quote searches: phrases of
4-8 words taken from the corpus with a fixed seed. Filter values are fixed
preferences; a corpus without one (a smoke slice) gets its most frequent entity
of that type instead, so every query is valid on every corpus.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from bench.corpus import read_records
from index.passages import split_paragraphs

WORD, AND, PHRASE, QUOTE = "word", "and", "phrase", "quote"
PHRASE_KINDS = (PHRASE, QUOTE)
QUOTES = 5
_PLAIN_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){3,7}")


@dataclass(frozen=True)
class QuerySpec:
    """One benchmark query: the words (or phrase) and the facet filters."""

    name: str
    kind: str
    words: tuple[str, ...]
    place: str | None = None
    person: str | None = None
    org: str | None = None
    since: date | None = None

    @property
    def text(self) -> str:
        """The query as typed at `search`."""
        joined = " ".join(self.words)
        return f'"{joined}"' if self.kind in PHRASE_KINDS else joined

    @property
    def filtered(self) -> bool:
        return any((self.place, self.person, self.org, self.since))

    def as_dict(self) -> dict[str, Any]:
        filters = {
            "place": self.place,
            "person": self.person,
            "org": self.org,
            "since": self.since.isoformat() if self.since else None,
        }
        return {
            "name": self.name,
            "kind": self.kind,
            "text": self.text,
            "filters": {k: v for k, v in filters.items() if v},
        }


@dataclass(frozen=True)
class FilterValues:
    """Filter values for the queries; None drops the queries that need it."""

    place: str | None
    person: str | None
    org: str | None
    since: date | None


# (name, kind, words, filter): filter names a FilterValues field or is None.
BASE_QUERIES: tuple[tuple[str, str, tuple[str, ...], str | None], ...] = (
    ("word-oil", WORD, ("oil",), None),
    ("word-coffee", WORD, ("coffee",), None),
    ("word-dollar", WORD, ("dollar",), None),
    ("word-oil+place", WORD, ("oil",), "place"),
    ("word-dollar+since", WORD, ("dollar",), "since"),
    ("and-oil-prices", AND, ("oil", "prices"), None),
    ("and-trade-deficit-japan", AND, ("trade", "deficit", "japan"), None),
    ("and-bank-rates", AND, ("bank", "rates"), None),
    ("and-oil-prices+org", AND, ("oil", "prices"), "org"),
    ("and-bank-rates+person", AND, ("bank", "rates"), "person"),
    ("phrase-interest-rates", PHRASE, ("interest", "rates"), None),
    ("phrase-trade-deficit", PHRASE, ("trade", "deficit"), None),
    ("phrase-crude-oil", PHRASE, ("crude", "oil"), None),
    ("phrase-interest-rates+place", PHRASE, ("interest", "rates"), "place"),
    ("phrase-crude-oil+since", PHRASE, ("crude", "oil"), "since"),
)
PREFERRED = {"place": ("Japan",), "person": ("Baker",), "org": ("OPEC",)}


def build_queries(corpus: Path, values: FilterValues, quotes: int = QUOTES) -> list[QuerySpec]:
    """The fixed query set on one corpus: the base queries, then quote searches."""
    specs = []
    for name, kind, words, filter_name in BASE_QUERIES:
        spec = QuerySpec(name=name, kind=kind, words=words)
        if filter_name is not None:
            value = getattr(values, filter_name)
            if value is None:
                continue
            spec = replace(spec, **{filter_name: value})
        specs.append(spec)
    for number, phrase in enumerate(quote_phrases(corpus, quotes), start=1):
        specs.append(QuerySpec(name=f"quote-{number}", kind=QUOTE, words=tuple(phrase.split())))
    return specs


def quote_phrases(corpus: Path, count: int, seed: int = 7) -> list[str]:
    """count phrases of 4-8 plain words (letters and single spaces only, so a
    literal grep finds them too), from paragraphs drawn with a fixed seed."""
    rng = random.Random(seed)
    paragraphs = [p for r in read_records(corpus, limit=5000) for p in split_paragraphs(r.body)]
    phrases: list[str] = []
    while len(phrases) < count and paragraphs:
        runs = _PLAIN_WORDS.findall(rng.choice(paragraphs))
        if not runs:
            continue
        words = rng.choice(runs).split()
        size = rng.randint(4, min(8, len(words)))
        start = rng.randrange(len(words) - size + 1)
        phrase = " ".join(words[start : start + size])
        if phrase not in phrases:
            phrases.append(phrase)
    return phrases


def since_date(corpus: Path) -> date:
    """A --since date that keeps about the newest quarter of the corpus."""
    days = sorted(r.date[:10] for r in read_records(corpus) if r.date)
    return date.fromisoformat(days[len(days) * 3 // 4]) if days else date(1987, 1, 1)


def preferred_queries(corpus: Path) -> list[QuerySpec]:
    """The query set with the first preferred filter values and the corpus's
    since date, without asking an index (bench.warm_queries, bench.ab_cli)."""
    values = FilterValues(
        place=PREFERRED["place"][0],
        person=PREFERRED["person"][0],
        org=PREFERRED["org"][0],
        since=since_date(corpus),
    )
    return build_queries(corpus, values)


def cli_args(spec: QuerySpec) -> list[str]:
    """The `search` arguments of a query (without --index)."""
    args = [spec.text]
    for flag, value in (("--place", spec.place), ("--person", spec.person), ("--org", spec.org)):
        if value:
            args += [flag, value]
    if spec.since:
        args += ["--since", spec.since.isoformat()]
    return args


def entity_words(spec: QuerySpec) -> list[str]:
    """Entity filters as text for peers that have no entity extraction."""
    return [value for value in (spec.place, spec.person, spec.org) if value]
