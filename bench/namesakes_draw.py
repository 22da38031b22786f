"""Draw the bare surnames of the namesake set by a fixed seed (issue 14).

An article that names two or more people in full with one surname ("Bill Clinton",
"Hillary Clinton") and then writes the surname alone ("Clinton said") leaves the
linker to choose which of them it is. This script finds every such bare surname over
the news parts in ``../bench-data/*/*.jsonl.gz`` and the Reuters-21578 file in
``../shared/corpora/``, and samples some of them for labelling by hand.

The text of an article is the one the indexer extracts from
(:func:`index.write.documents.mentions`): dateline (Reuters only), title and body
joined by ``PARAGRAPH_SEPARATOR``, the body cut into paragraphs by
:func:`index.passages.split_paragraphs` as :mod:`index.read` stores it. Offsets are
into that text.

* Namesakes: the PERSON mentions of ``extract_entities`` (at the commit drawn from)
  of two words or more, grouped by their last word (a generational suffix such as "Jr."
  skipped); a group of two or more distinct entity ids, in order of first appearance.
* A bare surname: the surname, written as in the names, on word bounds, with or
  without a plural "s" ("the Clintons"), not inside a longer mention; a mention of
  exactly its span (of any type) or no mention at all.
* Draw: the articles holding one are sorted by (corpus, id) and shuffled by
  ``random.Random(seed)``; corpus families (reuters, bbc, wikinews, allsides, ...) are
  then taken in turn, one article each, up to ``--cap`` bare surnames per article
  (sampled, kept in text order) and ``--count`` in all. The drawn articles are
  shuffled again by the seed and dealt alternately to ``dev`` and ``test``.

Prints one JSON line per drawn mention with no label. No article text is printed
but the surname.

    python -m bench.namesakes_draw [--seed 1414] [--count 300] [--cap 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.passages import PARAGRAPH_SEPARATOR, split_paragraphs  # noqa: E402
from index.records import Mention  # noqa: E402

BENCH_DATA = ROOT.parent / "bench-data"
REUTERS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
SEED = 1414
COUNT = 300
CAP = 3
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


@dataclass(frozen=True)
class Article:
    """One article: its corpus ("reuters", "bbc/test3", ...), id and indexed text."""

    corpus: str
    id: str
    text: str


@dataclass(frozen=True)
class Bare:
    """A bare surname in an article, with the article's namesakes (in order)."""

    corpus: str
    article: str
    start: int
    end: int
    surname: str
    candidates: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "corpus": self.corpus,
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "surname": self.surname,
            "candidates": list(self.candidates),
        }


def indexed_text(title: str, body: str, dateline: str = "") -> str:
    """The text the indexer extracts from: dateline, title and body in paragraphs."""
    body = PARAGRAPH_SEPARATOR.join(split_paragraphs(body))
    parts = (dateline.strip(), " ".join(title.split()), body)
    return PARAGRAPH_SEPARATOR.join(p for p in parts if p)


def articles(bench_data: Path = BENCH_DATA, reuters: Path = REUTERS) -> Iterator[Article]:
    """Every article of the bench-data parts, then of Reuters-21578."""
    for path in sorted(bench_data.glob("*/*.jsonl.gz")):
        corpus = f"{path.parent.name}/{path.name.removesuffix('.jsonl.gz')}"
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                raw = json.loads(line)
                text = indexed_text(raw.get("title") or "", raw.get("text") or "")
                yield Article(corpus, str(raw["id"]), text)
    with reuters.open(encoding="utf-8") as lines:
        for line in lines:
            raw = json.loads(line)
            text = indexed_text(raw.get("title") or "", raw.get("body") or "", raw["dateline"])
            yield Article("reuters", str(raw["id"]), text)


def surname_of(name: str) -> str | None:
    """The last word of a name of two words or more (before a suffix), if a surname."""
    words = [w for w in name.split() if w.lower() not in _SUFFIXES]
    if len(words) < 2:
        return None
    last = re.sub(r"['’]s$", "", words[-1])
    return last if last[:1].isupper() and last[1:].islower() and last.isalpha() else None


def namesakes(mentions: list[Mention]) -> dict[str, list[str]]:
    """Surname -> the display names of the distinct people named in full with it,
    in order of appearance; only surnames two people or more share."""
    groups: dict[str, dict[str, str]] = defaultdict(dict)
    for m in mentions:
        surname = surname_of(m.text) if m.type == "PERSON" else None
        if surname is not None:
            groups[surname].setdefault(m.entity_id, m.name)
    return {s: list(people.values()) for s, people in groups.items() if len(people) > 1}


def bare_surnames(text: str, surname: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans of ``surname`` (or its plural) alone: not inside a longer mention."""
    spans = []
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}s?(?!\w)", text):
        start, end = found.span()
        inside = any(
            m.start <= start < m.end and (m.start, m.end) != (start, end) for m in mentions
        )
        if not inside:
            spans.append((start, end))
    return spans


def article_bares(article: Article, mentions: list[Mention]) -> list[Bare]:
    """The bare surnames of one article."""
    found = []
    for surname, people in namesakes(mentions).items():
        for start, end in bare_surnames(article.text, surname, mentions):
            found.append(Bare(article.corpus, article.id, start, end, surname, tuple(people)))
    return sorted(found, key=lambda b: b.start)


def pool() -> list[list[Bare]]:
    """Per article holding any, its bare surnames; articles sorted by (corpus, id)."""
    from index.extract.entities import extract_entities

    found = []
    for article in articles():
        mentions = extract_entities(article.text)
        bares = article_bares(article, mentions)
        if bares:
            found.append(bares)
    return sorted(found, key=lambda b: (b[0].corpus, b[0].article))


def family(corpus: str) -> str:
    return corpus.split("/")[0]


def draw(
    eligible: list[list[Bare]], seed: int = SEED, count: int = COUNT, cap: int = CAP
) -> list[tuple[str, Bare]]:
    """(split, bare surname) of the drawn mentions, as the module docstring says."""
    rng = random.Random(seed)
    shuffled = list(eligible)
    rng.shuffle(shuffled)
    queues: dict[str, list[list[Bare]]] = defaultdict(list)
    for bares in shuffled:
        queues[family(bares[0].corpus)].append(bares)
    taken: list[list[Bare]] = []
    total = 0
    while total < count and any(queues.values()):
        for name in sorted(queues):
            if queues[name] and total < count:
                bares = queues[name].pop(0)
                chosen = sorted(rng.sample(bares, min(cap, len(bares))), key=lambda b: b.start)
                taken.append(chosen)
                total += len(chosen)
    order = list(range(len(taken)))
    rng.shuffle(order)
    split = {i: ("dev" if k % 2 == 0 else "test") for k, i in enumerate(order)}
    return [(split[i], b) for i, bares in enumerate(taken) for b in bares]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--cap", type=int, default=CAP)
    parser.add_argument("--stats", action="store_true", help="counts of the pool only")
    args = parser.parse_args()
    eligible = pool()
    if args.stats:
        per = defaultdict(lambda: [0, 0])
        for bares in eligible:
            per[bares[0].corpus][0] += 1
            per[bares[0].corpus][1] += len(bares)
        for corpus, (n_articles, n_bares) in sorted(per.items()):
            print(f"{corpus}\t{n_articles} articles\t{n_bares} bare surnames")
        return
    for split, bare in draw(eligible, args.seed, args.count, args.cap):
        print(json.dumps({"split": split, **bare.as_json()}, ensure_ascii=False))


if __name__ == "__main__":
    main()
