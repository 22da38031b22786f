"""Applying the alias file to extracted mentions (the index side of ``index.aliases``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from index.aliases import AliasBook, AliasEntry, separate_id
from index.extract.gazetteer import load_gazetteer
from index.names import name_key
from index.records import PLACE, Mention


def apply_aliases(mentions: Iterable[Mention], book: AliasBook) -> list[Mention]:
    """Mentions with the alias file's canonical ids and names, and the names of
    never_merge groups under ids of their own."""
    if not book:
        return list(mentions)
    return [_apply(mention, book) for mention in mentions]


def _apply(mention: Mention, book: AliasBook) -> Mention:
    # A person's or organisation's name is its full name, so linked short forms
    # ("Erdogan" for "Recep Tayyip Erdogan") follow their full name.
    found = book.canonical(mention.type, (mention.text, mention.name))
    entry = found[0] if found else None
    name = entry.name if entry else mention.name
    slug = book.separate_slug(mention.type, name)
    if entry is None and slug is None:
        return mention
    entity_id, country = mention.entity_id, mention.country
    if entry is not None:
        entity_id, country = canonical_id(entry)
    if slug is not None:
        entity_id = separate_id(entity_id, slug)
    return replace(mention, entity_id=entity_id, name=name, country=country)


def canonical_id(entry: AliasEntry) -> tuple[str, str | None]:
    """The entity id (and country) of an alias entry's canonical name, by the
    rules of :mod:`index.extract.entities`: a place found in the gazetteer gets ``@CC``."""
    if entry.kind != PLACE:
        return name_key(entry.name), None
    wanted = frozenset({entry.country}) if entry.country else frozenset()
    place = load_gazetteer().resolve_key(entry.name, wanted)
    if place is not None and (entry.country is None or place.cc == entry.country):
        return place.entity_id, place.cc
    if entry.country:
        return f"{name_key(entry.name)}@{entry.country}", entry.country
    return name_key(entry.name), None
