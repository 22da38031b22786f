"""Build ``index/data/languages.tsv``: the English names of the ISO 639-1 languages.

Re-runnable; it overwrites its output. Run from the repository root, with the PyPI
package ``pycountry`` importable (it is not a dependency of the project; the list is
shipped)::

    python scripts/build_languages.py [--out PATH]

``pycountry`` carries Debian's iso-codes tables (ISO 639-2/3 with the ISO 639-1 codes).
Of the 184 languages with a two-letter code, each name (iso-codes writes some as
"Sinhala; Sinhalese") is kept without a qualifier in brackets ("Malay (macrolanguage)"
is "Malay"), unless it is the name of a country or a first-level division, a place of
100,000 people or more of the gazetteer ("Nauru", "Tonga", "Afar"), or a name of
``non_entities.tsv`` already. Read by :mod:`index.extract.peoples`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.extract.peoples import gazetteer_place  # noqa: E402

DATA = ROOT / "index" / "data"
HEADER = """\
# English names of the ISO 639-1 languages, from Debian's iso-codes tables as the PyPI
# package pycountry ships them, by scripts/build_languages.py: names that are a country's,
# a first-level division's or a city's of 100,000 people or more left out, and the names
# of non_entities.tsv. One name a line. Read by index/extract/peoples.py.
"""


def language_names() -> list[str]:
    import pycountry  # type: ignore[import-not-found]

    names: list[str] = []
    for language in pycountry.languages:
        if hasattr(language, "alpha_2"):
            for name in language.name.split(";"):
                name = re.sub(r"\s*\(.*?\)", "", name).strip()
                if name and name not in names:
                    names.append(name)
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DATA / "languages.tsv")
    args = parser.parse_args()
    listed = (DATA / "non_entities.tsv").read_text("utf-8").splitlines()
    known = {line.split("\t")[0] for line in listed if line and line[0] != "#"}
    kept = [n for n in language_names() if n not in known and not gazetteer_place(n)]
    args.out.write_text(HEADER + "".join(f"{n}\n" for n in sorted(kept)), "utf-8")
    print(f"{len(kept)} names written to {args.out}")


if __name__ == "__main__":
    main()
