"""Where entity extraction spends its CPU time, stage by stage, without a profiler.

Usage (from the repository root)::

    python bench/extraction_stages.py [CORPUS.jsonl] [--limit N] [--runs N]

cProfile charges every Python call, so it inflates the many small functions of the
tagger and the rules (a stage of many calls looks two or three times its size). Here
each stage of :func:`index.extract.recognise.recognise` is timed as a whole with
``time.process_time`` (a few timer calls per article and per tagger run, under 2% of
the total), over "DATELINE - body" texts as ``entities_eval.py`` extracts them, each run
starting cold (``entities_eval.clear_caches``) after the same loading and collector
set-up. Nested stages are indented under the stage that calls them; a share is of the
whole extraction. The CRFsuite call is timed inside the tagger's run labelling, which
is timed only when its memo misses. Shares are medians of ``--runs`` runs; on a shared
machine the absolute figures vary with the load, the shares much less.

The stages are wrapped where ``recognise`` and the tagger look them up (module
attributes), so the output of extraction is unchanged; the wrappers are removed at the
end.
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import index.extract.recognise as recognise_module  # noqa: E402
import index.extract.rules as rules_module  # noqa: E402
import index.extract.tagger as tagger_module  # noqa: E402
import index.extract.vetting as vetting_module  # noqa: E402
from bench.entities_eval import DEFAULT_CORPUS, clear_caches, read_docs  # noqa: E402
from index.extract.gazetteer import load_gazetteer  # noqa: E402
from index.write.builder import tune_collector  # noqa: E402

#: (depth, label, module, attribute): what is timed, where it is looked up.
STAGES: list[tuple[int, str, Any, str]] = [
    (0, "rules: segments and classification", recognise_module, "classify"),
    (1, "segments (chunks.find_segments)", rules_module, "find_segments"),
    (0, "tagger (vetting.tag_for_vetting)", recognise_module, "tag_for_vetting"),
    (1, "tokens (tagger.read_text)", vetting_module, "read_text"),
    (1, "runs (tagger.runs)", vetting_module, "runs"),
    (1, "run names (tagger.run_names)", vetting_module, "run_names"),
    (2, "features (window_features, memo misses)", tagger_module, "window_features"),
    (0, "vetting (vetting.vet)", recognise_module, "vet"),
    (0, "merge (recognise.merge)", recognise_module, "merge"),
    (0, "linking (linking.link)", recognise_module, "link"),
]
CRFSUITE = "CRFsuite calls (memo misses)"


class _TimedTagger:
    """A CRFsuite tagger whose ``tag`` calls are timed into ``spent``."""

    def __init__(self, tagger: Any, spent: dict[str, float]) -> None:
        self.tagger, self.spent = tagger, spent

    def tag(self, features: list[list[str]]) -> list[str]:
        start = time.process_time()
        try:
            return list(self.tagger.tag(features))
        finally:
            self.spent[CRFSUITE] += time.process_time() - start


def _timed(function: Callable[..., Any], label: str, spent: dict[str, float]) -> Any:
    def wrapper(*args: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args)
        finally:
            spent[label] += time.process_time() - start

    return wrapper


@contextmanager
def timing(spent: dict[str, float]) -> Iterator[None]:
    """Every stage of :data:`STAGES` and the CRFsuite call timed into ``spent``."""
    saved = [(module, name, getattr(module, name)) for _, _, module, name in STAGES]
    tagger = tagger_module.load_tagger()
    saved.append((tagger_module, "load_tagger", tagger_module.load_tagger))
    try:
        for _, label, module, name in STAGES:
            setattr(module, name, _timed(getattr(module, name), label, spent))
        timed_tagger = _TimedTagger(tagger, spent)
        tagger_module.load_tagger = lambda: timed_tagger  # type: ignore[assignment]
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


def profile(texts: list[str], runs: int) -> tuple[list[float], list[dict[str, float]]]:
    """Total CPU seconds and per-stage CPU seconds of each of ``runs`` cold runs."""
    totals, stages = [], []
    for _ in range(runs):
        spent = dict.fromkeys([label for _, label, _, _ in STAGES] + [CRFSUITE], 0.0)
        clear_caches()
        with timing(spent):
            start = time.process_time()
            for text in texts:
                recognise_module.recognise(text)
            totals.append(time.process_time() - start)
        stages.append(spent)
    return totals, stages


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
    recognise_module.recognise(texts[0])  # imports and tables in place
    gc.freeze()
    totals, stages = profile(texts, args.runs)
    total = statistics.median(totals)
    n = len(texts)
    print(f"{n} articles, median of {args.runs} cold runs: {total * 1000 / n:.3f} ms CPU each")
    depth = {label: d for d, label, _, _ in STAGES}
    order = list(depth)
    order.insert(order.index(STAGES[6][1]) + 1, CRFSUITE)
    depth[CRFSUITE] = 2
    for label in order:
        seconds = statistics.median(s[label] for s in stages)
        indent = "  " * depth[label]
        width = 52 - len(indent)
        print(f"{indent}{label:<{width}} {seconds * 1000 / n:7.3f} ms {seconds / total:6.1%}")


if __name__ == "__main__":
    main()
