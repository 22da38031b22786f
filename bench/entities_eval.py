"""Measure entity extraction on Reuters-21578: speed and document-level precision/recall.

Usage (from the repository root)::

    python bench/entities_eval.py [CORPUS.jsonl] [--limit N] [--text body|dateline]

``--text dateline`` (the default) extracts from "DATELINE - body", as an article would
read; ``body`` uses the body alone. Places are scored at country level: the countries of
the PLACE mentions against the article's place codes mapped to ISO codes. People are
scored by recall: a label ("james-baker", "reagan") is found when a PERSON mention has the
same name key as the whole label or its last word. Organisations likewise, with the codes
mapped to names through cat-descriptions_120396.txt.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.entities import PERSON, PLACE, Mention, extract_entities  # noqa: E402
from index.gazetteer import COUNTRY, load_gazetteer  # noqa: E402
from index.names import fold_name, name_key  # noqa: E402

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


def evaluate(corpus: Path, limit: int | None, with_dateline: bool) -> None:
    started = time.perf_counter()
    load_gazetteer()
    print(f"gazetteer load: {time.perf_counter() - started:.2f} s")
    orgs = org_names(corpus)
    counts: Counter[str] = Counter()
    misses: list[str] = []
    spurious: Counter[str] = Counter()
    elapsed, articles = 0.0, 0
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            text = f"{doc['dateline']} - {doc['body']}" if with_dateline else doc["body"]
            t0 = time.perf_counter()
            mentions = extract_entities(text)
            elapsed += time.perf_counter() - t0
            articles += 1
            score_doc(doc, mentions, orgs, counts, misses, spurious)
            if limit and articles >= limit:
                break
    print(f"{articles} articles in {elapsed:.1f} s: {articles / elapsed:.0f} articles/s")
    report(counts, misses, spurious)


def score_doc(doc: dict, mentions: list[Mention], orgs: dict[str, set[str]],
              counts: Counter[str], misses: list[str], spurious: Counter[str]) -> None:
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
    args = parser.parse_args()
    evaluate(args.corpus, args.limit, args.text == "dateline")


if __name__ == "__main__":
    main()
