"""Measure entity extraction on Reuters-21578: speed and document-level precision/recall.

Usage (from the repository root)::

    python bench/entities_eval.py [CORPUS.jsonl] [--limit N] [--text body|dateline] [--runs N]

``--text dateline`` (the default) extracts from "DATELINE - body", as an article would
read; ``body`` uses the body alone.

Speed: extraction alone, on one core, over the whole corpus, ``--runs`` times (default 5);
the median run is reported in articles/s by CPU time (``time.process_time``, steadier on a
shared machine) and by wall-clock time, after an untimed pass whose mentions are
scored. Every run starts cold: the extraction's memo caches
(``functools.lru_cache`` in index/) are cleared first, so a run costs what one indexing
pass over the corpus costs, not a second pass over text it has already seen. Objects that
exist once the gazetteer is loaded are frozen out of the cyclic garbage collector
(``gc.freeze``), as the indexer does before it forks its document worker, and the
collector's thresholds are the worker's (``index.write.builder.tune_collector``); so are the
benchmark's own records, texts and scored mentions, which a worker does not hold. As a
yardstick, the index's own text analysis (``index.analysis.tokens``: tokenise,
lower-case, fold, stem) is run over the same texts the same way, and extraction speed is
given as a ratio to it; tokenising title and body (what the index's text field holds) is
reported too.

Places are scored at country level: the countries of the PLACE mentions against the
article's place codes mapped to ISO codes. People are scored by recall: a label
("james-baker", "reagan") is found when a PERSON mention has the same name key as the
whole label or its last word. Organisations likewise, with the codes mapped to names
through cat-descriptions_120396.txt.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import re
import statistics
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.analysis import tokens  # noqa: E402
from index.extract.entities import extract_entities  # noqa: E402
from index.extract.gazetteer import COUNTRY, load_gazetteer  # noqa: E402
from index.extract.tagger import load_tagger  # noqa: E402
from index.names import fold_name, name_key  # noqa: E402
from index.records import PERSON, PLACE, Mention  # noqa: E402
from index.write.builder import tune_collector  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
PLACE_CODES = {"usa": "US", "uk": "GB", "ussr": "SU", "west-germany": "DE", "uae": "AE"}


def country_of_code(code: str) -> str | None:
    if code in PLACE_CODES:
        return PLACE_CODES[code]
    for candidate in load_gazetteer().candidates(fold_name(code.replace("-", " "))):
        if candidate.place.kind == COUNTRY:
            return candidate.place.cc
    return None


def org_names(corpus: Path) -> dict[str, set[str]]:
    """Org code -> acceptable name keys, from the category descriptions."""
    path = corpus.parent / "reuters21578_meta" / "cat-descriptions_120396.txt"
    keys: dict[str, set[str]] = {}
    if path.exists():
        text = path.read_text("latin-1")
        for name, code in re.findall(r"^(.+?) \(([A-Z][A-Z-]*)\)@\*", text, re.M):
            wanted = {name_key(name), name_key(code.split("-")[0])}
            keys.setdefault(code.lower(), set()).update(wanted)
    keys.setdefault("worldbank", set()).add(name_key("World Bank"))
    return keys


def found_person(label: str, mentions: list[Mention]) -> bool:
    wanted = {name_key(label.replace("-", " ")), name_key(label.split("-")[-1])}
    for m in mentions:
        if m.type == PERSON:
            words = m.name.split()
            if {m.entity_id, name_key(m.text), name_key(words[-1]) if words else ""} & wanted:
                return True
    return False


def evaluate(corpus: Path, limit: int | None, with_dateline: bool, runs: int) -> None:
    cpu, wall = time.process_time(), time.perf_counter()
    load_gazetteer()
    load_tagger()
    print(
        f"gazetteer and tagger model load: {time.process_time() - cpu:.2f} s CPU "
        f"({time.perf_counter() - wall:.2f} s wall)"
    )
    gc.freeze()  # as the indexer does before it forks its document worker (index.write.builder)
    tune_collector()  # the worker's collector thresholds
    docs = read_docs(corpus, limit)
    texts = [f"{d['dateline']} - {d['body']}" if with_dateline else d["body"] for d in docs]
    found = [extract_entities(text) for text in texts]  # untimed pass, for scoring
    # The benchmark's own data (records, texts, the mentions above) leaves the cyclic
    # collector too: the indexer's worker holds none of it, only one batch at a time.
    gc.freeze()

    def extract_all() -> None:
        clear_caches()
        deque(map(extract_entities, texts), maxlen=0)

    extract = timed_runs(extract_all, runs)
    tokenise = timed_runs(lambda: consume_tokens(texts), runs)
    both = [f"{d['title']}\n\n{d['body']}" for d in docs]
    title_body = timed_runs(lambda: consume_tokens(both), runs)
    n = len(texts)
    print(f"extraction alone, one core, median of {runs} runs over {n} articles:")
    print(
        f"  {n / extract[0]:.0f} articles/s by CPU time ({extract[0]:.2f} s), "
        f"{n / extract[1]:.0f} by wall clock ({extract[1]:.2f} s)"
    )
    print(
        f"tokenisation (index.analysis.tokens) of the same texts: "
        f"{n / tokenise[0]:.0f} articles/s by CPU time ({tokenise[0]:.2f} s);"
    )
    print(f"  of title and body instead: {n / title_body[0]:.0f} articles/s")
    print(
        f"extraction speed / tokenisation speed: {tokenise[0] / extract[0]:.2f} "
        f"(extraction takes {extract[0] / tokenise[0]:.1f}x the CPU time)"
    )
    orgs = org_names(corpus)
    counts: Counter[str] = Counter()
    misses: list[str] = []
    spurious: Counter[str] = Counter()
    for doc, mentions in zip(docs, found, strict=True):
        score_doc(doc, mentions, orgs, counts, misses, spurious)
    report(counts, misses, spurious)


def clear_caches() -> None:
    """Empty every bounded memo cache of the extraction modules (each run starts cold);
    the unbounded ones are the loaded tables (gazetteer, countries), kept."""
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("index."):
            for value in vars(module).values():
                if isinstance(value, functools._lru_cache_wrapper) and (
                    value.cache_parameters()["maxsize"] is not None
                ):
                    value.cache_clear()


def read_docs(corpus: Path, limit: int | None) -> list[dict]:
    with corpus.open(encoding="utf-8") as lines:
        docs = [json.loads(line) for line in lines]
    return docs[:limit] if limit else docs


def timed_runs(work: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median CPU and wall-clock seconds of ``runs`` calls of ``work``."""
    cpu, wall = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        work()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return statistics.median(cpu), statistics.median(wall)


