"""A namesake the linker chose by rank, in a country the article names by nothing else,
is no place value there.

Many names are places of several countries ("Central", "Northern": provinces of a dozen;
"Lae": a city of Papua New Guinea and an atoll of the Marshall Islands; "Gaza": the
Strip and a province of Mozambique). Where nothing in the article decides, the gazetteer's
rank does, and a first-level region outranks any city of under a million (its population
is not known), so a region of a country the article never names takes the name. Chosen
leaving each corpus group out over the development facet parts
(``bench/place_links_loo.py``, bench/EXTRACTION.md, stop 46):

- a place that is no country, of fewer than :data:`UNRANKED` inhabitants (a region,
  whose population the gazetteer lacks, or a hamlet),
- whose written name the gazetteer holds for places of more than one country (the link
  was a tie broken by rank),
- whose country the article names by no other place, nor by the country itself,
- in an article that names a place of another country, a town or a region (not only
  a country, which news from anywhere names: "the United States sent aid"),
- and never written after a town and its comma ("Bramalea, Ontario": the region of
  the town),

is no place value there: every mention of it goes. Its country named anywhere in the
article keeps it ("Lae, in the Marshall Islands").

Applied by :func:`index.extract.entities.extract_entities`, after
:func:`index.extract.foreign_regions.with_home_cities` has read a region abroad as a
city of the article's country where it can.
"""

from __future__ import annotations

from functools import lru_cache

from index.extract.foreign_towns import place_ids_by_country
from index.extract.gazetteer import load_gazetteer
from index.names import fold_text
from index.records import PLACE, Mention, entity_id_key

#: Places under this many inhabitants are linked by rank alone: a region (no population
#: known) or a hamlet. Chosen leaving each corpus group out (the same in every fold).
UNRANKED = 1_000


def without_tied_namesakes(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` less namesakes linked by rank in a country shown by nothing else."""
    ids = place_ids_by_country(mentions)
    if len(ids) < 2:
        return mentions  # one country or none: no other country to set the link against
    country_ids = load_gazetteer().country_ids
    # countries shown by a town or a region, not by their own name alone
    shown = {cc for cc, found in ids.items() if not found <= country_ids}
    if not shown:
        return mentions  # no country shown by a town or a region: nothing to set against
    lone = {
        m.entity_id
        for m in mentions
        if m.type == PLACE
        and m.country
        and ids[m.country] == {m.entity_id}
        and shown - {m.country}
        and m.entity_id not in country_ids
        and _tied(m.text, m.name, m.entity_id)
    }
    if lone:  # a region written after a town and its comma is that town's ("Bramalea, Ontario")
        lone -= {m.entity_id for m in mentions if text[max(m.start - 2, 0) : m.start] == ", "}
    if not lone:
        return mentions
    return [m for m in mentions if not (m.type == PLACE and m.entity_id in lone)]


@lru_cache(maxsize=4096)
def _tied(surface: str, name: str, entity_id: str) -> bool:
    """Whether ``surface`` names places of several countries and ``entity_id`` (named
    ``name``) is one the gazetteer ranks by kind, not by people (under UNRANKED)."""
    gaz = load_gazetteer()
    if len({c.place.cc for c in gaz.candidates(fold_text(surface))}) < 2:
        return False
    cc, key = entity_id.partition("@")[2], entity_id_key(entity_id)
    same = [p for p in gaz.places_for_key(name) if p.cc == cc]
    same = [p for p in same if entity_id_key(p.entity_id) == key] or same
    return bool(same) and max(p.population for p in same) < UNRANKED
