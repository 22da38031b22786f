"""Every quotation of a speaker (``search --speaker NAME --quotes``).

The articles quoting the speaker (the ``speaker`` field), narrowed by the
query and the other filters, are read in date order; each of their
quotations attributed to that person (``Quotation.speaker_id``) is listed, in
the order of the text within an article. The same words from the same speaker
in several articles are one quotation, shown by its earliest printing with
the later ones under it (``--all-copies`` lists each). Quotations are
numbered, and paged with --offset/--limit, after folding.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from index.engines import query as q
from index.engines.base import Sort
from index.frozen import record
from index.records import StoredArticle
from index.store.schema import PUBLISHED
from search.engine import parse_text
from search.filters import build_filter
from search.models import FacetValue, Filters
from search.pages import NEWEST_FIRST, RELEVANCE
from search.quotes import QuoteHit, first_printings
from search.store import Store


@record
class QuotationList:
    """A page of a speaker's quotations."""

    speakers: tuple[str, ...]  # the people asked for, as the index names them
    total: int  # quotations, reprints folded (unless all_copies)
    articles: int  # articles quoting them, among the matches
    hits: tuple[QuoteHit, ...]
    offset: int
    sort: str
    folded: int  # printings folded under the quotations of this page
    by_speaker: tuple[FacetValue, ...] = ()  # quotations per person asked for


def speaker_quotes(
    store: Store,
    text: str,
    filters: Filters,
    sort: str,
    offset: int,
    limit: int,
    all_copies: bool = False,
) -> QuotationList:
    """The quotations of filters.speakers in the articles the query and the
    filters match: oldest first (sort "date"), newest first ("-date"), or in
    the order of the articles that best match the query ("relevance");
    quotations of undated articles come last in either date order."""
    built = build_filter(store, filters)
    node = parse_text(store, text, False, filters.main_places).node
    matched = q.all_of([node, *([built.query] if built.query else [])])
    articles = store.reader.count(matched)
    by_relevance = sort == RELEVANCE and bool(text.strip())
    engine_sort = None if by_relevance else Sort(PUBLISHED)
    found = (
        store.reader.search(node, within=built.query, limit=articles, sort=engine_sort)
        if articles
        else []
    )
    stored = [store.reader.stored(scored.ref) for scored in found]
    wanted = set(built.speakers)
    quotes = [hit for article in stored for hit in _quotations(article, wanted)]
    shown = quotes if all_copies else first_printings(quotes)
    if sort == NEWEST_FIRST:
        shown = _newest_first(shown)
    page = tuple(shown[offset : offset + limit])
    names = built.resolved.get("speaker", ())
    counts = _per_speaker(store, shown)
    folded = sum(len(hit.reprints) for hit in page)
    return QuotationList(names, len(shown), articles, page, offset, sort, folded, counts)


def _newest_first(hits: list[QuoteHit]) -> list[QuoteHit]:
    """Hits of dated articles newest first (an article's quotations in the
    order of its text), then those of undated articles as they came."""
    dated = [hit for hit in hits if hit.published]
    undated = [hit for hit in hits if not hit.published]
    dated.sort(key=lambda hit: hit.published or date.min, reverse=True)  # stable: text order kept
    return dated + undated


def _quotations(article: StoredArticle, speakers: set[str]) -> list[QuoteHit]:
    """The article's quotations by any of these people, in the order of its text."""
    return [
        QuoteHit(
            article_id=article.id,
            title=article.title,
            published=article.published,
            source=article.source,
            text=quote.text,
            start=quote.start,
            end=quote.end,
            speaker=quote.speaker,
            verb=quote.verb,
            partial=quote.partial,
            closeness=1.0,
            diff=(),
            estimated=article.estimated,
            date_source=article.date_source,
            speaker_id=quote.speaker_id,
            attribution=quote.attribution,
        )
        for quote in sorted(article.quotes, key=lambda quote: quote.start)
        if quote.speaker_id in speakers
    ]


def _per_speaker(store: Store, hits: list[QuoteHit]) -> tuple[FacetValue, ...]:
    """Quotations per person asked for (however each article spells them),
    most first, named as the index names them."""
    counts = Counter(hit.speaker_id for hit in hits if hit.speaker_id)
    people = store.entities("PERSON", list(counts))
    named = [FacetValue(people[i].name if i in people else i, n, i) for i, n in counts.items()]
    return tuple(sorted(named, key=lambda v: (-v.count, v.value)))
