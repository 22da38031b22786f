"""The memo caches of indexing: how full, how often hit, and how much memory each holds.

    python -m bench.caches [CORPUS.jsonl] [--limit N] [--no-memory]

Builds the index document of each article in-process (``article_document``, what a
document worker does, after the gazetteer is loaded, frozen and the collector tuned
as in the worker), then prints, for each bounded ``functools.lru_cache`` of the
modules of index/ and search/: its maxsize, entries, hits, misses and hit rate, and
the memory that emptying it frees (tracemalloc, started once the gazetteer is
loaded: the bytes of its keys and values no other object holds, and of its own
links). Tracing makes the pass ~2-3x slower; --no-memory skips it.

    python -m bench.caches [CORPUS.jsonl] --sizes 1024,4096,16384

records instead the calls of each cache (no tracing) and prints the hit rate an LRU
cache of each size would have had on them, the mean CPU time of a miss, and the CPU
seconds each size would add over the pass (its extra misses at that mean).
"""

from __future__ import annotations

import argparse
import functools
import gc
import sys
import time
import tracemalloc
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import corpus as corpora
from index.aliases import AliasBook
from index.extract.gazetteer import load_gazetteer
from index.extract.tagger import load_tagger
from index.read.articles import read_articles
from index.write.builder import tune_collector
from index.write.documents import article_document

MB = 1024 * 1024


@dataclass(frozen=True)
class CacheFigures:
    name: str
    maxsize: int
    entries: int
    hits: int
    misses: int
    freed_bytes: int | None

    @property
    def hit_rate(self) -> float:
        calls = self.hits + self.misses
        return self.hits / calls if calls else 0.0


def bounded_caches() -> Iterator[tuple[str, Any]]:
    """(module.function, cache) of each bounded lru_cache of the loaded index and
    search modules, once each (a function imported elsewhere is seen again)."""
    seen: set[int] = set()
    for name, module in sorted(sys.modules.items()):
        if not name.startswith(("index.", "search.")):
            continue
        for attr, value in vars(module).items():
            if not isinstance(value, functools._lru_cache_wrapper) or id(value) in seen:
                continue
            if value.cache_parameters()["maxsize"] is None:
                continue
            seen.add(id(value))
            yield f"{value.__module__}.{getattr(value, '__qualname__', attr)}", value


def build_all(corpus: Path, limit: int) -> tuple[int, float]:
    """Build every document of corpus (the first limit, if any); articles and CPU seconds."""
    aliases, count = AliasBook(), 0
    started = time.process_time()
    for article in read_articles([corpus], lambda _problem: None):
        article_document(article, "0" * 32, aliases)
        count += 1
        if count == limit:
            break
    return count, time.process_time() - started


def measure(memory: bool) -> list[CacheFigures]:
    """The figures of every bounded cache; with memory, each is emptied (largest first
    by entries) and the traced bytes it frees recorded."""
    found = []
    caches = sorted(bounded_caches(), key=lambda item: -item[1].cache_info().currsize)
    for name, cache in caches:
        info = cache.cache_info()
        freed = None
        if memory:
            gc.collect()
            before = tracemalloc.get_traced_memory()[0]
            cache.cache_clear()
            gc.collect()
            freed = before - tracemalloc.get_traced_memory()[0]
        found.append(CacheFigures(name, info.maxsize, info.currsize, info.hits, info.misses, freed))
    return found


def print_figures(found: list[CacheFigures]) -> None:
    print(f"{'cache':58} {'maxsize':>8} {'entries':>8} {'hit rate':>8} {'misses':>9} {'MB':>6}")
    for f in sorted(found, key=lambda f: -(f.freed_bytes or f.entries)):
        mb = "-" if f.freed_bytes is None else f"{f.freed_bytes / MB:.1f}"
        print(
            f"{f.name:58} {f.maxsize:>8,} {f.entries:>8,} {f.hit_rate:>8.1%} {f.misses:>9,} {mb:>6}"
        )
    freed = sum(f.freed_bytes or 0 for f in found)
    print(f"{len(found)} caches, {sum(f.entries for f in found):,} entries, {freed / MB:.1f} MB")


