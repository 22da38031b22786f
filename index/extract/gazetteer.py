"""The shipped gazetteer: places, countries, organisations and word lists.

Everything is read from ``index/data/`` (built by ``scripts/build_gazetteer.py``) on first
use and cached for the life of the process; :func:`load_gazetteer` returns the cached
:class:`Gazetteer`. Place names are matched with one Aho-Corasick automaton over
:func:`index.names.fold_name` forms; :meth:`Gazetteer.resolve_key` is the looser lookup
by :func:`index.names.name_key` used when the text gives a cue such as "the town of X".
"""

from __future__ import annotations

import gzip
import time
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import ahocorasick

from index.names import fold_name, name_key

#: Kinds of place, in order of preference when one name fits several places.
COUNTRY, REGION, CITY = "C", "A", "P"
WORLD = "W"  # a continent or world region ("Africa", "Middle East"), in no country
_RANK_POPULATION = {COUNTRY: 10**10, WORLD: 10**10, REGION: 10**6}
BIG_NAME = 100_000  # a place this big bearing a name beats bigger alternate-name holders
FAMOUS_CITY = 1_000_000  # a city this big is known under its other names too ("Peking")


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
    """Lookup tables built from ``index/data``; build once with :func:`load_gazetteer`."""

    def __init__(self) -> None:
        started = time.perf_counter()
        self.countries: dict[str, Place] = {}
        self.demonyms: dict[str, str] = {}
        self.orgs: dict[str, list[Org]] = {}
        self._names: dict[str, list[Candidate]] = {}
        self._keys: dict[str, list[Place]] = {}
        self.country_size: dict[str, int] = {}  # summed city population, a size proxy
        self._read_countries()
        self._read_world_regions()
        self._read_places()
        self._read_orgs()
        #: What follows any space in a demonym ("korean" of "south korean").
        self.demonym_tails = frozenset(
            d[i + 1 :] for d in self.demonyms for i, c in enumerate(d) if c == " "
        )
        self.common_words = frozenset(_data_lines("common_words.txt"))
        self.given_names = given_names()
        self.region_abbreviations = _region_abbreviations()
        self.automaton: Any = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self._candidates: list[tuple[list[Candidate], int]] = []
        add_word, entries = self.automaton.add_word, self._candidates
        for index, (folded, candidates) in enumerate(self._names.items()):
            if len(candidates) > 1:
                candidates.sort(key=self._preference)
            add_word(folded, index)
            entries.append((candidates, len(folded)))
        del self._names
        for places in self._keys.values():
            places.sort(key=lambda p: -p.rank)
        self.automaton.make_automaton()
        self.load_seconds = time.perf_counter() - started

    def candidates(self, folded: str) -> list[Candidate]:
        """Places whose folded name is exactly ``folded``, best first."""
        found = self.automaton.get(folded, -1)
        return self._candidates[found][0] if found >= 0 else []

    def entry(self, index: int) -> tuple[list[Candidate], int]:
        """The candidates stored under automaton value ``index``, and their name's length."""
        return self._candidates[index]

    def resolve_key(self, name: str, countries: frozenset[str] = frozenset()) -> Place | None:
        """The best place whose :func:`name_key` equals that of ``name``.

        A place in one of ``countries`` (those the article already mentions) is preferred.
        """
        places = self._keys.get(name_key(name), ())
        for place in places:
            if place.cc in countries:
                return place
        return places[0] if places else None

    def places_for_key(self, name: str) -> list[Place]:
        """Every place one of whose names has the :func:`name_key` of ``name``, best first."""
        return self._keys.get(name_key(name), [])

    def _add_name(self, text: str, place: Place, exact: str | None = None) -> None:
        self._names.setdefault(fold_name(text), []).append(Candidate(place, exact, True))

    def _add_key(self, key: str, place: Place) -> None:
        if key:
            self._keys.setdefault(key, []).append(place)

    def _read_countries(self) -> None:
        for line in _data_lines("countries.tsv"):
            cc, name, aliases, demonyms = line.split("\t")
            place = Place(name, cc, COUNTRY, 0)
            self.countries[cc] = place
            for alias in [name, *filter(None, aliases.split("|"))]:
                self._add_name(alias, place, alias if _is_acronym(alias) else None)
                if not _is_acronym(alias):
                    self._add_key(name_key(alias), place)
            for demonym in filter(None, demonyms.split("|")):
                self.demonyms[fold_name(demonym)] = cc

    def _read_world_regions(self) -> None:
        for line in _data_lines("world_regions.tsv"):
            name, aliases = line.split("\t")
            place = Place(name, "", WORLD, 0)
            for alias in [name, *filter(None, aliases.split("|"))]:
                self._add_name(alias, place)
                self._add_key(name_key(alias), place)

    def _read_places(self) -> None:
        path = resources.files("index") / "data" / "places.tsv.gz"
        sizes = self.country_size
        with gzip.open(str(path), "rt", encoding="utf-8") as lines:
            for line in lines:
                kind, cc, population, name, names, keys = line.rstrip("\n").split("\t")
                place = Place(name, cc, kind, int(population))
                if kind == CITY:
                    sizes[cc] = sizes.get(cc, 0) + place.population
                primary = fold_name.__wrapped__(name)  # once per place: not worth caching
                for folded in names.split("|"):
                    candidate = Candidate(place, None, folded == primary)
                    self._names.setdefault(folded, []).append(candidate)
                for key in keys.split("|"):
                    self._keys.setdefault(key, []).append(place)

    def _read_orgs(self) -> None:
        for line in _data_lines("orgs.tsv"):
            name, aliases = line.split("\t")
            for alias in [name, *filter(None, aliases.split("|"))]:
                org = Org(name, alias if _is_acronym(alias) else None)
                self.orgs.setdefault(fold_name(alias), []).append(org)

    def _preference(self, candidate: Candidate) -> tuple[int, int, int]:
        """Sort key: a big place bearing the name as its own first, then a famous city under
        another name ("Cologne"), then smaller places bearing the name as their own, then
        other alternate names; by rank within each, and regions of the same name ("Florida")
        by the size of their country."""
        place, primary = candidate.place, candidate.primary
        rank = place.rank
        if primary:
            tier = 0 if rank >= BIG_NAME else 2
        else:
            tier = 1 if rank >= FAMOUS_CITY else 3
        return tier, -rank, -self.country_size.get(place.cc, 0)


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) <= 6 and all(c.isupper() for c in letters)


def _region_abbreviations() -> dict[str, str]:
    """US state and Canadian province abbreviations without full stops -> country code;
    lower-cased unless the entry is in capitals (then it must match as written)."""
    found = {}
    for line in _data_lines("region_abbreviations.tsv"):
        abbreviation, cc = line.split("\t")
        found[abbreviation if abbreviation.isupper() else abbreviation.lower()] = cc
    return found


def _data_lines(name: str) -> list[str]:
    text = (resources.files("index") / "data" / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def given_names() -> frozenset[str]:
    """Single-word given names from the dictionary shipped in the
    ``gender-guesser`` package (read in place, not redistributed: GFDL data)."""
    path = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    names = set()
    for line in path.read_text(encoding="iso-8859-1").splitlines():
        if line.startswith("#") or len(line) < 30:
            continue
        name = line[3:29].strip()
        if name.isalpha() and len(name) > 1 and name[0].isupper():
            names.add(name)
    return frozenset(names)


@cache
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first call (about a second or two)."""
    return Gazetteer()
