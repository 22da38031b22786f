"""Draw the Reuters pairs of the reprint labelled set: pairs the containment
rule alone would fold, in strata, by a fixed seed.

Every Reuters body is normalised as the indexer stores it and cut into the
search's passages (``index.passages.passage_spans``). An ordered pair (A, B) is
a candidate when some passage of A with at least MIN_SHINGLES shingles is found
in B by the search's own lookup (B shares enough of the passage's winnowed
fingerprints; the MAX_CANDIDATES sharing the most are confirmed) and B contains
at least MIN_CONTAINMENT of the passage's shingles (``is_copy``): exactly the
pairs a search could fold before the same-event test. Pairs are then made
unordered and put in strata, each sampled without replacement:

- identical: the two stored bodies are equal;
- same title: equal titles, different bodies (resends, corrections, updates);
- overlapping: different titles, Jaccard of the two bodies' shingle sets >= 0.5;
- by title words, for the rest (different titles, little overlap): bonds,
  dividends, earnings, prices, other (first group whose words a title holds).

Prints one JSON line per drawn pair: {"a", "b", "stratum", "passages"} with the
Reuters ids (A the article whose passage is copied; passages its indexes in
passage_spans order), for labelling by hand. No Reuters text is printed, and
none is ever committed.

    python -m bench.reprints_draw [--corpus FILE] [--seed 16] > draft.jsonl

The second test part (``test2``) was drawn after the first was scored, from
the pairs not yet labelled, with more of the formulaic strata:

    python -m bench.reprints_draw --seed 1602 --quotas second \
        --exclude tests/data/reprints_labelled.jsonl --planted 60 > draft.jsonl

The third (``test3``) was drawn after test2 had been scored, the same way:

    python -m bench.reprints_draw --seed 1603 --quotas third \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl

The fourth (``test4``) after test3 had been scored:

    python -m bench.reprints_draw --seed 1604 --quotas fourth \
        --exclude tests/data/reprints_labelled.jsonl --planted 45 > draft.jsonl

The fifth (``test5``) after test4 had been scored, only pairs published
within the search's window:

    python -m bench.reprints_draw --seed 1605 --quotas fifth --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl

The sixth (``test6``) after test5 had been scored, again within the window:

    python -m bench.reprints_draw --seed 1606 --quotas sixth --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl

The seventh (``test7``) after test6 had been scored, again within the window:

    python -m bench.reprints_draw --seed 1607 --quotas seventh --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl

The eighth (``test8``) after test7 had been scored, again within the window:

    python -m bench.reprints_draw --seed 1608 --quotas eighth --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl

The ninth (``test9``) after test8 had been scored, again within the window:

    python -m bench.reprints_draw --seed 1609 --quotas ninth --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl

The tenth (``test10``) while the rule was being changed on test9's errors,
again within the window:

    python -m bench.reprints_draw --seed 1610 --quotas tenth --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl

The eleventh (``test11``) again within the window:

    python -m bench.reprints_draw --seed 1611 --quotas eleventh --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl

The twelfth (``test12``) while the rule was being changed on test10's and
test11's errors, again within the window:

    python -m bench.reprints_draw --seed 1612 --quotas twelfth --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl

The thirteenth (``test13``) while the rule was being changed on test12's
errors, again within the window:

    python -m bench.reprints_draw --seed 1613 --quotas thirteenth --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl

The fourteenth (``test14``), again within the window, when only identical bodies
and bond pairs were left (the rest of the part is written):

    python -m bench.reprints_draw --seed 1614 --quotas fourteenth --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl

``--window DAYS`` keeps only the pairs whose two articles' publication dates
(the dates the indexer reads from the corpus records' ``date`` fields) are at
most DAYS days apart; a pair with an undated article is dropped. The search
folds only copies published within 7 days of each other
(``search.reprints.REPRINT_WINDOW``), so pairs further apart cannot be folded
and say nothing about the folding's precision: drawing within the window spends
the labelling where folding decisions are made. ``--counts`` prints how many
pairs each stratum holds (after ``--exclude`` and ``--window``) instead of
drawing.

``--planted N`` also prints N originals for planted copies (articles of
MIN_WORDS words or more in no pair drawn or labelled), one {"a", "stratum":
"planted"} line each.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from index.fingerprints import enough_shared, is_copy, passage_terms, shingle_set, shingles, winnow
from index.passages import PARAGRAPH_SEPARATOR, passage_spans, split_paragraphs
from index.read.article import Problem
from index.read.records import read_jsonl
from search.reprints import MAX_CANDIDATES, REPRINT_WINDOW

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl"
# Pairs drawn from each stratum.
QUOTAS = {"identical": 30, "same title": 60, "overlapping": 40, "bonds": 30,
          "dividends": 25, "earnings": 25, "prices": 30, "other": 50}  # fmt: skip
# The second draw (the test2 part): about half as many, more of the formulaic kinds.
SECOND_QUOTAS = {"identical": 10, "same title": 26, "overlapping": 18, "bonds": 20,
                 "dividends": 18, "earnings": 18, "prices": 22, "other": 18}  # fmt: skip
# The third draw (the test3 part): fewer again, weighted to rewrites and formulaic kinds.
THIRD_QUOTAS = {"identical": 6, "same title": 22, "overlapping": 16, "bonds": 14,
                "dividends": 12, "earnings": 12, "prices": 16, "other": 12}  # fmt: skip
# The fourth draw (the test4 part): weighted to the formulaic strata and rewrites.
# (Only 7 dividend and 4 earnings pairs were left unlabelled: all are drawn.)
FOURTH_QUOTAS = {"identical": 4, "same title": 26, "overlapping": 22, "bonds": 20,
                 "dividends": 14, "earnings": 14, "prices": 20, "other": 12}  # fmt: skip
# The fifth draw (the test5 part), only pairs published within 7 days (--window 7),
# weighted to the formulaic strata and rewrites. Unlabelled pairs within 7 days
# (of 4,118 unlabelled, 2,002; of all 4,783, 2,391): identical 272, same title 359,
# overlapping 75, bonds 677, dividends 0, earnings 0, prices 41 (all drawn), other 578.
FIFTH_QUOTAS = {"identical": 6, "same title": 40, "overlapping": 30, "bonds": 35,
                "dividends": 0, "earnings": 0, "prices": 41, "other": 18}  # fmt: skip
# The sixth draw (the test6 part), again within 7 days. Unlabelled pairs within 7 days
# (of 3,948 unlabelled, 1,832): identical 266, same title 319, overlapping 45, bonds 642,
# dividends 0, earnings 0, prices 0, other 560. All 180 drawn are within the window.
SIXTH_QUOTAS = {"identical": 6, "same title": 45, "overlapping": 35, "bonds": 40,
                "dividends": 0, "earnings": 0, "prices": 0, "other": 54}  # fmt: skip
# The seventh draw (the test7 part), again within 7 days. Unlabelled pairs within 7 days
# (of 3,768 unlabelled, 1,652): identical 260, same title 274, overlapping 10 (all drawn),
# bonds 602, dividends 0, earnings 0, prices 0, other 506. test6's proportions, the 25
# overlapping pairs missing spread over the others in those proportions.
SEVENTH_QUOTAS = {"identical": 7, "same title": 53, "overlapping": 10, "bonds": 47,
                  "dividends": 0, "earnings": 0, "prices": 0, "other": 63}  # fmt: skip
# The eighth draw (the test8 part), again within 7 days. Unlabelled pairs within 7 days
# (of 3,588 unlabelled, 1,472): identical 253, same title 221, overlapping 0, bonds 555,
# dividends 0, earnings 0, prices 0, other 443. test7's proportions, its 10 overlapping
# pairs (none left) spread over the others in those proportions.
EIGHTH_QUOTAS = {"identical": 7, "same title": 56, "overlapping": 0, "bonds": 50,
                 "dividends": 0, "earnings": 0, "prices": 0, "other": 67}  # fmt: skip
# The ninth draw (the test9 part), again within 7 days. Unlabelled pairs within 7 days
# (of 3,408 unlabelled, 1,292): identical 246, same title 165, overlapping 0, bonds 505,
# dividends 0, earnings 0, prices 0, other 376. test8's quotas: every stratum holds enough.
NINTH_QUOTAS = {"identical": 7, "same title": 56, "overlapping": 0, "bonds": 50,
                "dividends": 0, "earnings": 0, "prices": 0, "other": 67}  # fmt: skip
# The tenth draw (the test10 part), again within 7 days. Unlabelled pairs within 7 days
# (of 3,228 unlabelled, 1,112): identical 239, same title 109, overlapping 0, bonds 455,
# dividends 0, earnings 0, prices 0, other 309. test9's quotas: every stratum holds enough.
TENTH_QUOTAS = {"identical": 7, "same title": 56, "overlapping": 0, "bonds": 50,
                "dividends": 0, "earnings": 0, "prices": 0, "other": 67}  # fmt: skip
# The eleventh draw (the test11 part), again within 7 days. Unlabelled pairs within 7 days
# (of 3,048 unlabelled, 932): identical 232, same title 53 (all drawn), overlapping 0,
# bonds 405, dividends 0, earnings 0, prices 0, other 242. test10's quotas, the 3 same-title
# pairs missing spread over the others in those proportions.
ELEVENTH_QUOTAS = {"identical": 7, "same title": 53, "overlapping": 0, "bonds": 51,
                   "dividends": 0, "earnings": 0, "prices": 0, "other": 69}  # fmt: skip
# The twelfth draw (the test12 part), again within 7 days. Unlabelled pairs within 7 days
# (of 2,868 unlabelled, 752): identical 225, same title 0, overlapping 0, bonds 354,
# dividends 0, earnings 0, prices 0, other 173. test11's quotas, its 53 same-title pairs
# (none left) spread over the others in those proportions (7:51:69 of 180).
TWELFTH_QUOTAS = {"identical": 10, "same title": 0, "overlapping": 0, "bonds": 72,
                  "dividends": 0, "earnings": 0, "prices": 0, "other": 98}  # fmt: skip
# The thirteenth draw (the test13 part), again within 7 days. Unlabelled pairs within 7 days
# (of 2,688 unlabelled, 572): identical 215, same title 0, overlapping 0, bonds 282,
# dividends 0, earnings 0, prices 0, other 75 (all drawn). Every "other" pair left; the
# other 105 split between identical and bonds in test12's proportion (10:72).
THIRTEENTH_QUOTAS = {"identical": 13, "same title": 0, "overlapping": 0, "bonds": 92,
                     "dividends": 0, "earnings": 0, "prices": 0, "other": 75}  # fmt: skip
# The fourteenth draw (the test14 part), again within 7 days. Unlabelled pairs within 7 days
# (of 2,508 unlabelled, 392): identical 202, same title 0, overlapping 0, bonds 190, dividends 0,
# earnings 0, prices 0, other 0: test13 took every "other" pair left, so the part is made up
# mostly of written pairs (reprints_labelled.md), with 30 identical and 30 bond pairs drawn.
FOURTEENTH_QUOTAS = {"identical": 30, "same title": 0, "overlapping": 0, "bonds": 30,
                     "dividends": 0, "earnings": 0, "prices": 0, "other": 0}  # fmt: skip
QUOTA_CHOICES = {"first": QUOTAS, "second": SECOND_QUOTAS, "third": THIRD_QUOTAS,
                 "fourth": FOURTH_QUOTAS, "fifth": FIFTH_QUOTAS, "sixth": SIXTH_QUOTAS,
                 "seventh": SEVENTH_QUOTAS, "eighth": EIGHTH_QUOTAS,
                 "ninth": NINTH_QUOTAS, "tenth": TENTH_QUOTAS,
                 "eleventh": ELEVENTH_QUOTAS, "twelfth": TWELFTH_QUOTAS,
                 "thirteenth": THIRTEENTH_QUOTAS, "fourteenth": FOURTEENTH_QUOTAS}  # fmt: skip
# Planted copies are made of articles of at least this many words.
MIN_WORDS = 60
# Whether a pair (two Reuters ids) may be drawn.
Keep = Callable[[int, int], bool]
# Unordered id pairs (lower first) -> A (the article whose passages B carries), its passages.
Candidates = dict[tuple[int, int], tuple[int, list[int]]]


def _any(a: int, b: int) -> bool:
    return True


TITLE_GROUPS = [
    ("bonds", re.compile(r"\b(EUROBONDS?|BONDS?|NOTES|DEBENTURES|DEBT)\b")),
    ("dividends", re.compile(r"\b(DIVIDENDS?|PAYOUT|QUARTERLY)\b")),
    ("earnings", re.compile(r"\b(QTR|NET|EARNINGS|PROFITS?|LOSS)\b")),
    ("prices", re.compile(r"\b(PRICES?|POSTINGS?|RATES?)\b")),
]


def load(path: Path) -> dict[int, tuple[str, str]]:
    """Reuters id -> (title, body as the indexer stores it)."""
    found = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            body = PARAGRAPH_SEPARATOR.join(split_paragraphs(record.get("body") or ""))
            found[int(record["id"])] = (record.get("title") or "", body)
    return found


def candidate_pairs(bodies: dict[int, str]) -> dict[tuple[int, int], list[int]]:
    """(A, B) -> indexes of A's passages B carries, by the search's lookup."""
    postings: dict[int, list[int]] = defaultdict(list)
    sets = {}
    for ident, body in bodies.items():
        sets[ident] = shingle_set(body)
        for value in {value for _, value in winnow(shingles(body))}:
            postings[value].append(ident)
    pairs: dict[tuple[int, int], list[int]] = defaultdict(list)
    for ident, body in bodies.items():
        for number, (start, end) in enumerate(passage_spans(body)):
            for other in _confirmed(ident, body[start:end], passage_terms(body, start, end),
                                    postings, sets):  # fmt: skip
                pairs[ident, other].append(number)
    return pairs


def _confirmed(
    ident: int, passage: str, terms: list[str], postings: dict[int, list[int]],
    sets: dict[int, frozenset[int]],
) -> Iterator[int]:  # fmt: skip
    part = shingle_set(passage)
    if not terms:
        return
    shared: Counter[int] = Counter()
    for found in terms:
        shared.update(postings[int(found, 16)])
    least = enough_shared(len(terms))
    for other, count in shared.most_common(MAX_CANDIDATES + 1):
        if other != ident and count >= least and is_copy(part, sets[other]):
            yield other


def stratum(a: tuple[str, str], b: tuple[str, str]) -> str:
    if a[1] == b[1]:
        return "identical"
    if a[0] == b[0]:
        return "same title"
    left, right = shingle_set(a[1]), shingle_set(b[1])
    if len(left & right) >= 0.5 * len(left | right):
        return "overlapping"
    titles = f"{a[0]} {b[0]}"
    return next((name for name, words in TITLE_GROUPS if words.search(titles)), "other")


def dates(path: Path) -> dict[int, date | None]:
    """Reuters id -> the publication date the indexer reads from its record."""
    problems: list[Problem] = []
    return {int(article.id): article.published
            for article in read_jsonl(path, path.name, problems.append)}  # fmt: skip


def within(days: dict[int, date | None], window: int) -> Keep:
    """Whether two articles are both dated and published at most window days apart."""

    def near(a: int, b: int) -> bool:
        first, second = days.get(a), days.get(b)
        return first is not None and second is not None and abs((first - second).days) <= window

    return near


def strata_of(
    articles: dict[int, tuple[str, str]], exclude: frozenset[tuple[int, int]] = frozenset(),
    keep: Keep = _any,
) -> tuple[Candidates, dict[str, list[tuple[int, int]]]]:  # fmt: skip
    """The candidate pairs (unordered id pairs, lower first -> A and its passages
    B carries) that keep keeps and exclude lacks, and their ids by stratum."""
    ordered = candidate_pairs({ident: body for ident, (_, body) in articles.items()})
    unordered: Candidates = {}
    for (a, b), passages in sorted(ordered.items()):
        key = (min(a, b), max(a, b))
        if key not in unordered and key not in exclude and keep(*key):  # A: the lower id B carries
            unordered[key] = (a, passages)
    strata: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a, b in unordered:
        strata[stratum(articles[a], articles[b])].append((a, b))
    return unordered, strata


def draw(
    articles: dict[int, tuple[str, str]], seed: int, quotas: dict[str, int] = QUOTAS,
    exclude: frozenset[tuple[int, int]] = frozenset(), keep: Keep = _any,
) -> list[dict[str, object]]:  # fmt: skip
    """The pairs drawn by seed, quotas pairs per stratum, none of exclude
    (unordered id pairs, lower first), only those keep keeps."""
    unordered, strata = strata_of(articles, exclude, keep)
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for name, quota in quotas.items():
        for key in sorted(rng.sample(sorted(strata[name]), min(quota, len(strata[name])))):
            first, passages = unordered[key]
            other = key[1] if first == key[0] else key[0]
            rows.append({"a": first, "b": other, "stratum": name, "passages": passages})
    return rows


def planted_originals(
    articles: dict[int, tuple[str, str]], used: set[int], count: int, seed: int
) -> list[int]:
    """count Reuters ids, by seed, of articles of MIN_WORDS words or more that
    no labelled or drawn pair uses: the originals of planted copies."""
    fit = sorted(i for i, (_, body) in articles.items()
                 if i not in used and len(body.split()) >= MIN_WORDS)  # fmt: skip
    return sorted(random.Random(seed).sample(fit, min(count, len(fit))))


def labelled(path: Path) -> tuple[frozenset[tuple[int, int]], frozenset[int]]:
    """The Reuters id pairs (lower first) of a labelled set, and every Reuters
    id it uses (planted copies' originals too)."""
    pairs: set[tuple[int, int]] = set()
    ids: set[int] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line else {}
        sides = [str(row.get("a", "")), str(row.get("b", ""))]
        ids.update(int(s.split(":", 1)[1]) for s in sides if s.split(":", 1)[0] != "written"
                   and s.split(":", 1)[-1].isdigit())  # fmt: skip
        if all(side.startswith("reuters:") for side in sides):
            a, b = (int(side.split(":", 1)[1]) for side in sides)
            pairs.add((min(a, b), max(a, b)))
    return frozenset(pairs), frozenset(ids)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument(
        "--quotas",
        choices=list(QUOTA_CHOICES),
        default="first",
        help="the strata quotas of the first draw, or of test2's, ..., test14's",
    )
    parser.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        help="a labelled set whose Reuters pairs are not drawn again",
    )
    parser.add_argument(
        "--window",
        type=int,
        metavar="DAYS",
        help="only pairs published at most DAYS days apart (the search folds copies "
        f"within {REPRINT_WINDOW.days})",
    )
    parser.add_argument(
        "--counts", action="store_true", help="print the pairs per stratum instead of drawing"
    )
    parser.add_argument(
        "--planted", type=int, default=0, help="also print this many originals for planted copies"
    )
    return parser.parse_args()


def main() -> None:
    options = arguments()
    sets = [labelled(path) for path in options.exclude]
    exclude = frozenset().union(*(pairs for pairs, _ in sets))
    articles = load(options.corpus)
    keep = within(dates(options.corpus), options.window) if options.window is not None else _any
    if options.counts:
        _, strata = strata_of(articles, exclude, keep)
        print(json.dumps({name: len(strata[name]) for name in QUOTAS}))
        return
    rows = draw(articles, options.seed, QUOTA_CHOICES[options.quotas], exclude, keep)
    for row in rows:
        print(json.dumps(row))
    used = {int(str(r[k])) for r in rows for k in ("a", "b")}.union(*(ids for _, ids in sets))
    for ident in planted_originals(articles, used, options.planted, options.seed):
        print(json.dumps({"a": ident, "stratum": "planted"}))


if __name__ == "__main__":
    main()
