"""Exact-span precision, recall and F1 of entity extraction on the English Worldwide
Newswire's hand-annotated names (a second entity benchmark beside CoNLL, issue 14).

Usage (from the repository root, after ``scripts/build_worldwide_ner.py``)::

    python bench/worldwide_ner_eval.py [--half dev|test|both] [--errors N]

Each article's raw text (``bench/worldwide_ner.py``) is given to
:func:`index.extract.entities.extract_entities`, as ``bench/conll_eval.py`` gives
CoNLL's; its PERSON, PLACE and ORG mentions become token spans and are scored as PER,
LOC and ORG against the gold token spans (exact spans; MISC is not extracted, so "all"
is over PER, LOC and ORG). Figures are given pooled, for the ``dev`` and ``test`` halves
(by outlet) and by region, with a tally of error kinds per type.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.conll import prf  # noqa: E402
from bench.worldwide_ner import TYPES, Article, half, read_articles, token_spans  # noqa: E402
from index.extract.entities import extract_entities  # noqa: E402

TYPE_OF = {"PERSON": "PER", "PLACE": "LOC", "ORG": "ORG"}
Counts = dict[str, list[int]]
Found = list[tuple[int, int, str, bool]]


def score(gold: list[tuple[int, int, str]], found: Found) -> Counts:
    """Per type and "all": [true positives, found, gold], exact token spans."""
    counts: Counts = {t: [0, 0, 0] for t in (*TYPES, "all")}
    gold_set = {g for g in gold if g[2] in TYPES}
    exact = {(s, e, k) for s, e, k, ok in found if ok and k in TYPES}
    for kind in TYPES:
        counts[kind][0] = sum(1 for g in gold_set & exact if g[2] == kind)
        counts[kind][1] = sum(1 for f in found if f[2] == kind)
        counts[kind][2] = sum(1 for g in gold_set if g[2] == kind)
    counts["all"] = [sum(counts[t][i] for t in TYPES) for i in range(3)]
    return counts


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def tally(
    gold: list[tuple[int, int, str]], found: Found, words: Callable[[int, int], str] | None = None
) -> Counter[str]:
    """Error kinds: a gold name's (by its type) ``missed`` (nothing found over it),
    ``type`` (found at its exact span as another type), ``boundary`` (found overlapping
    it with its type, other span), ``boundary+type``; a found name's (by the found type)
    ``spurious`` (over no gold name) or ``on-MISC`` (over a gold MISC name only). With
    ``words`` (the text of a token span), each error is keyed with its words too."""
    out: Counter[str] = Counter()
    exact = {(s, e, k) for s, e, k, ok in found if ok}
    for s, e, k in (g for g in gold if g[2] in TYPES):
        if (s, e, k) in exact:
            continue
        near = [f for f in found if _overlaps((s, e), (f[0], f[1]))]
        if any(f[3] and (f[0], f[1]) == (s, e) for f in near):
            kind = "type"
        elif any(f[2] == k for f in near):
            kind = "boundary"
        else:
            kind = "boundary+type" if near else "missed"
        out[f"{k} {kind}" + (f": {words(s, e)}" if words else "")] += 1
    for s, e, k, _ in found:
        over = [g for g in gold if s >= 0 and _overlaps((s, e), (g[0], g[1]))]
        if not any(g[2] in TYPES for g in over):
            kind = "on-MISC" if over else "spurious"
            out[f"{k} {kind}" + (f": {words(s, e)}" if words and s >= 0 else "")] += 1
    return out


def _words(article: Article) -> Callable[[int, int], str]:
    def words(first: int, end: int) -> str:
        spans = [c for c in article.tokens[first:end] if c]
        return article.text[spans[0][0] : spans[-1][1]] if spans else "?"

    return words


def evaluate(
    articles: list[Article], examples: Counter[str] | None = None
) -> tuple[dict[str, Counts], Counter[str]]:
    """Counts by group ("pooled", the half, the region) and the error tally; with
    ``examples``, the errors with their words are counted into it too."""
    groups: dict[str, Counts] = {}
    errors: Counter[str] = Counter()
    for article in articles:
        mentions = [(m.start, m.end, TYPE_OF[m.type]) for m in extract_entities(article.text)]
        found = token_spans(mentions, article.tokens)
        gold = list(article.spans)
        counts = score(gold, found)
        for group in ("pooled", half(article.outlet), f"region {article.region}"):
            into = groups.setdefault(group, {t: [0, 0, 0] for t in (*TYPES, "all")})
            for kind, c in counts.items():
                into[kind] = [a + b for a, b in zip(into[kind], c, strict=True)]
        errors.update(tally(gold, found))
        if examples is not None:
            examples.update(tally(gold, found, _words(article)))
    return groups, errors


def report(name: str, counts: Counts) -> None:
    print(f"{name}:")
    for kind in (*TYPES, "all"):
        p, r, f = prf(*counts[kind])
        print(f"  {kind:4} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  (gold {counts[kind][2]})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--errors", type=int, default=0, help="list the N commonest errors")
    args = parser.parse_args()
    articles = [a for a in read_articles() if args.half in ("both", half(a.outlet))]
    tokens = sum(len(a.tokens) for a in articles)
    gold = Counter(k for a in articles for *_, k in a.spans)
    unaligned = sum(
        any(a.tokens[i] is None for i in range(s, e)) for a in articles for s, e, _ in a.spans
    )
    print(f"{len(articles)} articles, {tokens} tokens, gold {dict(sorted(gold.items()))}")
    print(f"  gold names over a token not found in the raw text: {unaligned}")
    examples: Counter[str] | None = Counter() if args.errors else None
    groups, errors = evaluate(articles, examples)
    for name in sorted(groups, key=lambda g: (g.startswith("region"), g != "pooled", g)):
        report(name, groups[name])
    print("errors:")
    for kind in TYPES:
        row = sorted(((n, e) for e, n in errors.items() if e.startswith(kind)), reverse=True)
        print(f"  {kind}: " + ", ".join(f"{e.split(' ', 1)[1]} {n}" for n, e in row))
    if examples:
        print("commonest errors:", examples.most_common(args.errors))


if __name__ == "__main__":
    main()
