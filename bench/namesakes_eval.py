"""Score which namesake a bare surname is linked to, on the namesake set (issue 14).

Usage (from the repository root)::

    python bench/namesakes_eval.py [--split dev|test|all] [--labels FILE] [--errors]

The set (tests/data/namesakes/, rules in its README.md) labels bare surnames ("Clinton
said") of articles that name two or more people in full with that surname, by offsets
into the text the indexer extracts from (:func:`bench.namesakes_draw.indexed_text`). The
texts are read from ``../bench-data/`` and ``../shared/corpora/reuters21578.jsonl``; the
scorer says which file is missing and stops when one is. Each article goes through
``extract_entities``; the mention starting at a labelled surname (or overlapping it) is
looked up, and its display name compared with the label's.

* Mentions labelled with one of the candidates: **right** when linked to the labelled
  person (or a `same` name of that person), **misread** when linked to a `misread` name
  of that person (right person, wrong facet value), **wrong** when linked to another of
  the candidates, **unlinked** when linked to none of them (no PERSON mention there, or
  one that keeps a value of its own, such as "Clinton"). The shares are of these mentions.
* Mentions labelled ``both``, ``other`` or ``unclear``: how many are linked to a
  candidate (a facet value that covers them wrongly) and how many to none of them.

The default split is ``dev``; ``--errors`` lists dev mentions not scored right. Score
``test`` only to report.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.namesakes_draw import BENCH_DATA, REUTERS, articles  # noqa: E402
from index.records import Mention  # noqa: E402

DEFAULT_LABELS = ROOT / "tests" / "data" / "namesakes" / "labels.jsonl"
GROUPS = ("both", "other", "unclear")


@dataclass(frozen=True)
class Label:
    """One labelled bare surname (a line of labels.jsonl)."""

    split: str
    corpus: str
    article: str
    start: int
    end: int
    surname: str
    candidates: tuple[str, ...]
    label: str
    same: tuple[str, ...]
    misread: tuple[str, ...]
    why: str

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> Label:
        def names(key: str) -> tuple[str, ...]:
            return tuple(str(n) for n in raw.get(key, ()))  # type: ignore[attr-defined]

        return cls(
            str(raw["split"]),
            str(raw["corpus"]),
            str(raw["article"]),
            int(raw["start"]),  # type: ignore[call-overload]
            int(raw["end"]),  # type: ignore[call-overload]
            str(raw["surname"]),
            names("candidates"),
            str(raw["label"]),
            names("same"),
            names("misread"),
            str(raw["why"]),
        )


def read_labels(path: Path, split: str) -> list[Label]:
    with path.open(encoding="utf-8") as lines:
        labels = [Label.from_json(json.loads(line)) for line in lines if line.strip()]
    return [x for x in labels if split == "all" or x.split == split]


def missing_sources(labels: list[Label]) -> list[Path]:
    """The corpus files the labels need that are not on this machine."""
    needed = {REUTERS if x.corpus == "reuters" else corpus_file(x.corpus) for x in labels}
    return sorted(p for p in needed if not p.exists())


def corpus_file(corpus: str) -> Path:
    """``bbc/test3`` -> ../bench-data/bbc/test3.jsonl.gz."""
    return BENCH_DATA / f"{corpus}.jsonl.gz"


def texts_of(labels: list[Label]) -> dict[tuple[str, str], str]:
    """(corpus, article id) -> indexed text, for the labelled articles."""
    wanted = {(x.corpus, x.article) for x in labels}
    return {(a.corpus, a.id): a.text for a in articles() if (a.corpus, a.id) in wanted}


def linked_name(mentions: list[Mention], label: Label) -> str | None:
    """The display name of the PERSON mention at the labelled surname, if any."""
    for m in mentions:
        if m.start < label.end and label.start < m.end:
            return m.name if m.type == "PERSON" else None
    return None


def outcome(label: Label, name: str | None) -> str:
    """right / misread / wrong / unlinked for a candidate label; for a group label,
    "candidate" (linked to one of them) or "unlinked"."""
    if name is None or name not in label.candidates:
        return "unlinked"
    if label.label in GROUPS:
        return "candidate"
    if name == label.label or name in label.same:
        return "right"
    return "misread" if name in label.misread else "wrong"


def score(labels: list[Label]) -> list[tuple[Label, str | None, str]]:
    """(label, linked name, outcome) for every label, extracting each article once."""
    from index.extract.entities import extract_entities

    texts = texts_of(labels)
    found: dict[tuple[str, str], list[Mention]] = {}
    results = []
    for label in labels:
        key = (label.corpus, label.article)
        if key not in found:
            found[key] = extract_entities(texts[key])
        name = linked_name(found[key], label)
        results.append((label, name, outcome(label, name)))
    return results


def report(results: list[tuple[Label, str | None, str]]) -> str:
    """The shares over candidate labels and the group labels' links, as text."""
    people = Counter(o for x, _, o in results if x.label not in GROUPS)
    total = sum(people.values())
    lines = [f"labelled with a candidate: {total}"]
    for kind in ("right", "misread", "wrong", "unlinked"):
        share = people[kind] / total if total else 0.0
        lines.append(f"  {kind:9s} {people[kind]:4d}  {share:6.1%}")
    for group in GROUPS:
        links = Counter(o for x, _, o in results if x.label == group)
        if links:
            lines.append(
                f"{group} ({sum(links.values())}): linked to a candidate {links['candidate']}, "
                f"unlinked {links['unlinked']}"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--errors", action="store_true", help="list dev mentions not right")
    args = parser.parse_args()
    labels = read_labels(args.labels, args.split)
    missing = missing_sources(labels)
    if missing:
        sys.exit("missing corpus file(s): " + ", ".join(str(p) for p in missing))
    results = score(labels)
    print(f"split {args.split}: {len(labels)} bare surnames")
    print(report(results))
    if args.errors:
        for label, name, kind in results:
            if (
                label.split == "dev"
                and kind != "right"
                and (kind, label.label)
                != (
                    "unlinked",
                    "other",
                )
            ):
                print(
                    f"{kind:9s} {label.corpus} {label.article} {label.start} "
                    f"{label.label!r} <- {name!r}: {label.why}"
                )


if __name__ == "__main__":
    main()
