"""Filters: --place/--person/--org/--country/--source, publication dates, mentioned dates.

The values of one filter are alternatives (OR); different filters must all
hold (AND). Entity values are resolved through the index's name keys
(``search.entities``).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from whoosh import query as wq

from index.periods import contained_terms
from index.store.schema import (
    COUNTRY,
    ENTITY_FIELDS,
    ESTIMATED,
    MAIN_PLACE,
    MENTION_FIELDS,
    PUBLISHED,
    SOURCE,
    SPEAKER,
    facet_field,
)
from search.entities import resolve_country, resolve_value
from search.errors import FilterValueError, OutdatedIndexError
from search.highlight import QueryTerms, name_terms
from search.models import Filters, Resolution
from search.store import Store

MAX_VARIANTS = 10  # spellings of a filtered entity looked for in passages


@dataclass(frozen=True)
class Published:
    """A publication-date range (either end open): what --since/--until keep."""

    since: date | None
    until: date | None
    include_estimated: bool


@dataclass
class BuiltFilter:
    query: Any | None  # what every result must match
    without_dates: Any | None  # the same but for the publication-date range
    published: Published | None = None  # that range, answered from the date columns
    resolved: dict[str, tuple[str, ...]] = field(default_factory=dict)  # field -> names
    ids: dict[str, list[str]] = field(default_factory=dict)  # entity type -> ids
    explained: list[Resolution] = field(default_factory=list)  # each value, as read
    speakers: list[str] = field(default_factory=list)  # person ids of --speaker


def build_filter(store: Store, filters: Filters) -> BuiltFilter:
    if filters.main_places and MAIN_PLACE not in store.schema:
        raise OutdatedIndexError(
            "this index was built before --main-places existed: rebuild it with "
            "`search-index --rebuild PATH...`, naming every path of the archive"
        )
    built = BuiltFilter(None, None)
    parts = _entity_parts(store, filters, built)
    if filters.speakers:
        read = speaker_resolutions(store, filters.speakers)
        built.explained.extend(read)
        built.speakers = list(dict.fromkeys(i for resolution in read for i in resolution.ids))
        known = store.entities("PERSON", built.speakers)
        built.resolved[SPEAKER] = tuple(known[i].name for i in built.speakers if i in known)
        parts.append(wq.Or([wq.Term(SPEAKER, i) for i in built.speakers]))
    if filters.sources:
        parts.append(wq.Or([wq.Term(SOURCE, source_key(store, s)) for s in filters.sources]))
    if filters.mentions:
        parts.append(mentioned_between(*filters.mentions))
    built.without_dates = wq.And(parts) if parts else None
    if filters.since or filters.until:
        built.published = Published(filters.since, filters.until, filters.include_estimated)
        parts.append(published_between(filters.since, filters.until, filters.include_estimated))
    built.query = wq.And(parts) if parts else None
    return built


def _entity_parts(store: Store, filters: Filters, built: BuiltFilter) -> list[Any]:
    parts: list[Any] = []
    for kind, values in (
        ("PLACE", filters.places),
        ("PERSON", filters.people),
        ("ORG", filters.orgs),
    ):
        if not values:
            continue
        read = [resolve_value(store.lookups, kind, value, store.aliases) for value in values]
        built.explained.extend(read)
        ids = list(dict.fromkeys(i for resolution in read for i in resolution.ids))
        known = store.entities(kind, ids)
        name = facet_field(ENTITY_FIELDS[kind], filters.main_places)
        built.resolved[name] = tuple(known[i].name for i in ids if i in known)
        built.ids[kind] = ids
        parts.append(wq.Or([wq.Term(name, i) for i in ids]))
    if filters.countries:
        read = [resolve_country(value) for value in filters.countries]
        built.explained.extend(read)
        countries = dict(pair for resolution in read for pair in resolution.entities)
        name = facet_field(COUNTRY, filters.main_places)
        built.resolved[name] = tuple(countries)
        parts.append(wq.Or([wq.Term(name, code) for code in countries.values()]))
    return parts


def source_key(store: Store, value: str) -> str:
    """The indexed form of a --source value; FilterValueError when no article
    has that source."""
    key = value.strip().casefold()
    if key not in store.sources:
        close = difflib.get_close_matches(key, list(store.sources), n=3, cutoff=0.6)
        hint = "; did you mean " + ", ".join(repr(store.sources[k]) for k in close) + "?"
        raise FilterValueError(
            f"no article in the index has --source {value!r}{hint if close else ''} "
            "(run `search --facets` to see the most frequent sources)"
        )
    return key


def speaker_resolutions(store: Store, names: tuple[str, ...]) -> list[Resolution]:
    """Speakers are people: their names resolve as --person values do."""
    return [resolve_value(store.lookups, "PERSON", name, store.aliases) for name in names]


def published_between(since: date | None, until: date | None, include_estimated: bool) -> Any:
    start = datetime.combine(since, time.min) if since else None
    end = datetime.combine(until, time.max) if until else None
    stated = wq.DateRange(PUBLISHED, start, end)
    return wq.Or([stated, wq.DateRange(ESTIMATED, start, end)]) if include_estimated else stated


def mentioned_between(first: date, last: date) -> Any:
    """Articles mentioning a day, month or year that lies wholly in [first, last]."""
    ranges = contained_terms(first, last)
    return wq.Or([wq.TermRange(MENTION_FIELDS[g], lo, hi) for g, (lo, hi) in ranges.items()])


def keep_published(store: Store, docs: list[int], published: Published) -> list[int]:
    """Those of docs that a publication-date range keeps, as published_between
    does, but read from the date columns: a DateRange query expands into many
    numeric terms, seconds on a large index."""
    low, high = (
        None if day is None else _column_number(store, datetime.combine(day, at))
        for day, at in ((published.since, time.min), (published.until, time.max))
    )
    stated = store.columns.within(PUBLISHED, low, high)
    if not published.include_estimated:
        return [doc for doc in docs if doc in stated]
    estimated = store.columns.within(ESTIMATED, low, high)
    return [doc for doc in docs if doc in stated or doc in estimated]


def undated(store: Store, docs: list[int], include_estimated: bool) -> list[int]:
    """Those of docs that a publication-date filter cannot place."""
    stated = store.columns.within(PUBLISHED, None, None)
    if not include_estimated:
        return [doc for doc in docs if doc not in stated]
    estimated = store.columns.within(ESTIMATED, None, None)
    return [doc for doc in docs if doc not in stated and doc not in estimated]


def with_estimate(store: Store, docs: list[int]) -> list[int]:
    """Those of docs that have an estimated date."""
    estimated = store.columns.within(ESTIMATED, None, None)
    return [doc for doc in docs if doc in estimated]


def _column_number(store: Store, moment: datetime) -> int:
    return int(store.schema[PUBLISHED].to_column_value(moment))


def filter_names(store: Store, ids: dict[str, list[str]]) -> QueryTerms:
    """The spellings of the filtered entities, so passages that mention them
    rank higher and show them highlighted."""
    names: list[str] = []
    for kind, entity_ids in ids.items():
        for entity in store.entities(kind, entity_ids).values():
            names.extend(list(entity.variants)[:MAX_VARIANTS])
    return name_terms(names)
