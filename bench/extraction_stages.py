"""Where entity extraction spends its CPU time, stage by stage, without a profiler.

Usage (from the repository root)::

    python bench/extraction_stages.py [CORPUS.jsonl] [--limit N] [--runs N]

cProfile charges every Python call, so it inflates the many small functions of the
tagger and the rules (a stage of many calls looks two or three times its size). Here
the whole of :func:`index.extract.entities.extract_entities` runs: each stage of
:func:`index.extract.recognise.recognise` is timed as a whole with
``time.perf_counter`` (about 85 timed calls an article; that timer costs under a
microsecond, whereas ``time.process_time`` is a system call of about 11 us here, which
would swamp the tagger's per-run stages), and so is each of the mends that follow it
(``entities.MENDS``; their sum is shown with the largest under it). The texts are
"DATELINE - body", as ``entities_eval.py`` extracts them; each run starts cold
(``entities_eval.clear_caches``) after the same loading and collector set-up. Nested
stages are indented under the stage that calls them. The CRFsuite call is timed inside
the tagger's run labelling, which runs only when its memo misses. The whole run is
timed by CPU time too; a stage's share is of the run's clock time, and its milliseconds
are that share of the CPU time per article. Shares are medians of ``--runs`` runs; on a
shared machine the absolute figures vary with the load, the shares much less.

The stages are wrapped where ``extract_entities``, ``recognise`` and the tagger look
them up (module attributes), so the output of extraction is unchanged; the wrappers are
removed at the end.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from time import perf_counter
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import index.extract.entities as entities_module  # noqa: E402
import index.extract.recognise as recognise_module  # noqa: E402
import index.extract.rules as rules_module  # noqa: E402
import index.extract.tagger as tagger_module  # noqa: E402
import index.extract.vetting as vetting_module  # noqa: E402
from bench.entities_eval import DEFAULT_CORPUS, clear_caches, read_docs  # noqa: E402
from index.extract.gazetteer import load_gazetteer  # noqa: E402
from index.write.builder import tune_collector  # noqa: E402

#: (depth, label, module, attribute): what is timed, where it is looked up.
STAGES: list[tuple[int, str, Any, str]] = [
    (0, "recognise (recognise.recognise)", entities_module, "recognise"),
    (1, "rules: segments and classification", recognise_module, "classify"),
    (2, "segments (chunks.find_segments)", rules_module, "find_segments"),
    (1, "tagger (vetting.tag_for_vetting)", recognise_module, "tag_for_vetting"),
    (2, "tokens (tagger.read_text)", vetting_module, "read_text"),
    (2, "runs (tagger.runs)", vetting_module, "runs"),
    (2, "run names (tagger.run_names)", vetting_module, "run_names"),
    (3, "features (window_features, memo misses)", tagger_module, "window_features"),
    (1, "vetting (vetting.vet)", recognise_module, "vet"),
    (1, "merge (recognise.merge)", recognise_module, "merge"),
    (1, "linking (linking.link)", recognise_module, "link"),
]
CRFSUITE = "CRFsuite calls (memo misses)"
MENDS = "mends (entities.MENDS)"
#: How many of the mends are listed one by one under their sum, largest first.
LARGEST_MENDS = 5


def _mend_label(mend: Callable[..., Any]) -> str:
    return f"{mend.__module__.rpartition('.')[2]}.{mend.__name__}"


class _TimedTagger:
    """A CRFsuite tagger whose ``tag`` calls are timed into ``spent``."""

    def __init__(self, tagger: Any, spent: dict[str, float]) -> None:
        self.tagger, self.spent = tagger, spent

    def tag(self, features: list[list[str]]) -> list[str]:
        start = perf_counter()
        try:
            return list(self.tagger.tag(features))
        finally:
            self.spent[CRFSUITE] += perf_counter() - start


def _timed(function: Callable[..., Any], label: str, spent: dict[str, float]) -> Any:
    def wrapper(*args: Any) -> Any:
        start = perf_counter()
        try:
            return function(*args)
        finally:
            spent[label] += perf_counter() - start

    return wrapper


@contextmanager
def timing(spent: dict[str, float]) -> Iterator[None]:
    """Every stage of :data:`STAGES` and the CRFsuite call timed into ``spent``."""
    saved = [(module, name, getattr(module, name)) for _, _, module, name in STAGES]
    tagger = tagger_module.load_tagger()
    saved.append((tagger_module, "load_tagger", tagger_module.load_tagger))
    saved.append((entities_module, "MENDS", entities_module.MENDS))
    try:
        for _, label, module, name in STAGES:
            setattr(module, name, _timed(getattr(module, name), label, spent))
        entities_module.MENDS = tuple(
            _timed(mend, _mend_label(mend), spent) for mend in entities_module.MENDS
        )
        timed_tagger = _TimedTagger(tagger, spent)
        tagger_module.load_tagger = lambda: timed_tagger  # type: ignore[assignment]
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


def profile(texts: list[str], runs: int) -> tuple[list[float], list[dict[str, float]]]:
    """CPU seconds of each of ``runs`` cold runs, and each stage's share of its clock
    time."""
    totals, shares = [], []
    mends = [_mend_label(mend) for mend in entities_module.MENDS]
    for _ in range(runs):
        labels = [label for _, label, _, _ in STAGES] + [CRFSUITE, *mends]
        spent = dict.fromkeys(labels, 0.0)
        clear_caches()
        with timing(spent):
            cpu, clock = time.process_time(), perf_counter()
            for text in texts:
                entities_module.extract_entities(text)
            clock = perf_counter() - clock
            totals.append(time.process_time() - cpu)
        share = {label: seconds / clock for label, seconds in spent.items()}
        share[MENDS] = sum(share[label] for label in mends)
        shares.append(share)
    return totals, shares


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: no such corpus; give the path of a Reuters JSONL file")
    load_gazetteer()
    tagger_module.load_tagger()
    gc.freeze()
    tune_collector()
    docs = read_docs(args.corpus, args.limit)
    texts = [f"{d['dateline']} - {d['body']}" for d in docs]
    entities_module.extract_entities(texts[0])  # imports and tables in place
    gc.freeze()
    totals, shares = profile(texts, args.runs)
    total = statistics.median(totals)
    n = len(texts)
    print(f"{n} articles, median of {args.runs} cold runs: {total * 1000 / n:.3f} ms CPU each")
    depth = {label: d for d, label, _, _ in STAGES}
    order = list(depth)
    order.insert(order.index(STAGES[7][1]) + 1, CRFSUITE)
    depth[CRFSUITE] = 3
    mends = {_mend_label(mend) for mend in entities_module.MENDS}
    largest = sorted(mends, key=lambda label: -statistics.median(s[label] for s in shares))
    order += [MENDS, *largest[:LARGEST_MENDS]]
    depth |= {MENDS: 0} | dict.fromkeys(largest, 1)
    for label in order:
        share = statistics.median(s[label] for s in shares)
        indent = "  " * depth[label]
        width = 52 - len(indent)
        print(f"{indent}{label:<{width}} {share * total * 1000 / n:7.3f} ms {share:6.1%}")


if __name__ == "__main__":
    main()
