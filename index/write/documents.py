"""An article as a Whoosh document: its fields, content hash and entity tally."""

from __future__ import annotations

import hashlib
from datetime import datetime
from datetime import time as clock
from typing import Any

from index.aliases import AliasBook
from index.extract.aliasing import apply_aliases
from index.extract.dates import estimate_publication_date, extract_dates, month_of, period_term
from index.extract.entities import extract_entities
from index.extract.quotes import quote_fields
from index.extract.salience import lead_end, main_places
from index.fingerprints import fingerprint_terms
from index.passages import PARAGRAPH_SEPARATOR
from index.read.articles import Article, file_key
from index.records import PLACE, Mention
from index.store.entity_table import contribution, ids_by_type
from index.store.schema import (
    COUNTRY,
    ENTITY_FIELDS,
    FINGERPRINTS,
    MAIN_COUNTRY,
    MAIN_PLACE,
    MAIN_PLACE_KIND,
    MENTION_FIELDS,
)


def article_document(
    article: Article, digest: str, aliases: AliasBook | None = None
) -> dict[str, Any]:
    """The Whoosh document of one article. Its ``tallies`` field records what it
    adds to the entity table, so that an update can take it back out."""
    found = mentions(article, aliases)
    rows = contribution(found)
    ids = ids_by_type(rows)
    document: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "body": article.body,
        "source_name": article.source,
        "url": article.url,
        "dateline": article.dateline,
        "path": article.path,
        "file": file_key(article.path) if article.path else "",
        "line": article.line,
        "date_source": article.date_source,
        "metadata": dict(article.metadata),
        "entities": ids,
        "tallies": rows,
        "hash": digest,
        FINGERPRINTS: fingerprint_terms(article.body),
    }
    if article.source:
        document["source"] = article.source.casefold()
    document.update(date_fields(article))
    document.update(quote_fields(article.body, body_start(article), found))
    for kind, field_name in ENTITY_FIELDS.items():
        if ids.get(kind):
            document[field_name] = ",".join(ids[kind])
    countries = sorted({row[4] for row in rows if row[0] == PLACE and row[4]})
    if countries:
        document[COUNTRY] = ",".join(countries)
    document.update(main_place_fields(article, found, ids))
    return document


def main_place_fields(
    article: Article, found: list[Mention], ids: dict[str, list[str]]
) -> dict[str, Any]:
    """The ids and countries of the article's main places (``index.extract.salience``), as
    facet fields and, in text order, beside the stored entity ids."""
    main = main_places(found, lead_end(article.body, body_start(article)))
    fields: dict[str, Any] = {}
    if main:
        fields[MAIN_PLACE] = ",".join(sorted({m.entity_id for m in main}))
        fields["entities"] = {**ids, MAIN_PLACE_KIND: [m.entity_id for m in main]}
    countries = sorted({m.country for m in main if m.country})
    if countries:
        fields[MAIN_COUNTRY] = ",".join(countries)
    return fields


def body_start(article: Article) -> int:
    """Where the body starts in the text ``mentions`` extracts from."""
    before = [part for part in (article.dateline, article.title) if part]
    return sum(len(part) + len(PARAGRAPH_SEPARATOR) for part in before)


def date_fields(article: Article) -> dict[str, Any]:
    """Publication date (stated, else estimated from the full dates the body
    mentions, else the file's time) and the mentioned dates by granularity."""
    found = extract_dates(article.body, article.published)
    fields: dict[str, Any] = {
        "dates": [
            (m.start, m.end, m.text, m.value.isoformat(), m.granularity, m.relative) for m in found
        ]
    }
    if article.published is not None:
        fields["published"] = datetime.combine(article.published, clock())
        fields["month"] = fields["any_month"] = month_of(article.published)
    else:
        estimate = estimate_publication_date(found)
        source = "estimate" if estimate else "file" if article.file_date else None
        estimate = estimate or article.file_date
        if estimate is not None:
            fields["estimated"] = datetime.combine(estimate, clock())
            fields["any_month"] = month_of(estimate)
            fields["date_source"] = source
    for granularity, field_name in MENTION_FIELDS.items():
        terms = sorted(
            {period_term(m.value, m.granularity) for m in found if m.granularity == granularity}
        )
        if terms:
            fields[field_name] = ",".join(terms)
    return fields


def mentions(article: Article, aliases: AliasBook | None = None) -> list[Mention]:
    """One pass over dateline, title and body together, so a short form in the
    body ("Assad") links to the full name in the title ("Bashar al-Assad"); then
    the alias file's canonical names (``index.aliases``)."""
    parts = [part for part in (article.dateline, article.title, article.body) if part]
    found = extract_entities(PARAGRAPH_SEPARATOR.join(parts))
    return apply_aliases(found, aliases) if aliases else found


def content_hash(article: Article, aliases_digest: str = "") -> str:
    """What decides whether a stored article must be indexed again. The alias
    file's digest is part of it: a changed alias file re-indexes every article."""
    parts = (
        article.title,
        article.body,
        str(article.published),
        article.date_source or "",
        article.source,
        article.url,
        article.dateline,
        file_key(article.path) if article.path else "",
        repr(sorted(article.metadata.items())),
        *((aliases_digest,) if aliases_digest else ()),
    )
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).hexdigest()
