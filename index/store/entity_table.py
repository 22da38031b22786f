"""The archive-wide entity table: one canonical entry per entity id.

Facet fields hold entity ids; this table gives each id its display name, its
spelling variants with their counts and, for places, the country. The display
name is the spelling the archive uses most, so variants typed by reporters (or
by the user) all land on one entry.

Each article keeps its *contribution* (what it added to the table) in its
stored fields, so an update can subtract a changed or deleted article exactly:
an index updated incrementally has the same table as one built afresh.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from index.names import fold_name, name_key
from index.records import PLACE, ContributionRow, Entity, Mention, entity_id_key


@dataclass
class _Tally:
    """An entity's counts while the table is built."""

    articles: int = 0
    surfaces: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)


def contribution(mentions: Iterable[Mention]) -> list[ContributionRow]:
    """What one article adds to the table, in a stable order."""
    counts: Counter[tuple[str, str, str, str, str]] = Counter(
        (m.type, m.entity_id, m.text, m.name, m.country or "") for m in mentions
    )
    return sorted((*key, n) for key, n in counts.items())


def ids_by_type(rows: Iterable[ContributionRow]) -> dict[str, list[str]]:
    """An article's entity ids by type, most mentioned first (then by id)."""
    per_entity: Counter[tuple[str, str]] = Counter()
    for kind, entity_id, _surface, _name, _country, n in rows:
        per_entity[(kind, entity_id)] += n
    ids: dict[str, list[str]] = {}
    for (kind, entity_id), _n in sorted(per_entity.items(), key=lambda kv: (-kv[1], kv[0])):
        ids.setdefault(kind, []).append(entity_id)
    return ids


