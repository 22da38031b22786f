"""Results as Hits: the stored article, ranked passages and highlights."""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import partial

from index.engines.base import Ref
from index.records import PERSON, PLACE, StoredArticle
from index.store.schema import BODY, ENTITY_FIELDS, MAIN_PLACE, MAIN_PLACE_KIND
from search.follow import Followed, filter_spans, follow_filters
from search.highlight import QueryTerms, highlight
from search.models import Hit, Passage
from search.passages import Unit, rank_passages
from search.store import Store


def build_hit(
    store: Store,
    ref: Ref,
    score: float,
    wanted: QueryTerms,
    passages: int,
    follow: Followed | None = None,
) -> Hit:
    """The hit for one document: its stored record and best passages, which
    show what the filters of follow matched (``search.follow``)."""
    stored = store.reader.stored(ref)
    ranked = rank_passages(stored.body, wanted, partial(idf, store), passages)
    if follow:
        ranked = follow_filters(stored.body, ranked, filter_spans(stored, follow), wanted)
    return hit_from_stored(store, stored, wanted, score, ranked)


def hit_from_stored(
    store: Store,
    stored: StoredArticle,
    wanted: QueryTerms,
    score: float,
    passages: tuple[Passage, ...],
) -> Hit:
    return Hit(
        id=stored.id,
        title=stored.title,
        title_highlights=highlight(stored.title, wanted),
        published=stored.published,
        date_source=stored.date_source,
        source=stored.source,
        url=stored.url,
        path=stored.path,
        score=round(score, 4),
        passages=passages,
        entities=_entity_names(store, stored.entities),
        estimated=stored.estimated,
        dates=stored.dates,
    )


def idf(store: Store, unit: Unit) -> float:
    """How rare a unit of the query is in the archive's bodies (BM25's idf; a
    wildcard or an inexact word counts 1)."""
    if isinstance(unit, str) and (unit.endswith("*") or "~" in unit):
        return 1.0
    words = (unit,) if isinstance(unit, str) else unit
    total = store.reader.doc_count()
    weight = 0.0
    for word in words:
        held = store.reader.doc_frequency(BODY, word)
        weight += math.log(1 + (total - held + 0.5) / (held + 0.5))
    return weight


def _entity_names(store: Store, ids: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Display names by field ("place", "person", "org", "main_place"), read in one
    lookup; a surname alone that folds into a full name (``search.surname_folds``)
    shows that name, as the person facet does."""
    shown = dict(ids)
    if PERSON in shown and store.person_folds:
        folds = store.person_folds
        shown[PERSON] = tuple(dict.fromkeys(folds.get(i, i) for i in shown[PERSON]))
    wanted: dict[str, list[str]] = {}
    for kind, entity_ids in shown.items():  # main places are places
        wanted.setdefault(PLACE if kind == MAIN_PLACE_KIND else kind, []).extend(entity_ids)
    known = store.names_by_kind(wanted)
    names: dict[str, tuple[str, ...]] = {}
    for kind, entity_ids in shown.items():
        main = kind == MAIN_PLACE_KIND
        field = MAIN_PLACE if main else ENTITY_FIELDS[kind]
        named = known[PLACE if main else kind]
        names[field] = tuple(named.get(i, i) for i in entity_ids)
    return names
