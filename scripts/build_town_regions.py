"""Build ``index/data/town_regions.tsv``: the state or province of each US and Canadian
town of the gazetteer that shares its name with another town of its country.

Re-runnable; it overwrites its output. Run from the repository root::

    python scripts/build_town_regions.py [--cities PATH] [--out PATH]

The default cities file is ../shared/gazetteer/cities500.txt.gz beside the repository
(GeoNames, CC BY 4.0), the file ``index/data/places.tsv.gz`` was built from. A town of
``places.tsv.gz`` (kind ``P``) is matched to its GeoNames row by country, population and
name; its admin1 code is the state's two-letter postal code for the US and a number for
Canada, written here as the province's postal code. Only towns whose name key another
town of the same country shares are kept (Portland, Oregon and Portland, Maine): the
others need no region to be told apart. A town that matches no row, or two, is left out.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.names import name_key  # noqa: E402

DATA = ROOT / "index" / "data"
DEFAULT_CITIES = ROOT.parent / "shared" / "gazetteer" / "cities500.txt.gz"
COUNTRIES = ("US", "CA")
#: GeoNames' admin1 codes of Canada's provinces and territories -> postal codes.
CANADA = {
    "01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON",
    "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU",
}  # fmt: skip
HEADER = """\
# The state or province of each US and Canadian town of places.tsv.gz that shares its
# name key with another town of its country, so that "Portland, Maine" is told from
# Portland, Oregon. Built by scripts/build_town_regions.py from GeoNames cities500
# (CC BY 4.0). Tab-separated: country code, town name, population, postal code.
"""


def namesakes() -> list[tuple[str, str, str]]:
    """(country, name, population) of the towns of places.tsv.gz with a namesake."""
    with gzip.open(DATA / "places.tsv.gz", "rt", encoding="utf-8") as lines:
        rows = [line.rstrip("\n").split("\t") for line in lines]
    towns = [(r[1], r[3], r[2]) for r in rows if r[0] == "P" and r[1] in COUNTRIES]
    shared = Counter((cc, name_key(name)) for cc, name, _pop in towns)
    return [t for t in towns if shared[(t[0], name_key(t[1]))] > 1]


def admin_codes(cities: Path) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """(country, population) -> (name, ascii name, postal code) of each GeoNames row."""
    found: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    with gzip.open(cities, "rt", encoding="utf-8") as lines:
        for line in lines:
            f = line.rstrip("\n").split("\t")
            if f[8] in COUNTRIES:
                code = CANADA.get(f[10], "") if f[8] == "CA" else f[10]
                found.setdefault((f[8], f[14]), []).append((f[1], f[2], code))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cities", type=Path, default=DEFAULT_CITIES)
    parser.add_argument("--out", type=Path, default=DATA / "town_regions.tsv")
    args = parser.parse_args()
    codes = admin_codes(args.cities)
    out = []
    for cc, name, population in namesakes():
        rows = [c for n, a, c in codes.get((cc, population), []) if name in (n, a)]
        if len(rows) == 1 and rows[0]:
            out.append(f"{cc}\t{name}\t{population}\t{rows[0]}\n")
    args.out.write_text(HEADER + "".join(sorted(out)), encoding="utf-8")
    print(f"{len(out)} towns written to {args.out}")


if __name__ == "__main__":
    main()
