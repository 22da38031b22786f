"""The shipped gazetteer: places, countries, organisations and word lists.

Everything is read on first use from ``index/data/gazetteer.bin``, a compiled form that
``scripts/build_gazetteer.py`` makes from the tables beside it (places.tsv.gz,
countries.tsv, world_regions.tsv, orgs.tsv, common_words.txt, region_abbreviations.tsv),
and cached for the life of the process; :func:`load_gazetteer` returns the cached
:class:`Gazetteer`. The compiled form holds the Aho-Corasick automaton of every
:func:`index.names.fold_name` form (pyahocorasick, pickled) and flat tables that are
decoded only for the names an article meets, so loading costs a small fraction of a
second instead of building 265,000 entries. :meth:`Gazetteer.resolve_key` is the looser
lookup by :func:`index.names.name_key` used when the text gives a cue such as "the town
of X".
"""

from __future__ import annotations

import pickle
import time
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from index.errors import IndexerError
from index.names import name_key

#: Kinds of place, in order of preference when one name fits several places.
COUNTRY, REGION, CITY = "C", "A", "P"
WORLD = "W"  # a continent or world region ("Africa", "Middle East"), in no country
_RANK_POPULATION = {COUNTRY: 10**10, WORLD: 10**10, REGION: 10**6}
BIG_NAME = 100_000  # a place this big bearing a name beats bigger alternate-name holders
FAMOUS_CITY = 1_000_000  # a city this big is known under its other names too ("Peking")
COMPILED = "gazetteer.bin"
FORMAT = 1  # version of the compiled form; scripts/build_gazetteer.py writes it


class Place(NamedTuple):
    name: str
    cc: str
    kind: str
    population: int

    @property
    def rank(self) -> int:
        return _RANK_POPULATION.get(self.kind, self.population)

    @property
    def entity_id(self) -> str:
        return f"{name_key(self.name)}@{self.cc}" if self.cc else name_key(self.name)


class Candidate(NamedTuple):
    place: Place
    exact: str | None  # the surface must equal this (acronyms such as "US"), else None
    primary: bool  # the matched name is the place's own name, not an alternate


class Org(NamedTuple):
    name: str
    exact: str | None


class Gazetteer:
    """Lookup tables read from the compiled gazetteer; build once with :func:`load_gazetteer`."""

    def __init__(self, tables: dict[str, Any]) -> None:
        started = time.process_time()
        self._rows: list[str] = tables["places"].split("\n")
        self._places: list[Place | None] = [None] * len(self._rows)
        self.automaton: Any = tables["automaton"]
        self._offsets = _ints(tables["offsets"])
        self._refs = _ints(tables["refs"])
        #: The length of the name stored under each automaton value.
        self.name_lengths = _ints(tables["lengths"], "H")
        self._exact: dict[int, dict[int, str]] = tables["exact"]
        self._decoded: dict[int, list[Candidate]] = {}
        self._keys: list[str] = tables["keys"].split("\n")
        self._key_offsets = _ints(tables["key_offsets"])
        self._key_refs = _ints(tables["key_refs"])
        self.countries = {cc: self._place(i) for cc, i in tables["countries"].items()}
        #: The countries' entity ids.
        self.country_ids = frozenset(p.entity_id for p in self.countries.values())
        self.demonyms: dict[str, str] = tables["demonyms"]
        self.orgs = {k: [Org(*o) for o in v] for k, v in tables["orgs"].items()}
        #: What follows any space in a demonym ("korean" of "south korean").
        self.demonym_tails = frozenset(
            d[i + 1 :] for d in self.demonyms for i, c in enumerate(d) if c == " "
        )
        self.common_words = frozenset(tables["common_words"].split("\n"))
        self.region_abbreviations: dict[str, str] = tables["region_abbreviations"]
        self.given_names = given_names()
        self.load_seconds = time.process_time() - started

    def candidates(self, folded: str) -> list[Candidate]:
        """Places whose folded name is exactly ``folded``, best first."""
        found = self.automaton.get(folded, -1)
        return self._candidates(found) if found >= 0 else []

    def name_length(self, index: int) -> int:
        """The length of the name stored under automaton value ``index``."""
        return self.name_lengths[index]

    def resolve_key(self, name: str, countries: frozenset[str] = frozenset()) -> Place | None:
        """The best place whose :func:`name_key` equals that of ``name``.

        A place in one of ``countries`` (those the article already mentions) is preferred.
        """
        places = self.places_for_key(name)
        for place in places:
            if place.cc in countries:
                return place
        return places[0] if places else None

    def places_for_key(self, name: str) -> list[Place]:
        """Every place one of whose names has the :func:`name_key` of ``name``, best first."""
        key = name_key(name)
        i = bisect_left(self._keys, key)
        if not key or i == len(self._keys) or self._keys[i] != key:
            return []
        refs = self._key_refs[self._key_offsets[i] : self._key_offsets[i + 1]]
        return [self._place(r) for r in refs]

    def _candidates(self, index: int) -> list[Candidate]:
        found = self._decoded.get(index)
        if found is None:
            exact = self._exact.get(index, {})
            refs = self._refs[self._offsets[index] : self._offsets[index + 1]]
            found = self._decoded[index] = [
                Candidate(self._place(r >> 1), exact.get(n), bool(r & 1))
                for n, r in enumerate(refs)
            ]
        return found

    def _place(self, i: int) -> Place:
        place = self._places[i]
        if place is None:
            name, cc, kind, population = self._rows[i].split("\t")
            place = self._places[i] = Place(name, cc, kind, int(population))
        return place


