"""Typed records that cross package lines: what extraction finds and what the
index stores, shared by the indexer and the query side.

Entity ids (the facet terms): ``name_key(full name)`` for PERSON and ORG;
``name_key(primary gazetteer name) + "@" + CC`` for a PLACE found in the gazetteer or the
country table, else ``name_key(surface)``. :func:`entity_id_key` returns the part a
user's query is compared with: ``name_key(query) == entity_id_key(entity_id)``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import field
from datetime import date
from typing import Any

from index.frozen import record

PLACE = "PLACE"
PERSON = "PERSON"
ORG = "ORG"
ENTITY_TYPES = (PLACE, PERSON, ORG)


@record
class Mention:
    """One name found in a text: where, what kind, and the entity it stands for."""

    start: int  # character offsets into the text given to extract_entities
    end: int
    type: str  # "PLACE" | "PERSON" | "ORG"
    text: str  # surface form exactly as in text[start:end]
    entity_id: str  # canonical id used as facet term; equal for variant spellings
    name: str  # display name: gazetteer/country name for places, full name otherwise
    country: str | None = None  # ISO 3166 alpha-2 for places when known


def entity_id_key(entity_id: str) -> str:
    """The name-key part of an entity id: everything before "@" (the whole id if none),
    and before "~" (the suffix of a name the alias file keeps apart)."""
    return entity_id.partition("@")[0].partition("~")[0]


@record
class MentionedDate:
    """A date an article body mentions: offsets into the body, the period's first
    day and its granularity ("day", "month", "year")."""

    start: int
    end: int
    text: str
    value: date
    granularity: str
    relative: bool  # resolved against the publication date


#: The kinds of an :class:`Attribution`: who a quotation is credited to when that is
#: no person.
GROUP = "group"  # an organisation, a body, a country, unnamed people ("officials", "police")
DESCRIPTION = "description"  # one person described, not named ("a witness", "the spokesman")
NAME = "name"  # a name not told a person's from a group's ("Sears", a surname alone)
ATTRIBUTION_KINDS = (GROUP, DESCRIPTION, NAME)


@record
class Attribution:
    """Who a quotation is credited to when that is no person: the phrase as printed
    ("the ministry", "a witness") and its kind (GROUP, DESCRIPTION or NAME)."""

    text: str
    kind: str


@record
class Quotation:
    """A quotation of an article: offsets into the body, the words, and who said it:
    a person (``speaker``) or else a group or a description (``attribution``), never both."""

    start: int
    end: int
    text: str
    speaker: str | None  # a person's name as printed (or in full), never a group or description
    speaker_id: str | None  # the person's entity id, when the recogniser named them
    verb: str | None  # "said", "told", ...
    partial: bool  # a fragment quoted inside a sentence
    attribution: Attribution | None = None  # a group or description, when no person is named


@record
class Entity:
    """One entity of the archive: its name, kind, spellings and counts (an entry of
    ``index.store.entity_table``, as the lookup file gives it to the query side)."""

    id: str
    type: str
    name: str
    articles: int
    variants: Mapping[str, int] = field(default_factory=dict)
    country: str | None = None
    mentions: int = 0  # how often the archive mentions it, in all spellings


# One row per (type, entity id, surface, name, country): how often the article has it.
ContributionRow = tuple[str, str, str, str, str, int]


@record
class StoredArticle:
    """Everything the index keeps of an article for showing it: the same record in
    every engine, stored as JSON (``to_json``/``from_json``), never pickled."""

    id: str
    title: str
    body: str
    published: date | None = None  # a stated publication date
    estimated: date | None = None  # an estimate when none is stated (see date_source)
    date_source: str | None = None  # "field" | "text" | "estimate" | "file"
    source: str = ""
    url: str = ""
    dateline: str = ""
    path: str = ""
    line: int | None = None
    file: str = ""  # the input file's identity (index.read.article.file_key)
    hash: str = ""  # the content hash: what decides whether it is indexed again
    metadata: Mapping[str, str] = field(default_factory=dict)
    # Entity ids by type ("PLACE", "PERSON", "ORG", "MAIN_PLACE"), most mentioned first.
    entities: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    tallies: tuple[ContributionRow, ...] = ()  # what it adds to the entity table
    dates: tuple[MentionedDate, ...] = ()
    quotes: tuple[Quotation, ...] = ()

    def to_json(self) -> str:
        data = {name: getattr(self, name) for name in _SIMPLE}
        data["published"] = _iso(self.published)
        data["estimated"] = _iso(self.estimated)
        data["metadata"] = dict(self.metadata)
        data["entities"] = {k: list(v) for k, v in self.entities.items()}
        data["tallies"] = [list(row) for row in self.tallies]
        # Field by field, not dataclasses.astuple (which deep-copies every value:
        # a tenth of the indexer's writing CPU time with tantivy).
        data["dates"] = [
            [d.start, d.end, d.text, d.value.isoformat(), d.granularity, d.relative]
            for d in self.dates
        ]
        data["quotes"] = [
            [q.start, q.end, q.text, q.speaker, q.speaker_id, q.verb, q.partial, _pair(q)]
            for q in self.quotes
        ]
        return _ENCODE(data)

    @classmethod
    def from_json(cls, text: str | bytes) -> StoredArticle:
        data = json.loads(text)
        return cls(
            **{name: data[name] for name in _SIMPLE},
            published=_day(data["published"]),
            estimated=_day(data["estimated"]),
            metadata=data["metadata"],
            entities={k: tuple(v) for k, v in data["entities"].items()},
            tallies=tuple((a, b, c, d, e, int(n)) for a, b, c, d, e, n in data["tallies"]),
            dates=tuple(
                MentionedDate(s, e, t, date.fromisoformat(v), g, r)
                for s, e, t, v, g, r in data["dates"]
            ),
            quotes=tuple(_quotation(row) for row in data["quotes"]),
        )


_SIMPLE = (
    "id",
    "title",
    "body",
    "date_source",
    "source",
    "url",
    "dateline",
    "path",
    "line",
    "file",
    "hash",
)


# json.dumps(data, ensure_ascii=False, separators=(",", ":")), without an encoder per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _pair(quote: Quotation) -> list[str] | None:
    found = quote.attribution
    return None if found is None else [found.text, found.kind]


def _quotation(row: list[Any]) -> Quotation:
    start, end, text, speaker, speaker_id, verb, partial, pair = row
    found = None if pair is None else Attribution(*pair)
    return Quotation(start, end, text, speaker, speaker_id, verb, partial, found)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
