"""Facet counts over every article a query matches, not just the page shown."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from index.countries import country_table
from index.store.columns import Columns
from index.store.entity_table import Entity
from index.store.schema import (
    ANY_MONTH,
    COUNTRY,
    ENTITY_FIELDS,
    MONTH,
    SOURCE,
    SPEAKER,
    facet_field,
)
from search.models import Facets, FacetValue

UNDATED = "undated"
YEARLY_AFTER = 36  # months a histogram may span before it counts by year


def count_columns(
    columns: Columns, docnums: Iterable[int], estimated: bool, main_places: bool = False
) -> dict[str, Counter[str]]:
    """Value counts, per facet field, over the given documents.

    Each facet field keeps its value per document in a column (entity fields:
    the ids joined by commas), read whole once per searcher (``Columns``), so
    counting is a few C-speed passes over the matching documents' values. With
    estimated, the month histogram counts estimated dates too. The country
    column (the countries of an article's places) is counted like an entity field.
    With main_places, the place and country facets count main places only."""
    listed = (*ENTITY_FIELDS.values(), COUNTRY, SPEAKER)
    fields = {field: facet_field(field, main_places) for field in (*listed, SOURCE)}
    fields[MONTH] = ANY_MONTH if estimated else MONTH
    docnums = docnums if isinstance(docnums, list) else list(docnums)
    counts: dict[str, Counter[str]] = {}
    for facet, field in fields.items():
        if facet in listed:
            counted = Counter(columns.items(field, docnums))
            counted.pop(b"", None)  # documents without any
        else:
            counted = Counter(columns.texts(field, docnums))
        counts[facet] = Counter({value.decode(): n for value, n in counted.items()})
    return counts


EntityFetcher = Callable[[str, list[str]], Mapping[str, Entity]]


def facet_counts(
    counts: Mapping[str, Counter[str]],
    entities: EntityFetcher,
    sources: Mapping[str, str],
    size: int,
    main_places: bool = False,
) -> Facets:
    """The top `size` values of each entity facet and the source facet, and the
    full month histogram (oldest first, undated last), by year when it spans
    more than YEARLY_AFTER months."""
    counted = {
        kind.lower(): _top_entities(counts[field], kind, entities, size)
        for kind, field in ENTITY_FIELDS.items()
    }
    months = _months(counts[MONTH])
    source_counts = _without_missing(counts[SOURCE])
    top_sources = sorted(source_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:size]
    countries = country_table()
    country_counts = _without_missing(counts.get(COUNTRY, {}))
    by_count = sorted(country_counts.items(), key=lambda kv: (-kv[1], countries.name(kv[0])))
    return Facets(
        place=counted["place"],
        person=counted["person"],
        org=counted["org"],
        source=tuple(FacetValue(sources.get(v, v), n, v) for v, n in top_sources),
        country=tuple(FacetValue(countries.name(c), n, c) for c, n in by_count[:size]),
        speaker=_top_entities(counts.get(SPEAKER, Counter()), "PERSON", entities, size),
        month=months,
        published=by_year(months) if _span(months) > YEARLY_AFTER else months,
        interval="year" if _span(months) > YEARLY_AFTER else "month",
        places="main" if main_places else "named",
    )


def _without_missing(groups: Mapping[Any, int]) -> dict[str, int]:
    return {str(k): v for k, v in groups.items() if k not in (None, "")}


def _top_entities(
    groups: Mapping[Any, int], kind: str, entities: EntityFetcher, size: int
) -> tuple[FacetValue, ...]:
    """Most matching articles first; ties go to the entity the archive mentions
    most, then to the name. Only the candidates for the top places are looked up."""
    counts = _without_missing(groups)
    ordered = sorted(counts.values(), reverse=True)
    floor = ordered[size - 1] if len(ordered) >= size else 0
    candidates = [i for i, n in counts.items() if n >= floor]
    table = entities(kind, candidates)

    def rank(entity_id: str) -> tuple[int, int, str]:
        entity = table.get(entity_id)
        return (
            -counts[entity_id],
            -(entity.mentions if entity else 0),
            entity.name if entity else entity_id,
        )

    top = sorted(candidates, key=rank)[:size]
    return tuple(FacetValue(table[i].name if i in table else i, counts[i], i) for i in top)


def _months(groups: Mapping[Any, int]) -> tuple[FacetValue, ...]:
    months = [FacetValue(month, n) for month, n in sorted(_without_missing(groups).items())]
    undated = groups.get(None, 0) + groups.get("", 0)
    if undated:
        months.append(FacetValue(UNDATED, undated))
    return tuple(months)


def _span(months: tuple[FacetValue, ...]) -> int:
    dated = [m.value for m in months if m.value != UNDATED]
    if not dated:
        return 0
    (first_year, first_month), (last_year, last_month) = (
        map(int, dated[0].split("-")),
        map(int, dated[-1].split("-")),
    )
    return (last_year - first_year) * 12 + last_month - first_month + 1


def by_year(months: tuple[FacetValue, ...]) -> tuple[FacetValue, ...]:
    years: dict[str, int] = {}
    for month in months:
        key = month.value if month.value == UNDATED else month.value[:4]
        years[key] = years.get(key, 0) + month.count
    return tuple(FacetValue(year, count) for year, count in years.items())