def _ints(raw: bytes, code: str = "I") -> array[int]:
    values = array(code)
    values.frombytes(raw)
    return values


def given_names() -> frozenset[str]:
    """Single-word given names from the dictionary of :func:`name_dictionary`."""
    names = set()
    for line in name_dictionary():
        name = line[NAME].strip()
        if name.isalpha() and len(name) > 1 and name[0].isupper():
            names.add(name)
    return frozenset(names)


#: The columns of a :func:`name_dictionary` line: the sex code ("M", "1F", "?"...), the
#: name, and its frequency in each country (one character a country).
SEX, NAME, FREQUENCIES = slice(0, 2), slice(3, 29), slice(30, None)


def name_dictionary() -> Iterator[str]:
    """The lines of the given-name dictionary shipped in the ``gender-guesser`` package
    (read in place, not redistributed: GFDL data), comments left out; their columns are
    :data:`SEX`, :data:`NAME` and :data:`FREQUENCIES`."""
    path = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    for line in path.read_text(encoding="iso-8859-1").splitlines():
        if not line.startswith("#") and len(line) >= 30:
            yield line


@cache
def given_name_entries() -> dict[str, list[tuple[str, int]]]:
    """Given name -> each of its :func:`name_dictionary` entries, in order: the sex
    code ("M", "1F", "?"...) and the highest frequency in any country (1 to 13), read
    once for the tables of a name's sex."""
    entries: dict[str, list[tuple[str, int]]] = {}
    for line in name_dictionary():
        digits = (int(c, 16) for c in line[FREQUENCIES] if c in "123456789ABCDabcd")
        entry = (line[SEX].strip(), max(digits, default=0))
        entries.setdefault(line[NAME].strip(), []).append(entry)
    return entries


def data_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of ``index/data/NAME``, comment (``#``) and empty lines
    left out: the small hand-written and built tables read beside the compiled form."""
    text = resources.files("index").joinpath(f"data/{name}").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]


def read_compiled() -> dict[str, Any]:
    """The tables of ``index/data/gazetteer.bin``: written by this project's own build
    script (a file of the installed package, not user input)."""
    path = resources.files("index") / "data" / COMPILED
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise IndexerError(
            f"the compiled gazetteer {COMPILED} is missing from index/data ({error}); "
            "run `python scripts/build_gazetteer.py --compile`"
        ) from error
    try:
        tables: dict[str, Any] = pickle.loads(raw)  # noqa: S301
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError) as error:
        raise IndexerError(
            f"the compiled gazetteer {COMPILED} in index/data cannot be read ({error}); "
            "run `python scripts/build_gazetteer.py --compile`"
        ) from error
    if not isinstance(tables, dict) or tables.get("format") != FORMAT:
        raise IndexerError(
            f"the compiled gazetteer {COMPILED} is of another format; "
            "run `python scripts/build_gazetteer.py --compile`"
        )
    return tables


@cache
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, read on first call (a few tenths of a second)."""
    return Gazetteer(read_compiled())
