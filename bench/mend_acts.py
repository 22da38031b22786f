"""What each mend of entity extraction costs an article, and how often it changes anything.

Usage (from the repository root)::

    python bench/mend_acts.py [CORPUS.jsonl] [--start N] [--limit N] [--repeats N]

Each text is the article as the indexer hands it to extraction (dateline, title and
body joined: ``index.write.documents.mentions``). Extraction runs once over all of them
(to warm the memos, as a long build's worker is), then each text is recognised and the
mends (``entities.MENDS``) applied in turn; a mend *acts* on an article when its output
differs from its input. Then each mend is timed alone, in CPU time, over the inputs it
met, best of ``--repeats``. Printed: each mend's microseconds an article and the articles
it acted on, dearest first, with the sum and ``recognise``'s own time for scale. A mend
that costs much and never acts is where a cheap test of its own, asked first, may pay;
but the test must cost less than the pass it spares (bench/RESULTS.md, stop 46).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import index.extract.entities as entities_module  # noqa: E402
from bench.entities_eval import DEFAULT_CORPUS  # noqa: E402
from index.extract.recognise import recognise  # noqa: E402
from index.passages import PARAGRAPH_SEPARATOR  # noqa: E402
from index.read.records import read_jsonl  # noqa: E402
from index.records import Mention  # noqa: E402

Mend = Callable[[list[Mention], str], list[Mention]]


def read_texts(corpus: Path, start: int, limit: int) -> list[str]:
    """The extraction texts of articles ``start`` .. ``start + limit`` of the corpus."""
    articles = itertools.islice(read_jsonl(corpus, corpus.name, print), start, start + limit)
    return [
        PARAGRAPH_SEPARATOR.join(part for part in (a.dateline, a.title, a.body) if part)
        for a in articles
    ]


def mend_inputs(texts: list[str]) -> tuple[dict[Mend, list[tuple[list[Mention], str]]], Counter]:
    """Each mend's inputs over ``texts``, and the articles each acted on."""
    inputs: dict[Mend, list[tuple[list[Mention], str]]] = {m: [] for m in entities_module.MENDS}
    acts: Counter = Counter()
    for text in texts:
        mentions = recognise(text)
        for mend in entities_module.MENDS:
            inputs[mend].append((mentions, text))
            mended = mend(mentions, text)
            acts[mend] += mended != mentions
            mentions = mended
    return inputs, acts


def best_time(mend: Mend, inputs: list[tuple[list[Mention], str]], repeats: int) -> float:
    """The least CPU seconds of ``repeats`` passes of ``mend`` over ``inputs``."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        for mentions, text in inputs:
            mend(mentions, text)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    texts = read_texts(args.corpus, args.start, args.limit)
    for text in texts:
        entities_module.extract_entities(text)
    started = time.process_time()
    inputs, acts = mend_inputs(texts)
    print(f"{len(texts)} articles; recognise and mends once: {time.process_time() - started:.1f} s")
    costs = {mend: best_time(mend, inputs[mend], args.repeats) for mend in inputs}
    each = 1e6 / len(texts)
    print(f"mends: {sum(costs.values()) * each:.1f} us an article")
    for mend, cost in sorted(costs.items(), key=lambda item: -item[1]):
        label = f"{mend.__module__.rpartition('.')[2]}.{mend.__name__}"
        print(f"{label:52s} {cost * each:7.1f} us  acts on {acts[mend]}")


if __name__ == "__main__":
    main()
