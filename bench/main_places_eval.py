"""Score the indexed place facets against Reuters-21578's place labels, at country level.

Usage (from the repository root)::

    python bench/main_places_eval.py [CORPUS.jsonl] [--limit N]

Articles are read by the indexer's own reader (index.articles) and their mentions and
main places computed by the indexer's own functions (index.documents), so the text is
exactly what ``search-index`` extracts from: dateline, title and the tidied body.
Two views of an article's places are scored, each as the set of their countries:

* ``country`` facet: every place the article names;
* ``main_country`` facet: its main places (index.salience: named in the dateline,
  title or first paragraph, or named at least twice), what ``--main-places`` counts.

Reuters labels the places an article is about, so the second view is the one the
labels measure. Scores are given for the whole corpus and for each half (odd and even
ids), to show how steady they are.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.entities_eval import country_of_code, read_docs  # noqa: E402
from index.articles import read_articles  # noqa: E402
from index.documents import article_document  # noqa: E402
from index.schema import COUNTRY, MAIN_COUNTRY  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
VIEWS = {"every place named (country facet)": COUNTRY, "main places (--main-places)": MAIN_COUNTRY}


def score(corpus: Path, limit: int | None) -> dict[str, dict[str, Counter[str]]]:
    """Per view and part ("all", "odd ids", "even ids"): tp/fp/fn counts."""
    labels = {str(d["id"]): {c for c in map(country_of_code, d["places"]) if c}
              for d in read_docs(corpus, limit)}
    tallies: dict[str, dict[str, Counter[str]]] = {v: {} for v in VIEWS}
    articles = read_articles([corpus], lambda problem: None)
    for article in islice(articles, limit):
        document = article_document(article, "")
        gold = labels[article.id]
        part = "odd ids" if int(article.id) % 2 else "even ids"
        for view, field in VIEWS.items():
            predicted = set(filter(None, document.get(field, "").split(",")))
            for name in ("all", part):
                counts = tallies[view].setdefault(name, Counter())
                counts["tp"] += len(gold & predicted)
                counts["fp"] += len(predicted - gold)
                counts["fn"] += len(gold - predicted)
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    tallies = score(args.corpus, args.limit)
    print(f"{'view':36} {'part':9} {'precision':>9} {'recall':>7} {'gold':>6}")
    for view, parts in tallies.items():
        for part in ("all", "odd ids", "even ids"):
            c = parts.get(part, Counter())
            tp, fp, fn = c["tp"], c["fp"], c["fn"]
            print(f"{view:36} {part:9} {tp / max(1, tp + fp):9.3f} "
                  f"{tp / max(1, tp + fn):7.3f} {tp + fn:6}")


if __name__ == "__main__":
    main()
