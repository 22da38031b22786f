"""The country table alone: ISO codes, display names and aliases.

Read from ``index/data/countries.tsv`` (the file :mod:`index.extract.gazetteer` reads too)
without building the place automaton, so the query side can resolve ``--country``
values ("France", "U.S.", "Britain", "fr") and show country names cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from index.frozen import record
from index.names import fold_name, name_key


@record
class Country:
    """A country: its code, name and other names."""

    code: str  # ISO 3166 alpha-2 (historic states keep their former codes)
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class CountryTable:
    """Every country, by ISO code."""

    by_code: dict[str, Country]

    @property
    def by_key(self) -> dict[str, tuple[str, ...]]:
        """name_key of a name or alias -> codes. Built on first use: the keys cost
        about 800 name_key calls (~40 ms), which a search showing country names
        in its facets does not need."""
        return _keys_of(self)

    def name(self, code: str) -> str:
        country = self.by_code.get(code)
        return country.name if country else code

    def resolve(self, value: str) -> tuple[str, ...]:
        """The codes value names: an ISO code (any case), a name or an alias
        in any spelling the name key forgives. Empty when nothing matches."""
        stripped = value.strip()
        if len(stripped) == 2 and stripped.upper() in self.by_code:
            return (stripped.upper(),)
        return self.by_key.get(name_key(stripped), ())

    def suggestions(self, value: str, n: int = 3) -> list[str]:
        """The country names (or aliases) nearest to value."""
        spellings = {fold_name(s): s for c in self.by_code.values() for s in (c.name, *c.aliases)}
        import difflib

        close = difflib.get_close_matches(fold_name(value), spellings, n=n, cutoff=0.6)
        return list(dict.fromkeys(spellings[s] for s in close))


@cache
def country_table() -> CountryTable:
    """The process-wide country table (a few hundred rows, read on first use). The
    file is read beside this module, not through importlib.resources: every search
    reads it, and that import (zipfile, tempfile, shutil) costs a search process
    more than the table itself."""
    text = (Path(__file__).parent / "data" / "countries.tsv").read_text(encoding="utf-8")
    by_code: dict[str, Country] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, aliases, _demonyms = line.split("\t")
        country = Country(code, name.strip(), tuple(a for a in aliases.split("|") if a.strip()))
        by_code[code] = country
    return CountryTable(by_code)


@cache
def _keys_of(table: CountryTable) -> dict[str, tuple[str, ...]]:
    by_key: dict[str, list[str]] = {}
    for code, country in table.by_code.items():
        for spelling in (country.name, *country.aliases):
            codes = by_key.setdefault(name_key(spelling), [])
            if code not in codes:
                codes.append(code)
    by_key.pop("", None)
    return {k: tuple(v) for k, v in by_key.items()}


def country_of(entity_id: str) -> str | None:
    """The country code a place id ends with ("paris@FR" -> "FR"), if any."""
    _base, at, code = entity_id.rpartition("@")
    return code if at and code else None
