"""The archive-wide entity table: one canonical entry per entity id.

Facet fields hold entity ids; this table (``entities.json`` beside the index)
gives each id its display name, its spelling variants with their counts and,
for places, the country. The display name is the spelling the archive uses
most, so variants typed by reporters (or by the user) all land on one entry.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from index.entities import PLACE, Mention


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    name: str
    articles: int
    variants: Mapping[str, int] = field(default_factory=dict)
    country: str | None = None


@dataclass
class _Tally:
    articles: int = 0
    surfaces: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    country: str | None = None


class EntityTableBuilder:
    """Collects mentions article by article while an index is written."""

    def __init__(self) -> None:
        self._tallies: dict[tuple[str, str], _Tally] = {}

    def add_article(self, mentions: Iterable[Mention]) -> dict[str, list[str]]:
        """Count one article's mentions; return its entity ids by type,
        most mentioned first."""
        per_article: dict[tuple[str, str], int] = Counter()
        for mention in mentions:
            tally = self._tallies.setdefault((mention.type, mention.entity_id), _Tally())
            tally.surfaces[mention.text] += 1
            tally.names[mention.name] += 1
            tally.country = tally.country or mention.country
            per_article[(mention.type, mention.entity_id)] += 1
        ids: dict[str, list[str]] = {}
        for (kind, entity_id), _count in sorted(per_article.items(), key=lambda kv: -kv[1]):
            self._tallies[(kind, entity_id)].articles += 1
            ids.setdefault(kind, []).append(entity_id)
        return ids

    def entities(self) -> list[Entity]:
        return [
            Entity(
                id=entity_id,
                type=kind,
                name=display_name(kind, tally.surfaces, tally.names),
                articles=tally.articles,
                variants=dict(tally.surfaces.most_common()),
                country=tally.country,
            )
            for (kind, entity_id), tally in sorted(self._tallies.items())
        ]

    def write(self, path: Path) -> None:
        table: dict[str, dict[str, object]] = {}
        for entity in self.entities():
            entry: dict[str, object] = {
                "name": entity.name,
                "articles": entity.articles,
                "variants": entity.variants,
            }
            if entity.country:
                entry["country"] = entity.country
            table.setdefault(entity.type, {})[entity.id] = entry
        path.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def display_name(kind: str, surfaces: Counter[str], names: Counter[str]) -> str:
    """How an entity is shown, preferring mixed case over ALL CAPS.

    A place is shown in the spelling the archive uses most (the gazetteer's
    name breaks ties); a person or organisation by its most used full name, since
    its short forms ("Assad", "HTS") carry the full name they were linked to.
    """
    spellings = surfaces if kind == PLACE and surfaces else names

    def rank(spelling: str) -> tuple[bool, int, int]:
        return (not spelling.isupper(), spellings[spelling], names[spelling])

    return max(spellings, key=rank)


def load_entity_table(path: Path) -> dict[str, dict[str, Entity]]:
    """The table by type and id; empty when the index has none."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {
        kind: {
            entity_id: Entity(
                id=entity_id,
                type=kind,
                name=entry["name"],
                articles=entry["articles"],
                variants=entry.get("variants", {}),
                country=entry.get("country"),
            )
            for entity_id, entry in entries.items()
        }
        for kind, entries in raw.items()
    }
