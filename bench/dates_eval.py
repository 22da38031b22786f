"""Measure date extraction: precision/recall on the labelled set, speed on Reuters-21578.

Usage (from the repository root)::

    python bench/dates_eval.py [--corpus CORPUS.jsonl] [--labelled FILE] [--limit N] [--errors]

Labelled set (tests/data/dates_labelled.jsonl): one sentence a line with its publication
date (or null) and the expected mentions (the mention's text, ISO value, granularity). A
predicted mention is correct when an expected one not yet matched has the same value and
granularity and its span overlaps. Precision = correct / predicted; recall = matched
expected / expected.

Reuters: ``extract_dates(body, published)`` over every body, and
``find_publication_date(title, "DATELINE - body", year_hint)`` over every article (the
corpus keeps the dateline in its own field; joined back it reads as wire copy). Both are
timed on text already in memory. The dateline's accuracy is checked against the record's
date, and ``estimate_publication_date`` against it for the articles it dates.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.extract.dates import (  # noqa: E402
    DateMention,
    estimate_publication_date,
    extract_dates,
    find_publication_date,
)

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
DEFAULT_LABELLED = ROOT / "tests" / "data" / "dates_labelled.jsonl"


@dataclass(frozen=True)
class Expected:
    start: int
    end: int
    value: date
    granularity: str


@dataclass(frozen=True)
class Example:
    text: str
    published: date | None
    expected: tuple[Expected, ...]


@dataclass
class Scores:
    correct: int = 0
    predicted: int = 0
    matched: int = 0
    expected: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


def load_labelled(path: Path = DEFAULT_LABELLED) -> list[Example]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        text = record["text"]
        expected = []
        for item in record["expected"]:
            start = text.index(item["text"])
            value = date.fromisoformat(item["value"])
            expected.append(Expected(start, start + len(item["text"]), value, item["granularity"]))
        published = date.fromisoformat(record["published"]) if record["published"] else None
        examples.append(Example(text, published, tuple(expected)))
    return examples


def score(examples: list[Example]) -> Scores:
    scores = Scores()
    for example in examples:
        predicted = extract_dates(example.text, example.published)
        unmatched = list(example.expected)
        for mention in predicted:
            hit = next((e for e in unmatched if _agrees(mention, e)), None)
            if hit is None:
                scores.errors.append(f"spurious {_show(mention)} in {example.text!r}")
            else:
                unmatched.remove(hit)
                scores.correct += 1
        for missed in unmatched:
            shown = example.text[missed.start : missed.end]
            scores.errors.append(
                f"missed {shown!r} = {missed.value} {missed.granularity} in {example.text!r}"
            )
        scores.predicted += len(predicted)
        scores.expected += len(example.expected)
        scores.matched += len(example.expected) - len(unmatched)
    return scores


def _agrees(mention: DateMention, expected: Expected) -> bool:
    return (
        mention.value == expected.value
        and mention.granularity == expected.granularity
        and mention.start < expected.end
        and expected.start < mention.end
    )


def _show(mention: DateMention) -> str:
    return f"{mention.text!r} = {mention.value} {mention.granularity}"


def load_corpus(corpus: Path, limit: int | None) -> list[dict[str, str]]:
    records = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            records.append(json.loads(line))
            if limit is not None and len(records) >= limit:
                break
    return records


def time_extraction(records: list[dict[str, str]]) -> tuple[float, int]:
    """Articles per second of extract_dates over the bodies, and mentions found."""
    inputs = [(r["body"], date.fromisoformat(r["date"][:10])) for r in records]
    started = time.perf_counter()
    found = sum(len(extract_dates(body, published)) for body, published in inputs)
    return len(inputs) / (time.perf_counter() - started), found


def time_datelines(records: list[dict[str, str]]) -> tuple[float, int, int]:
    """Articles per second of find_publication_date; dates found; dates right."""
    inputs = [(r["title"], f"{r['dateline']} - {r['body']}", int(r["date"][:4])) for r in records]
    started = time.perf_counter()
    found = [find_publication_date(title, body, year) for title, body, year in inputs]
    rate = len(inputs) / (time.perf_counter() - started)
    truth = [date.fromisoformat(r["date"][:10]) for r in records]
    right = sum(1 for got, want in zip(found, truth, strict=True) if got == want)
    return rate, sum(1 for got in found if got is not None), right


def check_estimates(records: list[dict[str, str]]) -> tuple[int, int, float | None]:
    """Articles estimated (as if undated), how many within a week, median error in days."""
    errors = []
    for record in records:
        estimate = estimate_publication_date(extract_dates(record["body"], None))
        if estimate is not None:
            errors.append(abs((estimate - date.fromisoformat(record["date"][:10])).days))
    median = statistics.median(errors) if errors else None
    return len(errors), sum(1 for days in errors if days <= 7), median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--labelled", type=Path, default=DEFAULT_LABELLED)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", action="store_true", help="list every miss and spurious hit")
    args = parser.parse_args()

    examples = load_labelled(args.labelled)
    scores = score(examples)
    print(f"labelled set: {len(examples)} sentences, {scores.expected} expected mentions")
    print(f"{'measure':<44}{'value':>12}")
    print(f"{'precision':<44}{scores.precision:>12.3f}")
    print(f"{'recall':<44}{scores.recall:>12.3f}")
    if args.errors:
        for error in scores.errors:
            print(f"  {error}")
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}; pass --corpus to time extraction")
        return
    records = load_corpus(args.corpus, args.limit)
    rate, mentions = time_extraction(records)
    print(f"{'extract_dates, articles/s':<44}{rate:>12,.0f}")
    print(f"{'  mentions per article':<44}{mentions / len(records):>12.2f}")
    rate, dated, right = time_datelines(records)
    print(f"{'find_publication_date, articles/s':<44}{rate:>12,.0f}")
    print(f"{'  dated from the dateline':<44}{dated / len(records):>12.1%}")
    print(f"{'  equal to the record date':<44}{right / len(records):>12.1%}")
    estimated, near, median = check_estimates(records)
    print(f"{'estimate_publication_date, articles dated':<44}{estimated / len(records):>12.1%}")
    if estimated:
        print(f"{'  within 7 days of the record date':<44}{near / estimated:>12.1%}")
        print(f"{'  median error, days':<44}{median:>12.0f}")


if __name__ == "__main__":
    main()
