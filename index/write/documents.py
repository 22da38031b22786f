"""An article as every engine indexes it: its fields, content hash and entity tally."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from operator import attrgetter
from typing import Any

from index.aliases import AliasBook
from index.analysis import analyse
from index.collector import one_article
from index.engines.document import IndexDocument
from index.extract.aliasing import apply_aliases
from index.extract.dates import estimate_publication_date, extract_dates, month_of
from index.extract.entities import extract_entities
from index.extract.mentions import DateMention
from index.extract.quote_marks import has_quote_marks
from index.extract.quotes import extract_quotes
from index.extract.salience import lead_end, main_places
from index.fingerprints import fingerprint_terms
from index.passages import PARAGRAPH_SEPARATOR
from index.periods import period_number
from index.read.articles import Article, file_key
from index.records import (
    PLACE,
    ContributionRow,
    Mention,
    MentionedDate,
    Quotation,
    StoredArticle,
)
from index.store.entity_table import contribution, ids_by_type
from index.store.schema import (
    ANY_MONTH,
    BODY,
    COUNTRY,
    ENTITY_FIELDS,
    ESTIMATED,
    FINGERPRINTS,
    MAIN_COUNTRY,
    MAIN_PLACE,
    MAIN_PLACE_KIND,
    MENTION_FIELDS,
    MONTH,
    PUBLISHED,
    QUOTE_TEXT,
    SOURCE,
    SPEAKER,
    TITLE,
)


@one_article
def article_document(
    article: Article, digest: str, aliases: AliasBook | None = None
) -> IndexDocument:
    """What every engine indexes of one article. Its stored ``tallies`` record what
    it adds to the entity table, so that an update can take it back out."""
    found = mentions(article, aliases)
    rows = contribution(found)
    main = main_places(found, lead_end(article.body, body_start(article)))
    dates = extract_dates(article.body, article.published)
    stored = _stored(article, digest, rows, main, dates, quotations(article, found))
    published, estimated, quotes = stored.published, stored.estimated, stored.quotes
    quote_text = PARAGRAPH_SEPARATOR.join(q.text for q in quotes)
    return IndexDocument(
        stored=stored,
        texts={
            TITLE: analyse(article.title),
            BODY: analyse(article.body),
            QUOTE_TEXT: analyse(quote_text),
        },
        keywords=keywords(stored, rows, main),
        numbers=mentioned_numbers(dates),
        dates={name: day for name, day in ((PUBLISHED, published), (ESTIMATED, estimated)) if day},
    )


def _stored(
    article: Article,
    digest: str,
    rows: list[ContributionRow],
    main: list[Mention],
    dates: list[DateMention],
    quotes: tuple[Quotation, ...],
) -> StoredArticle:
    """What is kept of the article for showing it and for later updates."""
    published, estimated, date_source = publication(article, dates)
    ids = ids_by_type(rows)
    return StoredArticle(
        id=article.id,
        title=article.title,
        body=article.body,
        published=published,
        estimated=estimated,
        date_source=date_source,
        source=article.source,
        url=article.url,
        dateline=article.dateline,
        path=article.path,
        line=article.line,
        file=file_key(article.path) if article.path else "",
        hash=digest,
        metadata=dict(article.metadata),
        entities={
            **{kind: tuple(values) for kind, values in ids.items()},
            **({MAIN_PLACE_KIND: tuple(m.entity_id for m in main)} if main else {}),
        },
        tallies=tuple(rows),
        dates=tuple(MentionedDate(*_values(d)) for d in dates),
        quotes=quotes,
    )


def keywords(
    stored: StoredArticle, rows: list[ContributionRow], main: list[Mention]
) -> dict[str, list[str]]:
    """The exact-value fields: source, months, entity ids, countries, speakers and
    the body's fingerprints."""
    day = stored.published or stored.estimated
    fields: dict[str, list[str]] = {
        SOURCE: [stored.source.casefold()] if stored.source else [],
        MONTH: [month_of(stored.published)] if stored.published else [],
        ANY_MONTH: [month_of(day)] if day else [],
        COUNTRY: sorted({row[4] for row in rows if row[0] == PLACE and row[4]}),
        MAIN_PLACE: sorted({m.entity_id for m in main}),
        MAIN_COUNTRY: sorted({m.country for m in main if m.country}),
        SPEAKER: sorted({q.speaker_id for q in stored.quotes if q.speaker_id}),
        FINGERPRINTS: fingerprint_terms(stored.body),
    }
    for kind, field_name in ENTITY_FIELDS.items():
        fields[field_name] = list(stored.entities.get(kind, ()))
    return fields


def body_start(article: Article) -> int:
    """Where the body starts in the text ``mentions`` extracts from."""
    before = [part for part in (article.dateline, article.title) if part]
    return sum(len(part) + len(PARAGRAPH_SEPARATOR) for part in before)


def quotations(article: Article, found: list[Mention]) -> tuple[Quotation, ...]:
    """The article's quotations. ``found`` were found over a text in which the
    body starts at ``body_start`` (dateline and title come first); they are moved to
    body offsets so the speakers join the same person ids as the facets."""
    if not has_quote_marks(article.body):
        return ()  # not worth moving the mentions to body offsets
    start = body_start(article)
    in_body = [  # made whole: dataclasses.replace takes twice as long
        Mention(m.start - start, m.end - start, m.type, m.text, m.entity_id, m.name, m.country)
        for m in found
        if m.start >= start
    ]
    return tuple(Quotation(*_values(q)) for q in extract_quotes(article.body, in_body))


def publication(
    article: Article, found: list[DateMention]
) -> tuple[date | None, date | None, str | None]:
    """The stated publication date, else an estimate (the latest full date the body
    mentions, else the file's day), and which rule gave it."""
    if article.published is not None:
        return article.published, None, article.date_source
    estimate = estimate_publication_date(found)
    if estimate is not None:
        return None, estimate, "estimate"
    if article.file_date is not None:
        return None, article.file_date, "file"
    return None, None, article.date_source


def mentioned_numbers(found: list[DateMention]) -> dict[str, list[int]]:
    """The mentioned periods by granularity, as numbers (YYYYMMDD, YYYYMM, YYYY)."""
    return {
        name: sorted({period_number(m.value, m.granularity) for m in found if m.granularity == g})
        for g, name in MENTION_FIELDS.items()
    }


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


def _values(record: Any) -> tuple[Any, ...]:
    """A flat dataclass's field values in order (dataclasses.astuple deep-copies each,
    and dataclasses.fields is read again per call)."""
    getter = _GETTERS.get(type(record))
    if getter is None:
        names = [f.name for f in fields(record)]
        assert len(names) > 1  # attrgetter of one name gives the value, not a tuple
        getter = _GETTERS[type(record)] = attrgetter(*names)
    values: tuple[Any, ...] = getter(record)
    return values


_GETTERS: dict[type, Callable[[Any], Any]] = {}  # by dataclass: its fields' values as a tuple
