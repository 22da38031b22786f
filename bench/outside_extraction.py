"""CPU an indexed article costs by stage, entity extraction and the rest, in one process.

Usage (from the repository root)::

    python bench/outside_extraction.py [CORPUS.jsonl] [--articles 3000] [--passes 3]

The stages of ``index.write.documents.article_document`` (what a document worker runs
for each article) are timed one by one with ``time.process_time``, and so are the
indexer's own steps: reading the records, the content hash, unpickling the documents a
worker sends (in batches of ``index.write.builder.BATCH``), the entity table and the
tantivy document. The first article is built untimed (it loads the gazetteer), then the
lazy tables and the collector are set as a long build sets them. Each stage's figure is
the best of ``--passes`` passes, in ms an article; each includes ~1 us of timer calls.
tantivy's own indexing thread, the commit and the lookup file are not covered.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import pickle
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from index.collector import BULK_THRESHOLDS
from index.engines.document import IndexDocument
from index.engines.tantivy_engine.schema import build_schema
from index.engines.tantivy_engine.writer import tantivy_document
from index.read.articles import Article, ReadLog, read_articles
from index.store.tables import Tables
from index.write import documents as D
from index.write.builder import BATCH, LAZY_TABLES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
Times = dict[str, float]


def article_stages(article: Article, times: Times) -> IndexDocument:
    """article_document, stage by stage, adding each stage's CPU time to times."""
    clock = time.process_time
    t0 = clock()
    digest = D.content_hash(article)
    t1 = clock()
    found = D.mentions(article, None)
    t2 = clock()
    rows = D.contribution(found)
    main = D.main_places(found, D.lead_end(article.body, D.body_start(article)))
    t3 = clock()
    dates = D.extract_dates(article.body, article.published)
    t4 = clock()
    quotes = D.quotations(article, found)
    t5 = clock()
    stored = D._stored(article, digest, rows, main, dates, quotes)
    t6 = clock()
    quote_text = D.PARAGRAPH_SEPARATOR.join(q.text for q in stored.quotes)
    texts = {
        D.TITLE: D.analyse(article.title),
        D.BODY: D.analyse(article.body),
        D.QUOTE_TEXT: D.analyse(quote_text),
    }
    t7 = clock()
    D.fingerprint_terms(stored.body)
    t8 = clock()
    keywords = D.keywords(stored, rows, main)  # makes the fingerprints again
    numbers = D.mentioned_numbers(dates)
    t9 = clock()
    for name, spent in (
        ("indexer: content hash", t1 - t0),
        ("worker: entity extraction", t2 - t1),
        ("worker: contribution rows + main places", t3 - t2),
        ("worker: dates", t4 - t3),
        ("worker: quotations", t5 - t4),
        ("worker: stored record", t6 - t5),
        ("worker: analyse title, body, quotations", t7 - t6),
        ("worker: fingerprints", t8 - t7),
        ("worker: other keyword fields + numbers", (t9 - t8) - (t8 - t7)),
    ):
        times[name] += spent
    return IndexDocument(stored=stored, texts=texts, keywords=keywords, numbers=numbers)


def one_pass(corpus: Path, articles: list[Article]) -> Times:
    times: Times = defaultdict(float)
    clock = time.process_time
    t0 = clock()
    list(itertools.islice(read_articles([corpus], ReadLog()), len(articles) + 1))
    times["indexer: read and normalise records"] = clock() - t0
    documents = [article_stages(article, times) for article in articles]
    t0 = clock()
    batches = [pickle.dumps(documents[i : i + BATCH]) for i in range(0, len(documents), BATCH)]
    times["worker: pickle the documents"] = clock() - t0
    t0 = clock()
    received = [document for batch in batches for document in pickle.loads(batch)]
    times["indexer: unpickle the documents"] = clock() - t0
    tables, schema = Tables(), build_schema()
    t0 = clock()
    for document in received:
        tables.add(document.stored)
    times["indexer: entity table"] = clock() - t0
    t0 = clock()
    for document in received:
        tantivy_document(document, schema)
    times["indexer: tantivy document"] = clock() - t0
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    read = list(itertools.islice(read_articles([args.corpus], ReadLog()), args.articles + 1))
    D.article_document(read[0], "")  # loads the gazetteer, as the indexer does before forking
    for table in LAZY_TABLES:
        table()
    gc.freeze()
    gc.set_threshold(*BULK_THRESHOLDS)
    best: dict[str, Any] = {}
    for _ in range(args.passes):
        for name, spent in one_pass(args.corpus, read[1:]).items():
            best[name] = min(best.get(name, spent), spent)
    count = len(read) - 1
    for name, spent in best.items():
        print(f"{name:48s} {spent / count * 1000:.4f} ms")
    outside = sum(spent for name, spent in best.items() if "extraction" not in name)
    print(f"{'sum outside extraction':48s} {outside / count * 1000:.4f} ms")


if __name__ == "__main__":
    main()
