"""Facet counts over every article a query matches, not just the page shown."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from index.countries import country_table
from index.engines import query as q
from index.engines.base import FacetRequest, Reader
from index.records import Entity
from index.store.schema import (
    ANY_MONTH,
    COUNTRY,
    ENTITY_FIELDS,
    MONTH,
    SOURCE,
    SPEAKER,
    facet_field,
)
from search.joined_names import two_names_joined
from search.models import Facets, FacetValue
from search.one_word_people import listed_in_person_facet
from search.place_initials import PlaceNames, spells_a_place
from search.surname_folds import fold_counts, missing_ids
from search.typed_names import TypedLookups, named_otherwise
from search.worded_people import of_everyday_words

UNDATED = "undated"
YEARLY_AFTER = 36  # months a histogram may span before it counts by year


FacetCounts = dict[str, Counter[str]]


def count_facets(
    reader: Reader,
    query: q.Node,
    total: int,
    size: int,
    estimated: bool,
    main_places: bool = False,
    folds: Mapping[str, str] | None = None,
) -> FacetCounts:
    """Value counts, per facet, over every article the query matches: at least the
    `size` most frequent values of the entity, country and source facets (every
    value tied with the last of them too, so that ties are broken here the same
    way in every engine), and every month.

    With estimated, the month histogram counts estimated dates too; with
    main_places, the place and country facets count main places only; folds (surnames
    alone -> full names) count the people and speakers folded under their full names."""
    listed = (*ENTITY_FIELDS.values(), COUNTRY, SPEAKER, SOURCE)
    fields = {facet: facet_field(facet, main_places) for facet in listed}
    month = ANY_MONTH if estimated else MONTH
    wanted = max(size * 2, size + 10)
    # A folded count sums ids that may each lie below the first values: where the engine
    # holds every value anyway, the folded fields are asked in full (an exact top).
    whole = (ENTITY_FIELDS["PERSON"], SPEAKER) if folds and total <= reader.kept_matches else ()
    requests = [FacetRequest(f, None if f in whole else wanted) for f in fields.values()]
    counted = reader.facets(query, [*requests, FacetRequest(month)])
    short = [
        r
        for r in requests
        if r.size and _tied_beyond(counted[r.field], _border(r.field, size), wanted)
    ]
    if short:  # ties at the border: every value of those fields
        counted.update(reader.facets(query, [FacetRequest(r.field) for r in short]))
    counts = {facet: counted[field] for facet, field in fields.items()}
    if folds:
        _fold(counts, reader, query, folds)
    counts[MONTH] = counted[month]
    counts[MONTH][""] = total - sum(counted[month].values())
    return counts


class _EngineFolds:
    """The engine's answers for counting folded values over one query
    (``search.surname_folds.FoldCounter``), for one field at a time (``field``); the
    counts missing from several fields' top values are fetched in one request
    (``prefetch``)."""

    def __init__(self, reader: Reader, query: q.Node) -> None:
        self.reader, self.query, self.field = reader, query, ""
        self._fetched: dict[str, Mapping[str, int]] = {}

    def prefetch(self, wanted: Mapping[str, Sequence[str]]) -> None:
        """Count the ids of each field among the matches, in one request (none where the
        engine's facet counts hold every value: an id they lack is in no match)."""
        fields = [f for f, ids in wanted.items() if ids]
        if not fields:
            return
        if self.reader.every_facet_value:
            self._fetched = {f: dict.fromkeys(wanted[f], 0) for f in fields}
            return
        requests = [FacetRequest(f, values=tuple(wanted[f])) for f in fields]
        counted = self.reader.facets(self.query, requests)
        self._fetched = {f: {i: counted[f].get(i, 0) for i in wanted[f]} for f in fields}

    def counts(self, ids: Sequence[str]) -> Mapping[str, int]:
        fetched = self._fetched.get(self.field, {})
        if all(i in fetched for i in ids):
            return {i: fetched[i] for i in ids}
        self.prefetch({self.field: ids})
        return self._fetched[self.field]

    def apart(self, first: str, second: str) -> bool:
        both = q.all_of([q.Term(self.field, first), q.Term(self.field, second)])
        return self.reader.count(both) == 0

    def union(self, ids: Sequence[str]) -> int:
        narrowed = q.all_of([self.query, q.any_of([q.Term(self.field, i) for i in ids])])
        return self.reader.count(narrowed)


def _fold(counts: FacetCounts, reader: Reader, query: q.Node, folds: Mapping[str, str]) -> None:
    """The person and speaker facets with surnames alone counted under their full
    names (``search.surname_folds``), in place."""
    engine = _EngineFolds(reader, query)
    fields = (ENTITY_FIELDS["PERSON"], SPEAKER)
    engine.prefetch({f: missing_ids(counts[f], folds) for f in fields})
    for field in fields:
        engine.field = field
        counts[field] = fold_counts(counts[field], folds, engine)


def _border(field: str, size: int) -> int:
    """How deep the ties of a field's fetched values are checked: the person and org
    facets leave some entities out (``listing``), so their last value shown may come
    from further down; up to half the facet's size left out keeps ties exact."""
    gated = (ENTITY_FIELDS["PERSON"], ENTITY_FIELDS["ORG"])
    return size + size // 2 if field in gated else size


def _tied_beyond(values: Counter[str], size: int, asked: int) -> bool:
    """Whether values (the `asked` most frequent) may leave out some tied with the
    size-th: all asked were given and the last has the size-th's count."""
    if len(values) < asked:
        return False
    ordered = sorted(values.values(), reverse=True)
    return ordered[size - 1] == ordered[-1]


EntityFetcher = Callable[[str, list[str]], Mapping[str, Entity]]


def facet_counts(
    counts: Mapping[str, Counter[str]],
    entities: EntityFetcher,
    sources: Mapping[str, str],
    size: int,
    main_places: bool = False,
    listed: Mapping[str, Listed] | None = None,
) -> Facets:
    """The top `size` values of each entity facet and the source facet, and the
    full month histogram (oldest first, undated last), by year when it spans
    more than YEARLY_AFTER months. ``listed`` says, by type, which entities a facet
    lists (``listing``; by default, the person facet's rule alone)."""
    gates = _LISTED if listed is None else listed
    counted = {
        kind.lower(): _top_entities(counts[field], kind, entities, size, gates.get(kind))
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
        size=size,
    )


def _without_missing(groups: Mapping[Any, int]) -> dict[str, int]:
    return {str(k): v for k, v in groups.items() if k not in (None, "")}


Listed = Callable[[Entity], bool]
# Which entities a facet lists, by type (every one where none is given), without lookups.
_LISTED: dict[str, Listed] = {"PERSON": listed_in_person_facet}


class ArchiveNames(PlaceNames, TypedLookups, Protocol):
    """The lookups the facets' rules read (``index.store.lookups.Lookups``)."""


def listing(names: ArchiveNames) -> dict[str, Listed]:
    """Which entities each facet lists, by type: the person facet leaves out people
    named by one word (``search.one_word_people``); the person and org facets leave out
    a name the archive mostly gives another type (``search.typed_names``), and the
    person facet a name of everyday words whose last is never a person alone
    (``search.worded_people``); the org
    facet leaves out capitals that spell a place's initials (``search.place_initials``)
    and two names joined by "and" (``search.joined_names``)."""

    def person(entity: Entity) -> bool:
        if not listed_in_person_facet(entity) or of_everyday_words(entity, names):
            return False
        return not named_otherwise(entity, names, ("ORG", "PLACE"))

    def org(entity: Entity) -> bool:
        if spells_a_place(entity.name, names) or two_names_joined(entity.name, names):
            return False
        return not named_otherwise(entity, names, ("PLACE", "PERSON"))

    return {"PERSON": person, "ORG": org}


def _top_entities(
    groups: Mapping[Any, int],
    kind: str,
    entities: EntityFetcher,
    size: int,
    listed: Listed | None = None,
) -> tuple[FacetValue, ...]:
    """Most matching articles first; ties go to the entity the archive mentions
    most, then to the name. Only the candidates for the top places are looked up;
    an entity ``listed`` refuses is left out (and the next ones looked up)."""
    counts, table = _candidates(_without_missing(groups), kind, entities, size, listed)

    def rank(entity_id: str) -> tuple[int, int, str]:
        entity = table.get(entity_id)
        return (
            -counts[entity_id],
            -(entity.mentions if entity else 0),
            entity.name if entity else entity_id,
        )

    top = sorted(counts, key=rank)[:size]
    return tuple(FacetValue(table[i].name if i in table else i, counts[i], i) for i in top)


def _candidates(
    counts: dict[str, int],
    kind: str,
    entities: EntityFetcher,
    size: int,
    listed: Listed | None,
) -> tuple[dict[str, int], Mapping[str, Entity]]:
    """The values that may be among the top ``size`` (every one tied with the last
    too) and their entities, looked up in as few batches as the values left out allow."""
    kept: dict[str, int] = {}
    table: dict[str, Entity] = {}
    left = dict(counts)
    while left and len(kept) < size:
        ordered = sorted(left.values(), reverse=True)
        need = size - len(kept)
        floor = ordered[need - 1] if len(ordered) >= need else 0
        batch = [i for i, n in left.items() if n >= floor]
        found = entities(kind, batch)
        table.update(found)
        for i in batch:
            del left[i]
            if listed is None or i not in found or listed(found[i]):
                kept[i] = counts[i]
    return kept, table


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
