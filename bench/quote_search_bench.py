"""Quote search on a real index: latency and whether the source is found.

Takes quotations stored in the index (full ones, 8 to --longest words), garbles
each the way memory does, --edits times (a word dropped, a word changed, two
words swapped, a contraction; with --forms also a word in another form, "dlrs"
for "dollars", "20" for "twenty", "organize" for "organise", and a word replaced
by an unrelated one), searches for it in-process with a warm searcher, and
reports the median and p95 latency (wall clock and CPU time: the machine is
shared) and how often the article that printed it comes first or in the top 5
(shown, or listed as a later printing of the result).

    python bench/quote_search_bench.py --index DIR [--quotes 60] [--seed 7]
                                       [--edits 1] [--forms] [--longest 40]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from search.quotes import quote_search, words
from search.store import open_store

SWAPS = {"said": "stated", "will": "would", "not": "never", "the": "a", "is": "was"}
KINDS = ["drop", "change", "swap", "contract"]
# --forms: a word written in another form, and a word replaced by another.
FORMS = {"dollars": "dlrs", "million": "mln", "billion": "bln", "percent": "pct", "cents": "cts"}
FORMS.update({short: full for full, short in FORMS.items()})
NUMBERS = "zero one two three four five six seven eight nine ten eleven twelve".split()
FILLERS = ["really", "things", "people", "money", "work", "time", "country", "market"]


def garble(text: str, rng: random.Random, edits: int = 1, forms: bool = False) -> str:
    """text with `edits` of the changes memory makes, one after another."""
    for _ in range(edits):
        text = garble_once(text, rng, forms)
    return text


def other_form(word: str) -> str:
    """The same word written otherwise: wire abbreviation, digits or words, -ise/-ize."""
    if word in FORMS:
        return FORMS[word]
    if word.isdigit() and int(word) < len(NUMBERS):
        return NUMBERS[int(word)]
    if word in NUMBERS:
        return str(NUMBERS.index(word))
    for a, b in (("ise", "ize"), ("ize", "ise"), ("our", "or")):
        if word.endswith(a) and len(word) > 5:
            return word[: -len(a)] + b
    return word[:-1] if word.endswith("s") else word + "s"


def garble_once(text: str, rng: random.Random, forms: bool = False) -> str:
    found = words(text)
    kind = rng.choice(KINDS + ["form", "replace"] if forms else KINDS)
    k = rng.randrange(len(found))
    if kind == "form":
        shaped = [n for n, w in enumerate(found) if other_form(w) != w + "s"] or [k]
        k = rng.choice(shaped)
        found[k] = other_form(found[k])
    elif kind == "replace":
        found[k] = rng.choice(FILLERS)
    elif kind == "drop":
        del found[k]
    elif kind == "change":
        found[k] = SWAPS.get(found[k], found[k] + "s")
    elif kind == "swap" and k + 1 < len(found):
        found[k], found[k + 1] = found[k + 1], found[k]
    else:
        text = text.replace("do not", "don't").replace("will not", "won't")
        return text
    return " ".join(found)


def sample_quotes(
    store: object, count: int, rng: random.Random, longest: int = 40
) -> list[tuple[str, str]]:
    searcher = store.searcher  # type: ignore[attr-defined]
    pool = []
    for fields in searcher.all_stored_fields():
        for _start, _end, text, _speaker, _sid, _verb, partial in fields.get("quotes") or ():
            if not partial and 8 <= len(words(text)) <= longest:
                pool.append((fields["id"], text))
    return rng.sample(pool, min(count, len(pool)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--quotes", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--edits", type=int, default=1, help="changes made to each quotation")
    parser.add_argument("--forms", action="store_true", help="also other forms, other words")
    parser.add_argument("--longest", type=int, default=40, help="words in the longest quotation")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    store = open_store(args.index)
    quotes = sample_quotes(store, args.quotes, rng, args.longest)
    quote_search(store, "warm up the searcher", None, None, 10)
    times, cpu, first, top5 = [], [], 0, 0
    for article_id, text in quotes:
        typed = garble(text, rng, args.edits, args.forms)
        started, used = time.perf_counter(), time.process_time()
        response = quote_search(store, typed, None, None, 10)
        times.append(1000 * (time.perf_counter() - started))
        cpu.append(1000 * (time.process_time() - used))
        # An article counts as found where it is shown or listed as a later printing.
        shown = [{hit.article_id, *(r.id for r in hit.reprints)} for hit in response.hits]
        first += bool(shown) and article_id in shown[0]
        top5 += any(article_id in ids for ids in shown[:5])
    kinds = ", ".join(KINDS + (["form", "replace"] if args.forms else []))
    print(f"{len(quotes)} quotations of 8-{args.longest} words from {args.index}")
    print(f"  {args.edits} change(s) each, drawn from: {kinds}")
    for label, values in (("latency", times), ("CPU time", cpu)):
        values.sort()
        p95 = values[int(0.95 * (len(values) - 1))]
        print(f"  {label}: median {statistics.median(values):.1f} ms, p95 {p95:.1f} ms")
    print(f"  source article first: {first}/{len(quotes)}, in the top 5: {top5}/{len(quotes)}")
    print("  (first: the first result, or a later printing listed under it)")


if __name__ == "__main__":
    main()
