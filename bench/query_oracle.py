"""Dump the answers of the benchmark queries, to check that a query-side change keeps them.

Usage (from the repository root)::

    python -m bench.query_oracle INDEX CORPUS.jsonl OUT.json
    python -m bench.query_oracle INDEX CORPUS.jsonl /tmp/after.json --compare /tmp/before.json

The queries are the benchmark set (``bench.queries.build_queries``, with the
preferred filter values and ``since_date`` of the corpus), and besides each base
query under other filters: a closed publication-date range, the same with
estimated dates, a mentioned-date range and countries. Per query the
dump holds the total, the match mode, the excluded counts, the hits in order
(id, score rounded to 3 places, passages with highlights, the reprints folded
under it, its entities' names) and every facet.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.queries import PREFERRED, FilterValues, build_queries, since_date
from search.engine import search
from search.errors import SearchError
from search.models import Filters, SearchRequest
from search.store import Store, open_store


def requests(corpus: Path) -> dict[str, SearchRequest]:
    """The benchmark requests, then each base query again under other filters."""
    since = since_date(corpus)
    values = FilterValues(
        place=PREFERRED["place"][0],
        person=PREFERRED["person"][0],
        org=PREFERRED["org"][0],
        since=since,
    )
    found: dict[str, SearchRequest] = {}
    for spec in build_queries(corpus, values):
        filters = Filters(
            places=(spec.place,) if spec.place else (),
            people=(spec.person,) if spec.person else (),
            orgs=(spec.org,) if spec.org else (),
            since=spec.since,
        )
        found[spec.name] = SearchRequest(query=spec.text, filters=filters)
    until = since + timedelta(days=20)
    variants = {
        "range": Filters(since=since - timedelta(days=30), until=until),
        "range-est": Filters(since=since - timedelta(days=30), until=until, include_estimated=True),
        "until-est": Filters(until=since, include_estimated=True),
        "mentions": Filters(mentions=(date(1987, 1, 1), date(1987, 6, 30))),
        "country": Filters(countries=("US", "JP")),
    }
    plain = [name for name in list(found) if "+" not in name and not name.startswith("quote")]
    for name in plain:
        for label, filters in variants.items():
            found[f"{name}/{label}"] = replace(found[name], filters=filters)
    found["empty"] = SearchRequest(query="")
    found["empty/range"] = SearchRequest(query="", filters=variants["range"])
    found["any-fallback"] = SearchRequest(query="coffee zzzzqx")
    found["wildcard"] = SearchRequest(query="petrol*")
    found["match-any"] = SearchRequest(query="coffee cocoa", match_any=True)
    return found


def answer(store: Store, request: SearchRequest) -> dict[str, Any]:
    try:
        response = search(store, replace(request, timeout=600.0))
    except SearchError as error:
        return {"error": f"{type(error).__name__}: {error}"}
    hits = [
        {
            "id": hit.id,
            "score": round(hit.score, 3),
            "passages": [
                [p.start, p.end, round(p.score, 3), [asdict(s) for s in p.highlights]]
                for p in hit.passages
            ],
            "title": [asdict(s) for s in hit.title_highlights],
            "reprints": [[r.id, str(r.published)] for r in hit.reprints],
            "entities": {field: list(names) for field, names in hit.entities.items()},
        }
        for hit in response.hits
    ]
    return {
        "parsed": response.parsed,
        "total": response.total,
        "match": response.match,
        "undated_excluded": response.undated_excluded,
        "estimated_excluded": response.estimated_excluded,
        "hits": hits,
        "facets": asdict(response.facets),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, help="a previous dump to compare against")
    args = parser.parse_args()
    with open_store(args.index) as store:
        dump = {name: answer(store, request) for name, request in requests(args.corpus).items()}
    args.out.write_text(json.dumps(dump, indent=1, sort_keys=True))
    print(f"{len(dump)} queries -> {args.out}")
    if args.compare:
        before, after = json.loads(args.compare.read_text()), json.loads(args.out.read_text())
        differ = [name for name in before if before[name] != after.get(name)]
        print(f"{len(differ)} differ: {differ}" if differ else "identical")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
