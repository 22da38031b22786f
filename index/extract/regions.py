"""A state's or province's abbreviation ("N.J.", "Calif.", "Ont.") as the region itself.

Wire copy writes a US state or a Canadian province abbreviated after a town
("Newark, N.J., March 2"). The abbreviation is that region, so it takes the region's
name and id from the gazetteer: ``--place "New Jersey"`` finds the articles that
write "N.J.". ``index/data/region_names.tsv`` gives the region each abbreviation of
``region_abbreviations.tsv`` stands for.
"""

from __future__ import annotations

from functools import lru_cache

from index.extract.gazetteer import REGION, Gazetteer, Place, data_rows
from index.names import fold_text


@lru_cache(maxsize=1)
def region_names() -> dict[str, str]:
    """Abbreviation without full stops (an entry in capitals as spelled, the others in
    small letters) -> the region's name."""
    rows = data_rows("region_names.tsv")
    return {key if key.isupper() else key.lower(): name for key, name in rows}


def region_country(surface: str, gaz: Gazetteer) -> str | None:
    """The country of a state or province abbreviation ("N.J.", "Calif", "Ont."),
    compared without its full stops and spaces, if ``surface`` is one."""
    bare = surface.replace(".", "").replace(" ", "")
    table = gaz.region_abbreviations
    return table.get(bare) or table.get(bare.lower())


@lru_cache(maxsize=1024)
def abbreviated_region(surface: str, gaz: Gazetteer) -> Place | None:
    """The region ``surface`` abbreviates ("N.J." -> New Jersey), if the gazetteer has it
    (memoised: a wire's datelines repeat a few dozen abbreviations)."""
    cc = region_country(surface, gaz)
    bare = surface.replace(".", "").replace(" ", "")
    names = region_names()
    name = names.get(bare) or names.get(bare.lower())
    if name is None or cc is None:
        return None
    return next(
        (
            c.place
            for c in gaz.candidates(fold_text(name))
            if c.place.kind == REGION and c.place.cc == cc
        ),
        None,
    )
