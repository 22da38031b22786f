"""Building the index documents of articles, in worker processes for long runs.

Extraction (entities, dates, quotations, fingerprints) and tokenising are most
of the CPU time of indexing with tantivy, and a third with Whoosh, whose writing
is the rest; a writer is single-threaded, so the writing stays in this process
while forked workers (``default_workers``: one per core) build the documents of
the next batches. Short runs (a few hundred articles, as when the
seeds are indexed) build in-process: a worker costs more to start than it saves.
A long run builds its first article here, which loads the gazetteer and the
extraction tables the forked workers then share, and hands every later one to the
workers at once, so that both cores work from the start. Documents come back in
input order, so an index is the same either way.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import Any, TypeVar

from index.aliases import AliasBook
from index.collector import BULK_THRESHOLDS
from index.engines.document import IndexDocument
from index.extract.namesake_towns import town_regions
from index.extract.speaker_sexes import pronoun_sexes
from index.extract.titled_surnames import given_name_sexes
from index.forked import tied_to
from index.read.articles import Article
from index.write.documents import article_document

T = TypeVar("T")
INLINE_ARTICLES = 300  # a run of fewer articles is built in-process
WARM_ARTICLES = 1  # built in-process before the workers of a long run are started
#: Tables extraction makes on first use that one article may not need, made before the
#: workers are started so that they share one copy instead of each making its own (the
#: given names' sexes take 0.13 s, the pronouns' table read from the same entries 0.01 s).
LAZY_TABLES = (given_name_sexes, pronoun_sexes, town_regions)
BATCH = 64  # articles sent to a worker at a time
IN_FLIGHT_PER_WORKER = 3  # batches each worker may be ahead of the writer
#: Environment variable naming how many document workers to start (default: one per core,
#: none on one core; see default_workers).
WORKERS_VARIABLE = "NEWS_SEARCH_INDEX_WORKERS"
#: The document worker's garbage-collector thresholds, those of a build
#: (:data:`index.collector.BULK_THRESHOLDS`). Extraction makes and drops hundreds of
#: small objects per article, few of them in cycles; collecting the youngest generation
#: every 10,000 allocations instead of 700 takes its collection time over Reuters from
#: ~0.5 s to ~0.2 s (bench/entities_eval.py).
WORKER_GC_THRESHOLDS = BULK_THRESHOLDS

_aliases = AliasBook()  # the worker's copy, set by _start


def build_documents(
    items: Iterable[tuple[Article, str, T]], aliases: AliasBook
) -> Iterator[tuple[Article, str, T, IndexDocument]]:
    """Each (article, content hash, anything) with the article's document."""
    items = iter(items)
    head = list(islice(items, INLINE_ARTICLES))  # read ahead: is the run a long one?
    workers = default_workers()
    inline = len(head) < INLINE_ARTICLES or workers < 1
    for article, digest, extra in chain(head, items) if inline else head[:WARM_ARTICLES]:
        yield article, digest, extra, article_document(article, digest, aliases)
    if not inline:
        yield from _in_worker(chain(head[WARM_ARTICLES:], items), aliases, workers)


def default_workers() -> int:
    """Document workers for a long run: NEWS_SEARCH_INDEX_WORKERS when set (0 builds
    in-process), else one per core, or none on one core. The writing process takes
    under half a worker's CPU time with tantivy (reading, hashing, handing documents
    over, adding them: 0.34 against 0.80 ms an article on Reuters, by perf), so it
    shares the cores with the workers: on two cores two
    workers index Reuters ~1.5x as fast as one (``python -m bench.workers``), and
    at 200,000 articles the three processes peak at ~950 MB of proportional set
    size (shared pages counted once; their summed RSS, which counts the gazetteer
    the workers share with the indexer once per process, is ~1.15 GB)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    chosen = os.environ.get(WORKERS_VARIABLE, "").strip()
    if chosen.isdigit():
        return int(chosen)
    return 0 if (cores or 1) < 2 else (cores or 1)


def _in_worker(
    items: Iterator[tuple[Article, str, T]], aliases: AliasBook, workers: int
) -> Iterator[tuple[Article, str, T, IndexDocument]]:
    context = multiprocessing.get_context("fork")
    for table in LAZY_TABLES:
        table()
    # What exists now (the gazetteer, about a million objects, above all) is kept for
    # the whole run: the cyclic collector stops walking it (about 5% of extraction
    # time) and the forked worker does not copy its pages by touching them.
    gc.freeze()
    # Ctrl-C is held back while the pool starts, so that the worker and the
    # pool's threads are born with it blocked; one pressed meanwhile arrives
    # inside the with block, which ends the pool.
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        start = (aliases, os.getpid())
        with context.Pool(workers, initializer=_start, initargs=start) as pool:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)
            pending: deque[tuple[list[tuple[Article, str, T]], Any]] = deque()
            while batch := list(islice(items, BATCH)):
                work = [(article, digest) for article, digest, _ in batch]
                pending.append((batch, pool.apply_async(_build_batch, (work,))))
                if len(pending) > IN_FLIGHT_PER_WORKER * workers:
                    yield from _collect(*pending.popleft())
            while pending:
                yield from _collect(*pending.popleft())
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _collect(
    batch: list[tuple[Article, str, T]], result: Any
) -> Iterator[tuple[Article, str, T, IndexDocument]]:
    documents = result.get()
    for (article, digest, extra), document in zip(batch, documents, strict=True):
        yield article, digest, extra, document


def tune_collector() -> None:
    """Set the document worker's garbage-collector thresholds (``WORKER_GC_THRESHOLDS``);
    the worker calls it on start, and so does the extraction benchmark."""
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


def _start(aliases: AliasBook, parent: int) -> None:
    """The worker's set-up. It ignores Ctrl-C (sent to the whole process group:
    the indexer reports it and ends the pool; a worker dying of it would be
    replaced by the pool, and the new one left behind). It dies with the
    indexer, and writes nothing: the traceback of a pipe broken by a killed
    indexer is not the user's business (an error building a document is sent
    back to the indexer)."""
    global _aliases
    _aliases = aliases
    tune_collector()
    if not tied_to(parent):
        os._exit(0)
    sys.stderr = open(os.devnull, "w")  # kept open for the worker's lifetime


def _build_batch(work: list[tuple[Article, str]]) -> list[IndexDocument]:
    # What the worker keeps from one batch to the next (the extraction memos, above all)
    # is left out of the cyclic collector's passes, as the parent's tables are before
    # the fork: its collections walked those objects again and again and never found a
    # cycle (extraction makes none, see index.collector). The batch before is gone by
    # now (pickled and sent back), so only what is kept is frozen.
    gc.freeze()
    return [article_document(article, digest, _aliases) for article, digest in work]
