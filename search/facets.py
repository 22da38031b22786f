"""Facet counts over every article a query matches, not just the page shown."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from whoosh import sorting

from index.entity_table import Entity
from index.schema import ENTITY_FIELDS, MONTH, SOURCE
from search.models import Facets, FacetValue

UNDATED = "undated"


def facet_spec() -> Any:
    """What to count while searching (passed as Whoosh's groupedby)."""
    facets = sorting.Facets()
    for field in (*ENTITY_FIELDS.values(), SOURCE, MONTH):
        facets.add_facet(
            field,
            sorting.FieldFacet(
                field, allow_overlap=field != MONTH and field != SOURCE, maptype=sorting.Count
            ),
        )
    return facets


def facet_counts(
    results: Any,
    entities: Mapping[str, Mapping[str, Entity]],
    sources: Mapping[str, str],
    size: int,
) -> Facets:
    """The top `size` values of each entity facet and the source facet, and the
    full month histogram (oldest first, undated last)."""
    counted = {
        kind.lower(): _top_entities(results.groups(field), entities.get(kind, {}), size)
        for kind, field in ENTITY_FIELDS.items()
    }
    source_counts = _without_missing(results.groups(SOURCE))
    top_sources = sorted(source_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:size]
    return Facets(
        place=counted["place"],
        person=counted["person"],
        org=counted["org"],
        source=tuple(FacetValue(sources.get(v, v), n, v) for v, n in top_sources),
        month=_months(results.groups(MONTH)),
    )


def _without_missing(groups: Mapping[Any, int]) -> dict[str, int]:
    return {str(k): v for k, v in groups.items() if k not in (None, "")}


def _top_entities(
    groups: Mapping[Any, int], table: Mapping[str, Entity], size: int
) -> tuple[FacetValue, ...]:
    """Most matching articles first; ties go to the entity the archive mentions
    most, then to the name."""
    counts = _without_missing(groups)

    def rank(entity_id: str) -> tuple[int, int, str]:
        entity = table.get(entity_id)
        mentions = sum(entity.variants.values()) if entity else 0
        return (-counts[entity_id], -mentions, entity.name if entity else entity_id)

    top = sorted(counts, key=rank)[:size]
    return tuple(FacetValue(table[i].name if i in table else i, counts[i], i) for i in top)


def _months(groups: Mapping[Any, int]) -> tuple[FacetValue, ...]:
    months = [FacetValue(month, n) for month, n in sorted(_without_missing(groups).items())]
    undated = groups.get(None, 0) + groups.get("", 0)
    if undated:
        months.append(FacetValue(UNDATED, undated))
    return tuple(months)
