"""Score the indexed place facets against Reuters-21578's place labels, at country level.

Usage (from the repository root)::

    python bench/main_places_eval.py [CORPUS.jsonl] [--limit N]

Articles are read by the indexer's own reader (index.read.articles) and their mentions and
main places computed by the indexer's own functions (index.write.documents), so the text is
exactly what ``search-index`` extracts from: dateline, title and the tidied body.
Two views of an article's places are scored, each as the set of their countries:

* ``country`` facet: every place the article names;
* ``main_country`` facet: its main places (index.extract.salience: named in the dateline,
  title or first paragraph, or named at least twice), what ``--main-places`` counts.

Reuters labels the places an article is about, so the second view is the one the
labels measure. Scores are given for the whole corpus and for each half (odd and even
ids), to show how steady they are.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections import Counter
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.entities_eval import country_of_code, read_docs  # noqa: E402
from index.engines.document import IndexDocument  # noqa: E402
from index.read.articles import read_articles  # noqa: E402
from index.store.schema import COUNTRY, MAIN_COUNTRY  # noqa: E402
from index.write.documents import article_document  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
VIEWS = {"every place named (country facet)": COUNTRY, "main places (--main-places)": MAIN_COUNTRY}


def score(
    corpus: Path, limit: int | None, examples: list[str]
) -> dict[str, dict[str, Counter[str]]]:
    """Per view and part ("all", "odd ids", "even ids"): tp/fp/fn counts; main-place
    misses are also counted by cause (under "misses") and a few go to ``examples``."""
    labels = {
        str(d["id"]): {c for c in map(country_of_code, d["places"]) if c}
        for d in read_docs(corpus, limit)
    }
    tallies: dict[str, dict[str, Counter[str]]] = {v: {} for v in VIEWS}
    articles = read_articles([corpus], lambda problem: None)
    for article in islice(articles, limit):
        if article.id not in labels:  # a record the reader split or renamed
            continue
        document = article_document(article, "")
        gold = labels[article.id]
        number = int(article.id) if article.id.isdigit() else zlib.crc32(article.id.encode())
        part = "odd ids" if number % 2 else "even ids"
        note_misses(article.id, article.body, document, gold, tallies, examples)
        for view, field in VIEWS.items():
            predicted = set(document.keywords.get(field, ()))
            for name in ("all", part):
                counts = tallies[view].setdefault(name, Counter())
                counts["tp"] += len(gold & predicted)
                counts["fp"] += len(predicted - gold)
                counts["fn"] += len(gold - predicted)
    return tallies


def note_misses(
    article_id: str,
    body: str,
    document: IndexDocument,
    gold: set[str],
    tallies: dict[str, dict[str, Counter[str]]],
    examples: list[str],
) -> None:
    named = set(document.keywords.get(COUNTRY, ()))
    main = set(document.keywords.get(MAIN_COUNTRY, ()))
    causes = tallies.setdefault("misses", {}).setdefault("all", Counter())
    for cc in sorted(gold - main):
        cause = "named, but only once after the lead" if cc in named else "not found at all"
        causes[cause] += 1
        if len(examples) < 10 and article_id.endswith("7"):  # spread over the corpus
            examples.append(f"  #{article_id} {cc} ({cause}): {body[:80]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    examples: list[str] = []
    tallies = score(args.corpus, args.limit, examples)
    causes = tallies.pop("misses", {}).get("all", Counter())
    print(f"{'view':36} {'part':9} {'precision':>9} {'recall':>7} {'gold':>6}")
    for view, parts in tallies.items():
        for part in ("all", "odd ids", "even ids"):
            c = parts.get(part, Counter())
            tp, fp, fn = c["tp"], c["fp"], c["fn"]
            print(
                f"{view:36} {part:9} {tp / max(1, tp + fp):9.3f} "
                f"{tp / max(1, tp + fn):7.3f} {tp + fn:6}"
            )
    print("labelled countries the main places miss, by cause:", dict(causes.most_common()))
    print("examples:")
    print("\n".join(examples))


if __name__ == "__main__":
    main()
