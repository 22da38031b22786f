"""Measure quotation extraction: detection and attribution on the labelled set, speed on
Reuters-21578, and a random sample of quotations to check by hand.

Usage (from the repository root)::

    python bench/quotes_eval.py [--labelled FILE] [--corpus CORPUS.jsonl] [--limit N]
                                [--errors] [--sample N] [--seed S]

Labelled set (tests/data/quotes_labelled.jsonl): short articles written for this, each
with its expected quotations (the quoted words, the speaker, partial or not). A detected
quotation matches an expected one not yet matched when their texts are equal after
white space is collapsed and edge punctuation dropped, or when their spans overlap by at
least 80% of the longer one. Precision = matched / detected; recall = matched /
expected. Attribution accuracy = matched expected quotations whose speaker is right /
matched: the quotation is credited to a person (``speaker``) or else to a group or a
description (``attribution``); either is compared with the labelled speaker, names
case-insensitively without titles or a leading article; a null speaker must be null.
Partial accuracy is reported the same way.

Reuters: every body, normalised as the indexer stores it (paragraphs joined by a blank
line), goes through ``extract_quotes`` twice, each timed on text already in memory:
with ``mentions=[]``, and with the article's real mentions computed beforehand (only
for articles holding a quote mark; the others return before reading mentions).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.extract.entities import extract_entities  # noqa: E402
from index.extract.quotes import Quote, extract_quotes  # noqa: E402
from index.passages import PARAGRAPH_SEPARATOR, split_paragraphs  # noqa: E402
from index.records import Mention  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
DEFAULT_LABELLED = ROOT / "tests" / "data" / "quotes_labelled.jsonl"
OVERLAP = 0.8
_TITLES = frozenset(
    "mr mrs ms dr prof mp president minister senator judge governor coach general sir "
    "the a an".split()
)
_EDGE = " \t\n,.;:!?\"'“”‘’"
_QUOTE_CHARS = re.compile(r"[\"“”'‘]")


@dataclass(frozen=True)
class Expected:
    start: int
    end: int
    text: str
    speaker: str | None
    partial: bool


@dataclass(frozen=True)
class Scores:
    expected: int
    detected: int
    matched: int
    speakers_right: int
    partial_right: int
    errors: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.matched / self.detected if self.detected else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attribution(self) -> float:
        return self.speakers_right / self.matched if self.matched else 0.0

    @property
    def partial_accuracy(self) -> float:
        return self.partial_right / self.matched if self.matched else 0.0


def normalise_text(text: str) -> str:
    return " ".join(text.split()).strip(_EDGE)


def normalise_speaker(name: str | None) -> str | None:
    if name is None:
        return None
    words = re.sub(r"[^\w\s-]", " ", name.lower()).split()
    return " ".join(w for w in words if w not in _TITLES)


def read_labelled(path: Path) -> list[tuple[str, list[Expected]]]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            text, cursor, expected = record["text"], 0, []
            for q in record["quotes"]:
                start = text.index(q["text"], cursor)
                cursor = start + len(q["text"])
                expected.append(Expected(start, cursor, q["text"], q["speaker"], q["partial"]))
            examples.append((text, expected))
    return examples


def same_quote(found: Quote, wanted: Expected) -> bool:
    if normalise_text(found.text) == normalise_text(wanted.text):
        return True
    shared = min(found.end, wanted.end) - max(found.start, wanted.start)
    longest = max(found.end - found.start, wanted.end - wanted.start)
    return longest > 0 and shared / longest >= OVERLAP


def credited(quote: Quote) -> str | None:
    """Who a quotation is credited to: the person, else the group or description."""
    return quote.speaker or (quote.attribution.text if quote.attribution else None)


def score_example(text: str, expected: list[Expected], found: list[Quote]) -> Scores:
    matched = speakers = partial = 0
    errors: list[str] = []
    unmatched = list(found)
    for wanted in expected:
        hit = next((q for q in unmatched if same_quote(q, wanted)), None)
        if hit is None:
            errors.append(f"MISSED {wanted.text!r} in {text[:60]!r}")
            continue
        unmatched.remove(hit)
        matched += 1
        partial += hit.partial == wanted.partial
        if normalise_speaker(credited(hit)) == normalise_speaker(wanted.speaker):
            speakers += 1
        else:
            errors.append(f"SPEAKER {credited(hit)!r} != {wanted.speaker!r} for {wanted.text!r}")
        if hit.partial != wanted.partial:
            errors.append(f"PARTIAL {hit.partial} != {wanted.partial} for {wanted.text!r}")
    errors.extend(f"SPURIOUS {q.text!r} in {text[:60]!r}" for q in unmatched)
    return Scores(len(expected), len(found), matched, speakers, partial, tuple(errors))


def evaluate_labelled(path: Path = DEFAULT_LABELLED) -> Scores:
    """Detection and attribution scores over the labelled set (real entity mentions)."""
    totals = Scores(0, 0, 0, 0, 0, ())
    for text, expected in read_labelled(path):
        s = score_example(text, expected, extract_quotes(text, extract_entities(text)))
        totals = Scores(
            totals.expected + s.expected,
            totals.detected + s.detected,
            totals.matched + s.matched,
            totals.speakers_right + s.speakers_right,
            totals.partial_right + s.partial_right,
            totals.errors + s.errors,
        )
    return totals


def read_bodies(corpus: Path, limit: int | None) -> list[str]:
    bodies = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            raw = json.loads(line).get("body") or ""
            bodies.append(PARAGRAPH_SEPARATOR.join(split_paragraphs(raw)))
            if limit is not None and len(bodies) >= limit:
                break
    return bodies


def time_corpus(bodies: list[str], mentions: list[list[Mention]]) -> tuple[float, int]:
    """Seconds for extract_quotes over every body, and the quotations found."""
    found = 0
    started = time.perf_counter()
    for body, known in zip(bodies, mentions, strict=True):
        found += len(extract_quotes(body, known))
    return time.perf_counter() - started, found


def measure_corpus(corpus: Path, limit: int | None) -> list[tuple[str, list[Quote]]]:
    bodies = read_bodies(corpus, limit)
    seconds, found = time_corpus(bodies, [[] for _ in bodies])
    print(
        f"Reuters: {len(bodies)} articles, mentions=[]: {seconds:.2f} s, "
        f"{len(bodies) / seconds:,.0f} articles/s, {found} quotations"
    )
    started = time.perf_counter()
    mentions = [extract_entities(b) if _QUOTE_CHARS.search(b) else [] for b in bodies]
    print(f"  (entity extraction, not timed below: {time.perf_counter() - started:.1f} s)")
    seconds, found = time_corpus(bodies, mentions)
    print(
        f"Reuters: real mentions: {seconds:.2f} s, "
        f"{len(bodies) / seconds:,.0f} articles/s, {found} quotations"
    )
    return [(b, extract_quotes(b, m)) for b, m in zip(bodies, mentions, strict=True)]


def print_sample(results: list[tuple[str, list[Quote]]], size: int, seed: int) -> None:
    pool = [(body, q) for body, quotes in results for q in quotes]
    for body, q in random.Random(seed).sample(pool, min(size, len(pool))):
        context = body[max(0, q.start - 300) : q.end + 120].replace("\n", " / ")
        print(f"\n--- {q.text!r}\n    speaker={q.speaker!r} attribution={q.attribution!r}")
        print(f"    verb={q.verb!r} partial={q.partial}")
        print(f"    ...{context}...")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labelled", type=Path, default=DEFAULT_LABELLED)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    s = evaluate_labelled(args.labelled)
    print(f"labelled: {s.expected} expected, {s.detected} detected, {s.matched} matched")
    print(f"  precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}")
    print(f"  attribution accuracy {s.attribution:.3f}  partial accuracy {s.partial_accuracy:.3f}")
    if args.errors:
        print("\n".join(f"  {e}" for e in s.errors))
    if args.corpus.exists():
        results = measure_corpus(args.corpus, args.limit)
        print_sample(results, args.sample, args.seed)
    else:
        print(f"corpus not found at {args.corpus}; speed not measured")


if __name__ == "__main__":
    main()