class EntityTable:
    """Tallies of every entity, updated article by article."""

    def __init__(self) -> None:
        self._tallies: dict[tuple[str, str], _Tally] = {}
        self._keys: dict[str, str] = {}  # spelling -> name_key, kept across commits
        # Display names made since the entity's tally last changed: a commit asks for
        # each three times (lookups, entities, the stored table).
        self._shown: dict[tuple[str, str], str] = {}

    @property
    def size(self) -> int:
        """The number of entities."""
        return len(self._tallies)

    def _display(self, key: tuple[str, str], tally: _Tally) -> str:
        shown = self._shown.get(key)
        if shown is None:
            shown = self._shown[key] = display_name(key[0], tally.surfaces, tally.names)
        return shown

    def _key(self, spelling: str) -> str:
        key = self._keys.get(spelling)
        if key is None:
            key = self._keys[spelling] = name_key(spelling)
        return key

    def lookups(self) -> tuple[dict[str, dict[str, list[str]]], dict[str, dict[str, list[str]]]]:
        """Name key -> entity ids, by type: for every spelling of every entity,
        and for the last word of its multi-word spellings (a surname alone, in each
        spelling the archive gives: "Karim" of "Omar Abdel Karim" as well as
        "Abdulkarim" of "Omar Abdulkarim")."""
        names: dict[str, dict[str, set[str]]] = {}
        surnames: dict[str, dict[str, set[str]]] = {}
        for (kind, entity_id), tally in self._tallies.items():
            by_key = names.setdefault(kind, {})
            surname = surnames.setdefault(kind, {})
            display = self._display((kind, entity_id), tally)
            for spelling in {display, *tally.surfaces, *tally.names}:
                by_key.setdefault(self._key(spelling), set()).add(entity_id)
                words = spelling.replace("-", " ").split()
                if len(words) > 1:
                    surname.setdefault(self._key(words[-1]), set()).add(entity_id)
            by_key.setdefault(entity_id_key(entity_id), set()).add(entity_id)
        return _sorted_lists(names), _sorted_lists(surnames)

    def spellings(self) -> dict[str, dict[str, list[str]]]:
        """Folded spelling -> entity ids, by type: every surface and name of every
        entity exactly as the archive writes it (case, accents, hyphens and spacing
        folded), so that a filter value spelled as an entity is spelled finds that entity
        and no other that only shares its name key."""
        found: dict[str, dict[str, set[str]]] = {}
        for (kind, entity_id), tally in self._tallies.items():
            by_spelling = found.setdefault(kind, {})
            for spelling in {*tally.surfaces, *tally.names}:
                by_spelling.setdefault(fold_name(spelling), set()).add(entity_id)
        return _sorted_lists(found)

    def add(self, rows: Iterable[ContributionRow]) -> None:
        self._apply(rows, +1)

    def subtract(self, rows: Iterable[ContributionRow]) -> None:
        self._apply(rows, -1)

    def _apply(self, rows: Iterable[ContributionRow], sign: int) -> None:
        tallies = self._tallies
        touched: set[tuple[str, str]] = set()
        for kind, entity_id, surface, name, country, n in rows:
            key = (kind, entity_id)
            tally = tallies.get(key)
            if tally is None:  # (not setdefault: a _Tally made per row costs three Counters)
                tally = tallies[key] = _Tally()
            tally.surfaces[surface] += sign * n
            tally.names[name] += sign * n
            if country:
                tally.countries[country] += sign * n
            touched.add(key)
        for key in touched:
            self._shown.pop(key, None)
            tally = tallies[key]
            tally.articles += sign
            if sign > 0:
                continue  # counts only rise: none to drop (an article's rows count 1 or more)
            for counter in (tally.surfaces, tally.names, tally.countries):
                if counter and min(counter.values()) <= 0:
                    for value in [v for v, n in counter.items() if n <= 0]:
                        del counter[value]
            if tally.articles <= 0:
                del tallies[key]

    def entities(self) -> list[Entity]:
        return [
            Entity(
                id=entity_id,
                type=kind,
                name=self._display((kind, entity_id), tally),
                articles=tally.articles,
                variants=dict(sorted(tally.surfaces.items(), key=lambda kv: (-kv[1], kv[0]))),
                country=_most_common(tally.countries),
                mentions=sum(tally.surfaces.values()),
            )
            for (kind, entity_id), tally in sorted(self._tallies.items())
        ]

    def to_json(self) -> dict[str, Any]:
        """The table as stored for the next update: tallies and the key cache."""
        used = {s for t in self._tallies.values() for s in (*t.surfaces, *t.names)}
        return {
            "entries": self._entries_json(),
            "spelling_keys": {s: k for s, k in sorted(self._keys.items()) if s in used},
        }

    def _entries_json(self) -> dict[str, dict[str, Any]]:
        table: dict[str, dict[str, Any]] = {}
        for (kind, entity_id), tally in sorted(self._tallies.items()):
            table.setdefault(kind, {})[entity_id] = {
                "name": self._display((kind, entity_id), tally),
                "articles": tally.articles,
                "variants": dict(sorted(tally.surfaces.items(), key=lambda kv: (-kv[1], kv[0]))),
                "names": dict(sorted(tally.names.items())),
                "countries": dict(sorted(tally.countries.items())),
            }
        return table

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> EntityTable:
        table = cls()
        table._keys = dict(raw.get("spelling_keys", {}))
        for kind, entries in raw.get("entries", {}).items():
            for entity_id, entry in entries.items():
                table._tallies[(kind, entity_id)] = _Tally(
                    articles=entry["articles"],
                    surfaces=Counter(entry.get("variants", {})),
                    names=Counter(entry.get("names", {})),
                    countries=Counter(entry.get("countries", {})),
                )
        return table


def _sorted_lists(maps: dict[str, dict[str, set[str]]]) -> dict[str, dict[str, list[str]]]:
    return {kind: {k: sorted(v) for k, v in sorted(m.items())} for kind, m in sorted(maps.items())}


def _most_common(counter: Counter[str]) -> str | None:
    return min(counter, key=lambda v: (-counter[v], v)) if counter else None


def display_name(kind: str, surfaces: Counter[str], names: Counter[str]) -> str:
    """How an entity is shown, preferring mixed case over ALL CAPS.

    A place is shown in the spelling the archive uses most (the gazetteer's
    name breaks ties), unless its name says what it is ("Washington (state)", kept
    apart from the city) or the archive writes it only in capitals (a dateline's
    "OAK BROOK" is shown as the gazetteer's "Oak Brook"); a person or organisation by
    its most used full name, since its short forms ("Assad", "HTS") carry the full
    name they were linked to.
    """
    qualified = kind == PLACE and any(name.endswith(")") for name in names)
    shouted = all(s.isupper() for s in surfaces) and not all(n.isupper() for n in names)
    written = surfaces and not qualified and not shouted
    spellings = surfaces if kind == PLACE and written else names

    def rank(spelling: str) -> tuple[bool, int, int, str]:
        return (spelling.isupper(), -spellings[spelling], -names[spelling], spelling)

    return min(spellings, key=rank)