class _Recorder:
    """Stands for one cache wherever a module holds it: logs each call's key (as a
    small integer) and times its misses."""

    def __init__(self, cache: Any) -> None:
        self.cache, self.keys, self.calls = cache, {}, []  # type: ignore[var-annotated]
        self.miss_seconds = 0.0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        key = (args, tuple(sorted(kwargs.items()))) if kwargs else args
        self.calls.append(self.keys.setdefault(key, len(self.keys)))
        misses, started = self.cache.cache_info().misses, time.process_time()
        value = self.cache(*args, **kwargs)
        if self.cache.cache_info().misses > misses:
            self.miss_seconds += time.process_time() - started
        return value


def install_recorders() -> dict[str, _Recorder]:
    """A recorder in place of each bounded cache, in every module that holds it."""
    recorders = {name: _Recorder(cache) for name, cache in bounded_caches()}
    by_cache = {id(r.cache): r for r in recorders.values()}
    for name, module in list(sys.modules.items()):
        if name.startswith(("index.", "search.")):
            for attr, value in list(vars(module).items()):
                if id(value) in by_cache:
                    setattr(module, attr, by_cache[id(value)])
    return recorders


def lru_hits(calls: list[int], size: int) -> int:
    """Hits an LRU cache of size would have had on calls."""
    held: OrderedDict[int, None] = OrderedDict()
    hits = 0
    for key in calls:
        if key in held:
            hits += 1
            held.move_to_end(key)
        else:
            held[key] = None
            if len(held) > size:
                held.popitem(last=False)
    return hits


def print_simulation(recorders: dict[str, _Recorder], sizes: list[int]) -> None:
    print(f"{'cache':46} {'calls':>9} {'miss us':>8} " + " ".join(f"{n:>14,}" for n in sizes))
    for name, r in sorted(recorders.items(), key=lambda item: -len(item[1].calls)):
        misses = r.cache.cache_info().misses
        if not r.calls or r.cache.cache_parameters()["maxsize"] < 64:
            continue
        per_miss = r.miss_seconds / misses if misses else 0.0
        actual = lru_hits(r.calls, r.cache.cache_parameters()["maxsize"])
        cells = []
        for size in sizes:
            hits = lru_hits(r.calls, size)
            cells.append(f"{hits / len(r.calls):6.1%} {(actual - hits) * per_miss:+6.2f}s")
        print(f"{name:46} {len(r.calls):>9,} {per_miss * 1e6:>8.1f} " + " ".join(cells))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.caches", description=__doc__)
    p.add_argument("corpus", type=Path, nargs="?", default=corpora.REUTERS)
    p.add_argument("--limit", type=int, default=0, help="first N articles (0: all)")
    p.add_argument("--no-memory", action="store_true", help="no tracemalloc")
    p.add_argument("--sizes", help="comma-separated cache sizes to simulate")
    args = p.parse_args(argv)
    load_gazetteer()
    load_tagger()
    gc.freeze()  # as the indexer does before it forks its document workers
    tune_collector()
    if args.sizes:
        recorders = install_recorders()
        count, cpu = build_all(args.corpus, args.limit)
        print(f"{count:,} documents built in {cpu:.1f} s CPU (recording calls)")
        print_simulation(recorders, [int(n) for n in args.sizes.split(",")])
        return 0
    if not args.no_memory:
        tracemalloc.start()
    count, cpu = build_all(args.corpus, args.limit)
    traced = tracemalloc.get_traced_memory()[0] if not args.no_memory else 0
    print(f"{count:,} documents built in {cpu:.1f} s CPU; {traced / MB:.1f} MB traced since")
    print_figures(measure(not args.no_memory))
    return 0


if __name__ == "__main__":
    sys.exit(main())
