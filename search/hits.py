"""Results as Hits: stored fields, ranked passages and highlights of one article."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from index.records import PLACE
from index.store.schema import BODY, ENTITY_FIELDS, MAIN_PLACE, MAIN_PLACE_KIND
from search.highlight import QueryTerms, highlight
from search.models import Hit, MentionedDate, Passage
from search.passages import Unit, rank_passages
from search.store import Store


def build_hit(store: Store, docnum: int, score: float, wanted: QueryTerms, passages: int) -> Hit:
    """The hit for one document: its stored fields and best passages."""
    fields = store.searcher.stored_fields(docnum)
    ranked = rank_passages(fields.get("body", ""), wanted, partial(_idf, store), passages)
    return hit_from_fields(store, fields, wanted, score, ranked)


def hit_from_fields(
    store: Store,
    fields: dict[str, Any],
    wanted: QueryTerms,
    score: float,
    passages: tuple[Passage, ...],
) -> Hit:
    title = fields.get("title", "")
    return Hit(
        id=fields["id"],
        title=title,
        title_highlights=highlight(title, wanted),
        published=fields["published"].date() if fields.get("published") else None,
        date_source=fields.get("date_source"),
        source=fields.get("source_name") or "",
        url=fields.get("url") or "",
        path=fields.get("path") or "",
        score=round(score, 4),
        passages=passages,
        entities=_entity_names(store, fields.get("entities") or {}),
        estimated=fields["estimated"].date() if fields.get("estimated") else None,
        dates=tuple(_mentioned(row) for row in fields.get("dates") or ()),
    )


def _mentioned(row: tuple[Any, ...]) -> MentionedDate:
    start, end, text, iso, granularity, relative = row
    return MentionedDate(start, end, text, date.fromisoformat(iso), granularity, relative)


def _idf(store: Store, unit: Unit) -> float:
    words = (unit,) if isinstance(unit, str) else unit
    if isinstance(unit, str) and unit.endswith("*"):
        return 1.0
    return sum(float(store.searcher.idf(BODY, word)) for word in words)


def _entity_names(store: Store, ids: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Display names by field ("place", "person", "org", "main_place")."""
    names: dict[str, tuple[str, ...]] = {}
    for kind, entity_ids in ids.items():
        main = kind == MAIN_PLACE_KIND
        known = store.entities(PLACE if main else kind, entity_ids)
        field = MAIN_PLACE if main else ENTITY_FIELDS[kind]
        names[field] = tuple(known[i].name if i in known else i for i in entity_ids)
    return names
