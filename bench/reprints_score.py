"""Score reprint folding on the labelled pairs: does it fold the same story and
keep different events apart?

The labelled set (tests/data/reprints_labelled.jsonl, drawn as bench/README.md
describes) holds pairs of articles, each labelled ``same`` (one story: a resend,
a reprint, a rewrite, a correction) or ``different`` (different events: the same
template with other figures, names or dates; or different stories sharing a
paragraph). A side is ``reuters:ID`` (the body of that Reuters-21578 article,
read from ../shared), ``reprint:ID`` or ``rewrite:ID`` (a copy of it planted at
run time by ``bench.reprints_planted``), ``written:KEY`` (a text of
tests/data/reprints_written.jsonl, written for this set), or ``webis:ID``,
``isot:ID``, ``recovery:ID``, ``ghananews:ID``, ``pknews:ID``, ``newslk:ID``,
``zimnews:ID``, ``lknews:ID``, ``uknews:ID``, ``bdpress:ID``, ``mepress:ID``, ``kcna:ID``,
``innews:ID`` or ``pacnews:ID``
(an article or page of a news corpus of ``bench.reprints_news``, read from ../bench-data).
Each side has the date the search would see: a Reuters article the date the indexer reads
from the corpus record; a planted copy its original's date plus the planting rule's
delay (``planted_date``: 0 to 3 days); a news article the date the indexer reads
from its record as ``bench.reprints_news`` reads it (none for the BuzzFeed-Webis
corpus); a written text none.

Each side also has its source's furniture (``index.site_furniture``: the paragraphs
its source prints on MIN_PAGES different pages), marked over the whole corpus file the
side comes from as the indexer would mark it over those pages: a news side over its
news corpus, a Reuters side over the Reuters corpus, and a planted or written side
(unsourced) as the unsourced pages of the Reuters corpus. The search's rule sets it
aside from the passage and from both texts (``search.reprints.is_reprint``).
And each has its source (``index.site_furniture.source_of``; none for a planted
or written side), as the search knows it: texts of two sources are asked whether
one is carried in the other (``search.reprints.carried_across``).

For each pair and each direction, every passage of one side (as the search cuts
it, ``index.passages.passage_spans``, and widens a short one,
``search.reprints.widened``) is confirmed against the other side as the
search confirms a candidate (``search.reprints.is_reprint``, the test
``copies_of`` applies: published within the window, containment, then
``index.particulars.same_event``). A pair is *folded*
when some passage in either direction is confirmed (a search showing that
passage would fold the two); *folded whatever the passage* when every passage
the containment test accepts is confirmed. Three rules are scored: containment
alone (the rule before the same-event test), containment within the window
(no same-event test), and the search's rule.

Figures, for each part apart (``dev``, ``test``, ``test2`` ... each held out in turn and
development material once scored): the share of ``same`` pairs folded (target >= 95%),
and the share of folded pairs that are different events (target <= 1%), by kind. Pairs
with a Reuters side are skipped, with a note, when ../shared is missing; pairs with a
news side when its corpus is missing from ../bench-data.

    python -m bench.reprints_score [--corpus FILE] [--parts dev,test,test2]
        [--errors [PARTS]] [--timing]

``--parts`` scores only the parts named. A part drawn and labelled but not scored yet
goes into HELD_OUT (none now: ``test27``, ``pacnews:ID``, ABC News's and RNZ's Pacific
stories, was scored once at the start of stop 51): known but not scored by default,
it is scored once, by name, as the held-out measure;
tests/data/reprints_labelled.md and bench/README.md tell when each earlier part was scored.

``--errors`` lists the wrong decisions of the parts named (by default those
tuned on: all twenty-eight, dev to test27, each since it was scored once); a
held-out part's are listed only once it has been scored for the last time.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from statistics import median

from bench.reprints_news import NEWS_CORPORA, read_news
from bench.reprints_planted import planted, planted_date
from index.fingerprints import is_copy, shingle_set
from index.particulars import forget, same_event
from index.passages import PARAGRAPH_SEPARATOR, passage_spans
from index.read.article import Problem
from index.read.records import read_jsonl
from index.site_furniture import NO_MARKS, Marks, furniture_of, set_aside, source_of
from search.reprints import is_reprint, widened, within_window

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "data" / "reprints_labelled.jsonl"
WRITTEN = ROOT / "tests" / "data" / "reprints_written.jsonl"
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
# The parts of the labelled set, in report order; the rule is tuned on TUNED.
SPLITS = (
    "dev",
    "test",
    "test2",
    "test3",
    "test4",
    "test5",
    "test6",
    "test7",
    "test8",
    "test9",
    "test10",
    "test11",
    "test12",
    "test13",
    "test14",
    "test15",
    "test16",
    "test17",
    "test18",
    "test19",
    "test20",
    "test21", "test22", "test23", "test24", "test25", "test26", "test27",
)  # fmt: skip
# The parts looked at while the rule was tuned: all of them, each scored once held out
# first. A new held-out part goes into SPLITS and stays out of TUNED until scored.
TUNED = SPLITS
# Parts drawn and labelled but not scored yet: --parts knows them, but they are not scored
# by default, nor listed by --errors, nor read by the tests, until scored once.
HELD_OUT: tuple[str, ...] = ()
PARTS = SPLITS + HELD_OUT


@dataclass(frozen=True)
class Side:
    """One side of a pair: its text and the publication date the search sees."""

    text: str
    published: date | None = None
    # Its source's furniture in the archive it comes from (``index.site_furniture``),
    # marked over the whole corpus file as the indexer would mark it.
    furniture: Marks = NO_MARKS
    # Whose pages it is (``index.site_furniture.source_of``), "" when unsourced.
    site: str = ""


# (side shown, passage span in it, candidate side) -> folded or not.
Rule = Callable[[Side, tuple[int, int], Side], bool]


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    label: str
    kind: str
    split: str
    note: str


@dataclass(frozen=True)
class Decision:
    pair: Pair
    copied: bool  # containment accepts some passage (either direction)
    folded: bool  # the rule confirms some passage
    folded_always: bool  # the rule confirms every passage containment accepts


@dataclass(frozen=True)
class Score:
    same: int
    same_folded: int
    same_folded_always: int
    different: int
    different_folded: int

    @property
    def recall(self) -> float:
        return self.same_folded / self.same if self.same else 0.0

    @property
    def wrong_share(self) -> float:
        """The share of folded pairs that are different events."""
        folded = self.same_folded + self.different_folded
        return self.different_folded / folded if folded else 0.0


def containment(shown: Side, span: tuple[int, int], candidate: Side) -> bool:
    """Whether candidate holds the passage the search looks up for span
    (``search.reprints.widened``)."""
    span = widened(shown.text, span)
    return is_copy(shingle_set(shown.text[span[0] : span[1]]), shingle_set(candidate.text))


def in_window(shown: Side, span: tuple[int, int], candidate: Side) -> bool:
    """Containment within the window, without the same-event test."""
    return within_window(shown.published, candidate.published) and containment(
        shown, span, candidate
    )


def search_rule(shown: Side, span: tuple[int, int], candidate: Side) -> bool:
    """How the search confirms a candidate (search.reprints.copies_of)."""
    start, end = widened(shown.text, span)
    furniture = shown.furniture, candidate.furniture
    part = shingle_set(set_aside(shown.text[start:end], shown.furniture))
    sources = shown.site, candidate.site
    return is_reprint(
        shown.text, part, shown.published, candidate.text, candidate.published, furniture, sources
    )


def load_pairs(path: Path = LABELLED) -> list[Pair]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return [Pair(r["a"], r["b"], r["label"], r["kind"], r["split"], r["note"]) for r in rows]


def load_sides(pairs: Iterable[Pair], corpus: Path | None) -> dict[str, Side]:
    """Every side that can be had: written ones always (undated), Reuters ones
    (read as the indexer reads the corpus: body and date) and the copies
    planted from them when the corpus is there."""
    sides = {}
    wanted = {side.split(":", 1)[1] for p in pairs for side in (p.a, p.b)
              if side.split(":", 1)[0] in ("reuters", "reprint", "rewrite")}  # fmt: skip
    sides.update(news_sides(pairs))
    unsourced = NO_MARKS
    if corpus is not None and corpus.exists():
        problems: list[Problem] = []
        articles = list(read_jsonl(corpus, corpus.name, problems.append))
        marks = furniture_of((a.source, a.url, a.body) for a in articles)
        # Written and planted sides are set beside the Reuters articles, unsourced as they are.
        unsourced = marks.get(source_of("", ""), NO_MARKS)
        for article in articles:
            if article.id in wanted:
                own = marks.get(source_of(article.source, article.url), NO_MARKS)
                site = source_of(article.source, article.url)
                sides[f"reuters:{article.id}"] = Side(article.body, article.published, own, site)
        for ident in wanted:
            original = sides.get(f"reuters:{ident}")
            for kind in ("reprint", "rewrite"):
                if original is not None:
                    text = planted(kind, original.text, ident)
                    day = planted_date(kind, original.published, ident)
                    sides[f"{kind}:{ident}"] = Side(text, day, unsourced)
    for line in WRITTEN.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        sides[f"written:{record['id']}"] = Side(record["body"], None, unsourced)
    return sides


def news_sides(pairs: Iterable[Pair]) -> dict[str, Side]:
    """The sides from news corpora (``webis:ID``) whose corpus file is there, read
    as the indexer reads them (body and date; the BuzzFeed-Webis corpus gives none)."""
    wanted = {side for p in pairs for side in (p.a, p.b) if side.split(":", 1)[0] in NEWS_CORPORA}
    sides = {}
    for kind in sorted({side.split(":", 1)[0] for side in wanted}):
        if NEWS_CORPORA[kind].exists():
            articles = read_news(NEWS_CORPORA[kind])
            # Marked over the whole corpus file, as the indexer would mark it.
            marks = furniture_of((a.source, a.url, a.body) for a in articles)
            for article in articles:
                if f"{kind}:{article.id}" in wanted:
                    site = source_of(article.source, article.url)
                    side = Side(article.body, article.published, marks.get(site, NO_MARKS), site)
                    sides[f"{kind}:{article.id}"] = side
    return sides


def decide(pair: Pair, texts: dict[str, Side], rule: Rule) -> Decision:
    verdicts = [
        rule(body, span, other)
        for body, other in ((texts[pair.a], texts[pair.b]), (texts[pair.b], texts[pair.a]))
        for span in passage_spans(body.text)
        if containment(body, span, other)
    ]
    return Decision(pair, bool(verdicts), any(verdicts), bool(verdicts) and all(verdicts))


def score(decisions: Iterable[Decision]) -> Score:
    done = list(decisions)
    same = [d for d in done if d.pair.label == "same"]
    different = [d for d in done if d.pair.label == "different"]
    return Score(len(same), sum(d.folded for d in same), sum(d.folded_always for d in same),
                 len(different), sum(d.folded for d in different))  # fmt: skip


def evaluate(pairs: list[Pair], texts: dict[str, Side], rule: Rule) -> list[Decision]:
    return [decide(p, texts, rule) for p in pairs if p.a in texts and p.b in texts]


def report(name: str, decisions: list[Decision]) -> list[str]:
    lines = [f"{name}:"]
    for split in [s for s in PARTS if any(d.pair.split == s for d in decisions)]:
        part = [d for d in decisions if d.pair.split == split]
        s = score(part)
        lines.append(
            f"  {split:5} same folded {s.same_folded}/{s.same} ({s.recall:.1%}; whatever the "
            f"passage {s.same_folded_always}/{s.same})  different folded "
            f"{s.different_folded}/{s.different}  folded pairs that are different events "
            f"{s.wrong_share:.1%}"
        )
        for kind in sorted({d.pair.kind for d in part}):
            k = score(d for d in part if d.pair.kind == kind)
            figure = (f"{k.same_folded}/{k.same} folded" if k.same
                      else f"{k.different_folded}/{k.different} folded")  # fmt: skip
            lines.append(f"          {kind:18} {figure}")
    return lines


def errors(decisions: list[Decision], parts: Iterable[str] = TUNED) -> list[str]:
    """The wrong decisions of these parts (by default those tuned on)."""
    listed = set(parts)
    wrong = [d for d in decisions if d.pair.split in listed
             and d.folded != (d.pair.label == "same")]  # fmt: skip
    return [f"  {d.pair.split:5} {d.pair.label:9} {'folded' if d.folded else 'kept apart':10} "
            f"{d.pair.a} {d.pair.b} ({d.pair.kind}: {d.pair.note})" for d in wrong]  # fmt: skip


def timing(pairs: list[Pair], texts: dict[str, Side]) -> list[str]:
    """CPU time of one same-event test, memo caches emptied before each (the
    cost for a candidate met for the first time), over the labelled pairs; and
    on two large texts (1 and 5 MB of generated copy), which only MAX_CHARS of
    each bounds."""
    both = [p for p in pairs if p.a in texts and p.b in texts]
    costs = sorted(_cold(texts[p.a].text, texts[p.b].text) for p in both)
    lines = ["same-event test, CPU per call, caches emptied:"]
    if costs:
        p95 = costs[min(len(costs) - 1, int(0.95 * len(costs)))]
        lines.append(f"  labelled pairs ({len(costs)}): median {median(costs) * 1000:.2f} ms, "
                     f"p95 {p95 * 1000:.2f} ms, max {costs[-1] * 1000:.2f} ms")  # fmt: skip
    for size in (1_000_000, 5_000_000):
        first, second = _large(size, 1), _large(size, 2)
        lines.append(f"  two {size // 1_000_000} MB texts: {_cold(first, second):.2f} s")
    return lines


def _cold(body: str, candidate: str) -> float:
    forget()
    start = time.process_time()
    same_event(body, candidate)
    return time.process_time() - start


def _large(size: int, seed: int) -> str:
    """Generated copy of about size characters: written weather and sports
    texts with their figures and names varied, paragraph after paragraph. Only
    the texts of the parts tuned on are used, so a held-out part's texts leave
    the figures as they were."""
    rng = random.Random(seed)
    tuned = {side for p in load_pairs() if p.split in TUNED for side in (p.a, p.b)}
    records = [json.loads(line) for line in WRITTEN.read_text("utf-8").splitlines()]
    source = [r["body"] for r in records if f"written:{r['id']}" in tuned]
    parts: list[str] = []
    length = 0
    while length < size:
        text = re.sub(r"\d+", lambda _: str(rng.randrange(1000)), rng.choice(source))
        text = re.sub(r"\b[A-Z][a-z]+", lambda m: m.group() + rng.choice("abcdefgh"), text)
        parts.append(text)
        length += len(text) + 2
    return PARAGRAPH_SEPARATOR.join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--errors",
        nargs="?",
        const=",".join(TUNED),
        metavar="PARTS",
        help=f"list the wrong decisions of these parts (default {','.join(TUNED)}: those tuned on)",
    )
    parser.add_argument("--timing", action="store_true", help="time the same-event test")
    parser.add_argument(
        "--parts",
        default=",".join(SPLITS),
        help=f"the parts scored, comma-separated (default {','.join(SPLITS)}"
        + (f"; also {','.join(HELD_OUT)}, held out)" if HELD_OUT else ")"),
    )
    options = parser.parse_args()
    parts = options.parts.split(",")
    listed = options.errors.split(",") if options.errors else []
    unknown = sorted((set(parts) | set(listed)) - set(PARTS))
    if unknown:
        parser.error(f"unknown part {unknown[0]!r}: use one of {', '.join(PARTS)}")
    pairs = [p for p in load_pairs() if p.split in parts]
    texts = load_sides(pairs, options.corpus)
    missing = sum(1 for p in pairs if p.a not in texts or p.b not in texts)
    if missing:
        print(
            f"{missing} of {len(pairs)} pairs skipped: {options.corpus} or a news corpus "
            "(bench.reprints_news) not found",
            file=sys.stderr,
        )
    lines = report("containment alone", evaluate(pairs, texts, containment))
    lines += report("containment within the window", evaluate(pairs, texts, in_window))
    decisions = evaluate(pairs, texts, search_rule)
    lines += report("same event (the search's rule)", decisions)
    if options.errors:
        lines += [f"wrong decisions ({', '.join(listed)}):", *errors(decisions, listed)]
    if options.timing:
        lines += timing(pairs, texts)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
