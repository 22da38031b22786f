"""Filters: --place/--person/--org/--country/--source/--speaker, publication
dates, mentioned dates, as parts of the engine-neutral query tree.

The values of one filter are alternatives (OR); different filters must all
hold (AND). Entity values are resolved through the index's name keys
(``search.entities``). Filters never score: the engine is given them apart
from the query's words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from index.engines import query as q
from index.store.schema import (
    COUNTRY,
    ENTITY_FIELDS,
    ESTIMATED,
    MENTION_FIELDS,
    PUBLISHED,
    SOURCE,
    SPEAKER,
    facet_field,
)
from search.errors import FilterValueError
from search.highlight import QueryTerms, name_terms
from search.models import Filters, Resolution
from search.store import Store

MAX_VARIANTS = 10  # spellings of a filtered entity looked for in passages


@dataclass
class BuiltFilter:
    """Facet filters turned into engine queries, with how each value was read."""

    query: q.Node | None  # what every result must match
    without_dates: q.Node | None  # the same but for the publication-date range
    dated: q.Node | None = None  # the publication-date range alone
    resolved: dict[str, tuple[str, ...]] = field(default_factory=dict)  # field -> names
    ids: dict[str, list[str]] = field(default_factory=dict)  # entity type -> ids
    explained: list[Resolution] = field(default_factory=list)  # each value, as read
    speakers: list[str] = field(default_factory=list)  # person ids of --speaker


def build_filter(store: Store, filters: Filters) -> BuiltFilter:
    built = BuiltFilter(None, None)
    parts = _entity_parts(store, filters, built)
    if filters.speakers:
        read = speaker_resolutions(store, filters.speakers)
        built.explained.extend(read)
        built.speakers = list(dict.fromkeys(i for resolution in read for i in resolution.ids))
        known = store.entities("PERSON", built.speakers)
        built.resolved[SPEAKER] = tuple(known[i].name for i in built.speakers if i in known)
        parts.append(q.any_of([q.Term(SPEAKER, i) for i in built.speakers]))
    if filters.sources:
        parts.append(q.any_of([q.Term(SOURCE, source_key(store, s)) for s in filters.sources]))
    if filters.mentions:
        parts.append(mentioned_between(*filters.mentions))
    built.without_dates = q.all_of(parts) if parts else None
    if filters.since or filters.until:
        built.dated = published_between(filters.since, filters.until, filters.include_estimated)
        parts.append(built.dated)
    built.query = q.all_of(parts) if parts else None
    return built


def _entity_parts(store: Store, filters: Filters, built: BuiltFilter) -> list[q.Node]:
    parts: list[q.Node] = []
    for kind, values in (
        ("PLACE", filters.places),
        ("PERSON", filters.people),
        ("ORG", filters.orgs),
    ):
        if not values:
            continue
        from search.entities import resolve_value  # values to read: not a plain search

        read = [resolve_value(store.lookups, kind, value, store.aliases) for value in values]
        built.explained.extend(read)
        ids = list(dict.fromkeys(i for resolution in read for i in resolution.ids))
        known = store.entities(kind, ids)
        name = facet_field(ENTITY_FIELDS[kind], filters.main_places)
        built.resolved[name] = tuple(known[i].name for i in ids if i in known)
        built.ids[kind] = ids
        parts.append(q.any_of([q.Term(name, i) for i in ids]))
    if filters.countries:
        from search.entities import resolve_country

        read = [resolve_country(value) for value in filters.countries]
        built.explained.extend(read)
        countries = dict(pair for resolution in read for pair in resolution.entities)
        name = facet_field(COUNTRY, filters.main_places)
        built.resolved[name] = tuple(countries)
        parts.append(q.any_of([q.Term(name, code) for code in countries.values()]))
    return parts


def source_key(store: Store, value: str) -> str:
    """The indexed form of a --source value; FilterValueError when no article
    has that source."""
    key = value.strip().casefold()
    if not store.sources:
        raise FilterValueError(
            f"no article in the index names a source, so --source {value!r} matches none "
            "(a record gives its own in a 'source' field; `search-index --source NAME` "
            "gives one to the articles of a run that name none)"
        )
    if key not in store.sources:
        import difflib

        close = difflib.get_close_matches(key, list(store.sources), n=3, cutoff=0.6)
        hint = "; did you mean " + ", ".join(repr(store.sources[k]) for k in close) + "?"
        raise FilterValueError(
            f"no article in the index has --source {value!r}{hint if close else ''} "
            "(run `search --facets` to see the most frequent sources)"
        )
    return key


def speaker_resolutions(store: Store, names: tuple[str, ...]) -> list[Resolution]:
    """Speakers are people: their names resolve as --person values do."""
    from search.entities import resolve_value

    return [resolve_value(store.lookups, "PERSON", name, store.aliases) for name in names]


def published_between(since: date | None, until: date | None, include_estimated: bool) -> q.Node:
    stated = q.DateRange(PUBLISHED, since, until)
    if not include_estimated:
        return stated
    return q.Or((stated, q.DateRange(ESTIMATED, since, until)))


def mentioned_between(first: date, last: date) -> q.Node:
    """Articles mentioning a day, month or year that lies wholly in [first, last]."""
    from index.periods import contained_numbers  # --mentions only

    ranges = contained_numbers(first, last)
    return q.any_of([q.NumberRange(MENTION_FIELDS[g], lo, hi) for g, (lo, hi) in ranges.items()])


def undated(include_estimated: bool) -> q.Node:
    """Articles a publication-date filter cannot place."""
    if not include_estimated:
        return q.Not(q.Exists(PUBLISHED))
    return q.all_of([q.Not(q.Exists(PUBLISHED)), q.Not(q.Exists(ESTIMATED))])


def filter_names(store: Store, ids: dict[str, list[str]]) -> QueryTerms:
    """The spellings of the filtered entities, so passages that mention them
    rank higher and show them highlighted."""
    names: list[str] = []
    for kind, entity_ids in ids.items():
        for entity in store.entities(kind, entity_ids).values():
            names.extend(list(entity.variants)[:MAX_VARIANTS])
    return name_terms(names)