def consume_tokens(texts: Iterable[str]) -> None:
    for text in texts:
        deque(tokens(text), maxlen=0)


def score_doc(
    doc: dict,
    mentions: list[Mention],
    orgs: dict[str, set[str]],
    counts: Counter[str],
    misses: list[str],
    spurious: Counter[str],
) -> None:
    gold = {c for c in map(country_of_code, doc["places"]) if c}
    predicted = {m.country for m in mentions if m.type == PLACE and m.country}
    counts["place_tp"] += len(gold & predicted)
    counts["place_fp"] += len(predicted - gold)
    counts["place_fn"] += len(gold - predicted)
    countries = load_gazetteer().countries
    for cc in predicted - gold:
        spurious.update(m.text for m in mentions if m.country == cc)
        named = cc in countries and any(
            m.country == cc and m.entity_id == countries[cc].entity_id for m in mentions
        )
        counts["place_fp_named"] += named
    if gold - predicted and len(misses) < 12:
        misses.append(f"  #{doc['id']} missed {sorted(gold - predicted)}: {doc['body'][:90]!r}")
    for label in doc["people"]:
        counts["person_gold"] += 1
        counts["person_found"] += found_person(label, mentions)
    org_keys = {m.entity_id for m in mentions} | {name_key(m.text) for m in mentions}
    for label in doc["orgs"]:
        counts["org_gold"] += 1
        counts["org_found"] += bool(orgs.get(label, {name_key(label)}) & org_keys)


def report(counts: Counter[str], misses: list[str], spurious: Counter[str]) -> None:
    tp, fp, fn = counts["place_tp"], counts["place_fp"], counts["place_fn"]
    print(f"{'type':8} {'precision':>9} {'recall':>7} {'gold':>6}")
    print(f"{'PLACE':8} {tp / max(1, tp + fp):9.3f} {tp / max(1, tp + fn):7.3f} {tp + fn:6}")
    unnamed = fp - counts["place_fp_named"]
    named_precision = tp / max(1, tp + unnamed)
    print(f"  precision counting a country named outright as right: {named_precision:.3f}")
    for kind in ("person", "org"):
        gold = counts[f"{kind}_gold"]
        print(f"{kind.upper():8} {'-':>9} {counts[f'{kind}_found'] / max(1, gold):7.3f} {gold:6}")
    print("typical place misses:")
    print("\n".join(misses))
    print("most frequent surfaces giving a wrong country:", spurious.most_common(25))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--text", choices=("body", "dateline"), default="dateline")
    parser.add_argument("--runs", type=int, default=5, help="timed runs (median reported)")
    args = parser.parse_args()
    evaluate(args.corpus, args.limit, args.text == "dateline", max(1, args.runs))


if __name__ == "__main__":
    main()
