"""JSON output: the same data the terminal shows, for scripts.

The shape is documented in the README and kept stable: keys are only ever
added. Highlights are character offsets [start, end) into the text they sit
beside (the title, a passage's text, or the article body).
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from search.models import (
    Facets,
    FacetValue,
    Hit,
    Passage,
    Reprint,
    SearchResponse,
    Span,
)
from search.safe_text import safe_json

if TYPE_CHECKING:  # --explain's and --show's answers: a search imports neither
    from search.views import ArticleView, Explanation

SHAPE_VERSION = 1


def response_to_dict(response: SearchResponse) -> dict[str, Any]:
    return {
        "version": SHAPE_VERSION,
        "query": response.query,
        "parsed": response.parsed,
        "match": response.match,
        "filters": {name: list(values) for name, values in response.resolved.items()},
        "total": response.total,
        "undated_excluded": response.undated_excluded,
        "reprints_folded": response.reprints_folded,
        "notes": list(response.notes),
        "all_words": response.all_words,
        "sort": response.sort,
        "offset": response.offset,
        "shown": len(response.hits),
        "next_offset": response.offset + len(response.hits) if response.more else None,
        "hits": [hit_to_dict(hit) for hit in response.hits],
        "facets": facets_to_dict(response.facets),
    }


def hit_to_dict(hit: Hit) -> dict[str, Any]:
    return {
        "id": hit.id,
        "title": hit.title,
        "title_highlights": spans_to_list(hit.title_highlights),
        "date": hit.published.isoformat() if hit.published else None,
        "date_source": hit.date_source,
        "estimated_date": hit.estimated.isoformat() if hit.estimated else None,
        "mentioned_dates": [
            {
                "text": d.text,
                "start": d.start,
                "end": d.end,
                "date": d.value.isoformat(),
                "granularity": d.granularity,
                "relative": d.relative,
            }
            for d in hit.dates
        ],
        "source": hit.source,
        "url": hit.url,
        "path": hit.path,
        "score": hit.score,
        "entities": {kind: list(names) for kind, names in hit.entities.items()},
        "passages": [passage_to_dict(p) for p in hit.passages],
        "reprints": reprints_to_list(hit.reprints),
    }


def reprints_to_list(reprints: tuple[Reprint, ...]) -> list[dict[str, Any]]:
    """The other articles carrying a result's passage (or quotation), earliest
    first, each dated as its own hit is."""
    return [
        {
            "id": r.id,
            "date": _iso(r.published),
            "date_source": r.date_source,
            "estimated_date": _iso(r.estimated),
            "source": r.source,
        }
        for r in reprints
    ]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def passage_to_dict(passage: Passage) -> dict[str, Any]:
    return {
        "text": passage.text,
        "start": passage.start,
        "end": passage.end,
        "score": passage.score,
        "highlights": spans_to_list(passage.highlights),
    }


def spans_to_list(spans: tuple[Span, ...]) -> list[dict[str, int]]:
    return [{"start": s.start, "end": s.end} for s in spans]


def facets_to_dict(facets: Facets) -> dict[str, Any]:
    return {
        "place": _values(facets.place),
        "person": _values(facets.person),
        "org": _values(facets.org),
        "speaker": _values(facets.speaker),
        "source": _values(facets.source),
        "country": _values(facets.country),
        "places": facets.places,
        "month": _values(facets.month),
        "published": {"interval": facets.interval, "buckets": _values(facets.published)},
        "size": facets.size,
        "scope": "all",
    }


def _values(values: tuple[FacetValue, ...]) -> list[dict[str, Any]]:
    return [{"value": v.value, "count": v.count, **({"id": v.id} if v.id else {})} for v in values]


def explanation_to_dict(explanation: Explanation) -> dict[str, Any]:
    """--explain --json: the query as parsed and each filter value as resolved."""
    return {
        "version": SHAPE_VERSION,
        "query": explanation.query,
        "explain": {
            "parsed": explanation.parsed,
            "match": explanation.match,
            "places": explanation.places,
            "engine": explanation.engine,
            "notes": list(explanation.notes),
            "filters": [
                {
                    "option": r.option,
                    "value": r.value,
                    "how": r.how,
                    "detail": r.detail,
                    "resolved": [{"value": name, "id": i} for name, i in r.entities],
                }
                for r in explanation.filters
            ],
        },
    }


def article_to_dict(view: ArticleView) -> dict[str, Any]:
    data = hit_to_dict(view.hit)
    del data["passages"], data["score"]
    data["body"] = view.body
    data["body_highlights"] = spans_to_list(view.body_highlights)
    data["metadata"] = view.metadata
    return data


def dumps(data: dict[str, Any]) -> str:
    """JSON text, with every character that could steer a terminal escaped."""
    return safe_json(json.dumps(data, ensure_ascii=False, indent=2))


def quotes_to_dict(response: Any) -> dict[str, Any]:
    """`search --quote ... --json`: the quotations closest to what was typed;
    when none is close enough, `nearest` is the closest there is (else null)."""
    return {
        "version": SHAPE_VERSION,
        "quote": response.query,
        "total": response.total,
        "quotes": [quote_to_dict(hit) for hit in response.hits],
        "speakers": _values(response.speakers),
        "nearest": quote_to_dict(response.nearest) if response.nearest else None,
    }


def quotation_list_to_dict(listing: Any) -> dict[str, Any]:
    """`search --speaker NAME --quotes --json`: a page of the speaker's
    quotations (each as in --quote, with closeness null and no diff)."""
    more = listing.offset + len(listing.hits) < listing.total
    return {
        "version": SHAPE_VERSION,
        "speakers": list(listing.speakers),
        "sort": listing.sort,
        "total": listing.total,
        "articles": listing.articles,
        "offset": listing.offset,
        "shown": len(listing.hits),
        "next_offset": listing.offset + len(listing.hits) if more else None,
        "quotes": [{**quote_to_dict(hit), "closeness": None} for hit in listing.hits],
        "by_speaker": _values(listing.by_speaker),
    }


def _attribution(found: Any) -> dict[str, str] | None:
    """A group or description a quotation is credited to: {"text", "kind"}."""
    return None if found is None else {"text": found.text, "kind": found.kind}


def quote_to_dict(hit: Any) -> dict[str, Any]:
    return {
        "kind": hit.kind,
        "text": hit.text,
        "speaker": hit.speaker,
        "attribution": _attribution(hit.attribution),
        "verb": hit.verb,
        "partial": hit.partial,
        "closeness": hit.closeness,
        "id": hit.article_id,
        "title": hit.title,
        "date": _iso(hit.published),
        "date_source": hit.date_source,
        "estimated_date": _iso(hit.estimated),
        "source": hit.source,
        "start": hit.start,
        "end": hit.end,
        "diff": [{"kind": op.kind, "typed": op.typed, "printed": op.printed} for op in hit.diff],
        "reprints": reprints_to_list(hit.reprints),
    }
