"""Quote search tolerance: is the quotation an editor half remembers found?

Scores ``search --quote`` on the paraphrase set (tests/data/quote_paraphrases.jsonl,
rules in tests/data/quote_paraphrases.md): each paraphrase is 3 or 4 word edits
from a quotation of the labelled articles (tests/data/quotes_labelled.jsonl). The
labelled articles are indexed, with the Reuters corpus beside them as distractors
when ``--haystack reuters`` is given (read from ../shared/corpora), and every
paraphrase is searched in-process with a warm searcher. A paraphrase is found
when one of the first 3 results is its source: a result from the source article
whose printed words hold at least half of the source quotation's words.

Reports, per part (development and test), how many are found first and in the
top 3, and the median and p95 latency (wall clock and CPU time: the machine is
shared). Misses are listed for the development part only: the test part is
scored, never studied.

    python -m bench.quote_paraphrase_eval [--haystack none|reuters] [--index DIR]
                                          [--part dev|test|both] [--misses]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
REUTERS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
TOP = 3
TARGET = 0.9


@dataclass(frozen=True)
class Paraphrase:
    text: str
    article: str  # the id the labelled article is indexed under
    quote: str  # the source quotation as printed
    part: str  # "dev" or "test"


@dataclass(frozen=True)
class Outcome:
    paraphrase: Paraphrase
    rank: int | None  # 1-based rank of the source among the results, None when not found
    wall_ms: float
    cpu_ms: float
    shown: tuple[str, ...]  # the first results, "article: text", for the misses list


def article_id(line: int) -> str:
    return f"labelled-{line:02d}"


def load_paraphrases(path: Path = DATA / "quote_paraphrases.jsonl") -> list[Paraphrase]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [
        Paraphrase(r["paraphrase"], article_id(r["article"]), r["quote"], r["part"])
        for r in records
    ]


def write_articles(folder: Path, labelled: Path = DATA / "quotes_labelled.jsonl") -> Path:
    """The labelled articles as JSON Lines records the indexer reads."""
    target = folder / "labelled.jsonl"
    lines = labelled.read_text(encoding="utf-8").splitlines()
    with target.open("w", encoding="utf-8") as out:
        for line, raw in enumerate(lines):
            text = json.loads(raw)["text"]
            record = {"id": article_id(line), "title": f"Labelled article {line}", "body": text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def build_index(index_dir: Path, paths: Sequence[Path]) -> None:
    from search.cli import index_command

    try:
        index_command.main(
            [*map(str, paths), "--index", str(index_dir), "--quiet"], prog_name="search-index"
        )
    except SystemExit as done:
        if done.code:
            raise SystemExit(f"indexing failed with exit code {done.code}") from None


def is_source(hit: Any, paraphrase: Paraphrase) -> bool:
    """Whether a result is the paraphrase's source quotation: the same article,
    holding at least half of the quotation's words."""
    from search.wording import words

    if hit.article_id != paraphrase.article:
        return False
    wanted = Counter(words(paraphrase.quote))
    shared = sum((wanted & Counter(words(hit.text))).values())
    return 2 * shared >= sum(wanted.values())


def score(store: Any, paraphrase: Paraphrase) -> Outcome:
    from search.models import Filters
    from search.quotes import find_quotes

    started, used = time.perf_counter(), time.process_time()
    response = find_quotes(store, paraphrase.text, Filters(), 10)
    wall, cpu = time.perf_counter() - started, time.process_time() - used
    rank = next((n for n, hit in enumerate(response.hits, 1) if is_source(hit, paraphrase)), None)
    shown = tuple(f"{h.article_id}: {h.text!r} ({h.closeness})" for h in response.hits[:TOP])
    return Outcome(paraphrase, rank, 1000 * wall, 1000 * cpu, shown)


def report(part: str, outcomes: list[Outcome], misses: bool) -> list[str]:
    found = sum(1 for o in outcomes if o.rank is not None and o.rank <= TOP)
    first = sum(1 for o in outcomes if o.rank == 1)
    n = len(outcomes)
    share = found / n if n else 0.0
    verdict = "met" if share >= TARGET else "missed"
    lines = [
        f"{part}: {n} paraphrases; source first {first}/{n}, in the top {TOP} {found}/{n} "
        f"({100 * share:.1f}%; target {100 * TARGET:.0f}%: {verdict})"
    ]
    for label, values in (
        ("wall", [o.wall_ms for o in outcomes]),
        ("CPU", [o.cpu_ms for o in outcomes]),
    ):
        values = sorted(values)
        if values:
            p95 = values[int(0.95 * (len(values) - 1))]
            lines.append(f"  {label}: median {statistics.median(values):.1f} ms, p95 {p95:.1f} ms")
    if misses and part == "dev":
        for o in outcomes:
            if o.rank is None or o.rank > TOP:
                lines.append(f"  miss (rank {o.rank}): {o.paraphrase.text!r}")
                lines.append(f"    source {o.paraphrase.article}: {o.paraphrase.quote!r}")
                lines.extend(f"    got {shown}" for shown in o.shown)
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--haystack", choices=["none", "reuters"], default="reuters")
    parser.add_argument("--index", type=Path, help="index to build, or reuse when it exists")
    parser.add_argument("--part", choices=["dev", "test", "both"], default="dev")
    parser.add_argument("--misses", action="store_true", help="list the development misses")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from search.quotes import quote_search
    from search.store import index_exists, open_store

    with tempfile.TemporaryDirectory(prefix="quote-eval-") as scratch:
        index_dir = args.index or Path(scratch) / "index"
        if not index_exists(index_dir):
            paths = [write_articles(Path(scratch))]
            if args.haystack == "reuters":
                if not REUTERS.exists():
                    raise SystemExit(f"no Reuters corpus at {REUTERS}: use --haystack none")
                paths.append(REUTERS)
            build_index(index_dir, paths)
        store = open_store(index_dir)
        quote_search(store, "warm up the searcher", None, None, 10)
        parts = ["dev", "test"] if args.part == "both" else [args.part]
        paraphrases = load_paraphrases()
        print(f"Quote search on {len(paraphrases)} paraphrases, index {index_dir}")
        for part in parts:
            outcomes = [score(store, p) for p in paraphrases if p.part == part]
            print("\n".join(report(part, outcomes, args.misses)))
        store.close()


if __name__ == "__main__":
    main()
