"""Reprint detection on real articles: planted copies, and the index lookup
against comparing every pair.

Takes Reuters articles (read in place from ../shared, never copied into the
repository), plants lightly edited copies of some of them (in every paragraph a
word changed, dropped or added; some copies cut to their first half; dated a
few days later, another source), indexes originals and copies in a scratch
folder, and reports:

- planted copies found: for each copied original, whether searching its
  anchor passage (its first paragraph of 12 words or more) through the
  indexed fingerprints finds the copy;
- lookup against all pairs: whether the articles the fingerprint lookup finds
  are exactly those a comparison of the passage with every indexed article
  finds (the same containment rule and same-event test), over every original;
- folding in real searches: for a few words, how many of the top 10 results
  fold copies, with examples to read;
- with ``--rounds N``, the search time of those words with the same-event test
  and with containment alone (the test patched out), medians of N rounds.

    python -m bench.reprints_eval [--articles 2000] [--copies 300] [--seed 11] [--rounds 0]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from collections import Counter
from contextlib import nullcontext
from datetime import date, timedelta
from pathlib import Path
from statistics import median
from typing import Any
from unittest.mock import patch

from index.engines import query as q
from index.fingerprints import is_copy, shingle_set
from index.particulars import forget
from index.passages import PARAGRAPH_SEPARATOR, split_paragraphs
from index.read.articles import Article
from index.write.writer import update_index
from search.engine import ReprintLibrary, search
from search.models import SearchRequest
from search.reprints import copies_of, reports_same_event, within_window
from search.store import Store, open_store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl"
FILLER = "new further reported local major".split()
QUERIES = ["oil prices", "coffee", "dividend", "strike", "takeover bid", "grain exports"]


def load(path: Path, count: int) -> list[Article]:
    found = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            paragraphs = split_paragraphs(record.get("body") or "")
            if sum(len(p.split()) for p in paragraphs) < 60:
                continue
            day = date.fromisoformat(record["date"][:10]) if record.get("date") else None
            body = PARAGRAPH_SEPARATOR.join(paragraphs)
            found.append(Article(str(record["id"]), record.get("title") or "", body, day, "field",
                                 source="Reuters"))  # fmt: skip
            if len(found) == count:
                break
    return found


def edit(paragraph: str, rng: random.Random) -> str:
    words = paragraph.split()
    k = rng.randrange(len(words))
    kind = rng.choice(["change", "drop", "add"])
    if kind == "change":
        words[k] = rng.choice(FILLER)
    elif kind == "drop" and len(words) > 1:
        del words[k]
    else:
        words.insert(k, rng.choice(FILLER))
    return " ".join(words)


def plant(article: Article, rng: random.Random) -> tuple[Article, str]:
    paragraphs = [edit(p, rng) for p in article.body.split(PARAGRAPH_SEPARATOR)]
    kind = "edited"
    if len(paragraphs) > 2 and rng.random() < 0.33:
        paragraphs, kind = paragraphs[: (len(paragraphs) + 1) // 2], "edited, first half"
    later = article.published + timedelta(days=rng.randint(1, 3)) if article.published else None
    copy = Article(f"copy-{article.id}", article.title, PARAGRAPH_SEPARATOR.join(paragraphs),
                   later, "field", source="Reprinter")  # fmt: skip
    return copy, kind


def anchor(body: str) -> tuple[int, int] | None:
    offset = 0
    for paragraph in body.split(PARAGRAPH_SEPARATOR):
        if len(paragraph.split()) >= 12:
            return offset, offset + len(paragraph)
        offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return None


def evaluate(store: Store, originals: list[Article], planted: dict[str, str]) -> dict[str, Any]:
    library = ReprintLibrary(store, q.Every())
    every = [hit.ref for hit in store.reader.search(q.Every(), limit=store.reader.doc_count())]
    books = {ref: library.copy(ref) for ref in every}
    refs = {copy.id: ref for ref, (copy, _) in books.items()}
    texts = {ref: shingle_set(text) for ref, (_, text) in books.items()}
    found_planted: Counter[str] = Counter()
    agree = checked = 0
    for article in originals:
        number = refs.get(article.id)
        span = anchor(article.body)
        if number is None or span is None:
            continue
        found = {
            c.id
            for c in copies_of(article.body, span, library, {number}, published=article.published)
        }
        if article.id in planted:
            found_planted[planted[article.id]] += f"copy-{article.id}" in found
        part = shingle_set(article.body[span[0] : span[1]])
        # search.reprints.is_reprint's steps, with every article's shingles worked out
        # once above (its memo holds 1,024 texts: all pairs would work them out again).
        expected = {
            copy.id
            for n, (copy, text) in books.items()
            if n != number
            and within_window(article.published, copy.published)
            and is_copy(part, texts[n])
            and reports_same_event(article.body, article.published, text, copy.published)
        }
        checked += 1
        agree += found == expected
    kinds = Counter(planted.values())
    return {
        "planted copies found": {k: f"{found_planted[k]}/{kinds[k]}" for k in sorted(kinds)},
        "lookup equals all pairs": f"{agree}/{checked}",
    }


def folding(store: Store) -> list[dict[str, Any]]:
    rows = []
    for query in QUERIES:
        response = search(store, SearchRequest(query=query))
        examples = [(h.id, h.title[:50], [r.id for r in h.reprints][:3]) for h in response.hits
                    if h.reprints][:2]  # fmt: skip
        rows.append({"query": query, "matches": response.total,
                     "folded": response.reprints_folded, "examples": examples})  # fmt: skip
    return rows


def timing(store: Store, rounds: int) -> dict[str, str]:
    """Search CPU and wall time over QUERIES (default options: 10 hits, each
    folded), with the same-event test and with containment alone (the test
    patched out), rounds interleaved; medians per round."""
    samples: dict[str, list[tuple[float, float]]] = {"same event": [], "containment alone": []}
    for _ in range(rounds):
        for name in samples:
            with (
                patch("index.particulars.same_event", lambda *_, **__: True)
                if name.startswith("containment")
                else nullcontext()
            ):
                forget()
                cpu, wall = time.process_time(), time.perf_counter()
                for query in QUERIES:
                    search(store, SearchRequest(query=query))
                samples[name].append((time.process_time() - cpu, time.perf_counter() - wall))
    return {
        name: f"CPU {median(c for c, _ in runs):.3f} s, wall {median(w for _, w in runs):.3f} s "
        f"for {len(QUERIES)} searches (median of {rounds})"
        for name, runs in samples.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--copies", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--rounds", type=int, default=0, help="also time searches, N rounds")
    options = parser.parse_args()
    rng = random.Random(options.seed)
    originals = load(options.corpus, options.articles)
    chosen = rng.sample(originals, min(options.copies, len(originals)))
    copies = [plant(article, rng) for article in chosen]
    planted = {a.id: kind for a, (_, kind) in zip(chosen, copies, strict=True)}
    with tempfile.TemporaryDirectory() as scratch:
        index_dir = Path(scratch) / "index"
        update_index([*originals, *(copy for copy, _ in copies)], index_dir)
        with open_store(index_dir) as store:
            report = evaluate(store, originals, planted)
            report["folding in searches (top 10)"] = folding(store)
            if options.rounds:
                report["search time"] = timing(store, options.rounds)
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
