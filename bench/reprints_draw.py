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

The fifth to thirteenth (``test5`` to ``test13``), each after or while the rule was
changed on the parts before, only pairs published within the search's window, seed
1605 to 1613 and quotas ``fifth`` to ``thirteenth`` (``test5``'s shown):

    python -m bench.reprints_draw --seed 1605 --quotas fifth --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl

The fourteenth (``test14``), again within the window, when only identical bodies
and bond pairs were left (the rest of the part is written):

    python -m bench.reprints_draw --seed 1614 --quotas fourteenth --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl

The fifteenth (``test15``): no Reuters pairs (the command gives the originals of its
planted copies), and pairs of a news corpus with dates, within the window:

    python -m bench.reprints_draw --seed 1615 --quotas fifteenth --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl
    python -m bench.reprints_draw --news isot --seed 1615 --quotas fifteenth-news \
        --window 7 --exclude tests/data/reprints_labelled.jsonl > draft-news.jsonl

The sixteenth to twenty-seventh (``test16`` to ``test27``): again no Reuters pairs, and
pairs of another news corpus with dates each time, within the window; the quotas are the
part's ordinal (``sixteenth`` ... ``twentyseventh``, and ``-news`` for the news pairs), the
seeds 1616, 1717, 1818, 1919, 2020, 2121, 2222, 2323, 2424, 2525, 2626, 2727 and the corpora
``recovery``, ``ghananews``, ``pknews``, ``newslk``, ``zimnews``, ``lknews``, ``uknews``,
``bdpress``, ``mepress``, ``kcna``, ``innews``, ``pacnews`` (tests/data/reprints_labelled.md
describes each); ``test27``'s:

    python -m bench.reprints_draw --seed 2727 --quotas twentyseventh --window 7 \
        --exclude tests/data/reprints_labelled.jsonl --planted 50 > draft.jsonl
    python -m bench.reprints_draw --news pacnews --seed 2727 --quotas twentyseventh-news \
        --window 7 --exclude tests/data/reprints_labelled.jsonl > draft-news.jsonl

``--window DAYS`` keeps only the pairs whose two articles' publication dates
(the dates the indexer reads from the corpus records' ``date`` fields) are at
most DAYS days apart; a pair with an undated article is dropped. The search
folds only copies published within ``search.reprints.REPRINT_WINDOW`` of each
other (6 days; 7 when ``test5`` to ``test13`` were drawn), so pairs further apart cannot be folded
and say nothing about the folding's precision: drawing within the window spends
the labelling where folding decisions are made. ``--counts`` prints how many
pairs each stratum holds (after ``--exclude`` and ``--window``) instead of
drawing.

``--news NAME`` draws from a news corpus of ``bench.reprints_news`` instead of
Reuters (``webis``: the BuzzFeed-Webis corpus, ``scripts/build_webis_reprints.py``;
``isot``: a slice of the ISOT dataset's Reuters wire, ``scripts/build_isot_reprints.py``;
``recovery``: ReCOVery's COVID-19 news, ``scripts/build_recovery_reprints.py``;
``ghananews``: Ghanaian news sites' stories, ``scripts/build_ghananews_reprints.py``;
``pknews``: Dawn's and the APP's articles, ``scripts/build_pknews_reprints.py``;
``newslk``: Sri Lankan papers' long-form articles, ``scripts/build_newslk_reprints.py``;
``zimnews``: Zimbabwean news sites' articles, ``scripts/build_zimnews_reprints.py``;
``lknews``: Sri Lankan news sites' articles, ``scripts/build_lknews_reprints.py``;
``uknews``: British national news outlets' articles, ``scripts/build_uknews_reprints.py``;
``bdpress``: Bangladeshi news sites' pages, ``scripts/build_bdpress_reprints.py``;
``mepress``: four papers' articles on the Israel-Hamas war, ``scripts/build_mepress_reprints.py``;
``kcna``: the Korean Central News Agency's English articles, ``scripts/build_kcna_reprints.py``;
``innews``: NewsSumm's Indian newspaper articles, ``scripts/build_innews_reprints.py``;
``pacnews``: ABC News's and RNZ's Pacific stories, ``scripts/build_pacnews_reprints.py``),
its
ids as the corpus gives them; there an "other" pair of two outlets is put in its own
stratum, ``across outlets`` (one outlet's copy of another's story, or shared quotes).
The fourteenth part's news pairs:

    python -m bench.reprints_draw --news webis --seed 1614 --quotas fourteenth-news \
        > draft-news.jsonl

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

from bench.reprints_news import NEWS_CORPORA, news_articles
from bench.reprints_quotas import QUOTA_CHOICES, QUOTAS
from index.fingerprints import enough_shared, is_copy, passage_terms, shingle_set, shingles, winnow
from index.passages import PARAGRAPH_SEPARATOR, passage_spans, split_paragraphs
from index.read.article import Problem
from index.read.records import read_jsonl
from search.reprints import MAX_CANDIDATES, REPRINT_WINDOW

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl"
# Planted copies are made of articles of at least this many words.
MIN_WORDS = 60
# An article's id: a Reuters NEWID, or the id a news corpus gives (bench.reprints_news).
Ident = int | str
# Whether a pair (two ids) may be drawn.
Keep = Callable[[Ident, Ident], bool]
# Unordered id pairs (lower first) -> A (the article whose passages B carries), its passages.
Candidates = dict[tuple[Ident, Ident], tuple[Ident, list[int]]]


def _any(a: Ident, b: Ident) -> bool:
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


def within(days: dict[Ident, date | None], window: int) -> Keep:
    """Whether two articles are both dated and published at most window days apart."""

    def near(a: Ident, b: Ident) -> bool:
        first, second = days.get(a), days.get(b)
        return first is not None and second is not None and abs((first - second).days) <= window

    return near


def strata_of(
    articles: dict[Ident, tuple[str, str]], exclude: frozenset[tuple[Ident, Ident]] = frozenset(),
    keep: Keep = _any, outlets: dict[Ident, str] | None = None,
) -> tuple[Candidates, dict[str, list[tuple[Ident, Ident]]]]:  # fmt: skip
    """The candidate pairs (unordered id pairs, lower first -> A and its passages
    B carries) that keep keeps and exclude lacks, and their ids by stratum; with
    outlets (id -> source), an "other" pair of two outlets is "across outlets"."""
    ordered = candidate_pairs({ident: body for ident, (_, body) in articles.items()})
    unordered: Candidates = {}
    for (a, b), passages in sorted(ordered.items()):
        key = (min(a, b), max(a, b))
        if key not in unordered and key not in exclude and keep(*key):  # A: the lower id B carries
            unordered[key] = (a, passages)
    strata: dict[str, list[tuple[Ident, Ident]]] = defaultdict(list)
    for a, b in unordered:
        name = stratum(articles[a], articles[b])
        if name == "other" and outlets is not None and outlets.get(a) != outlets.get(b):
            name = "across outlets"
        strata[name].append((a, b))
    return unordered, strata


def draw(
    articles: dict[Ident, tuple[str, str]], seed: int, quotas: dict[str, int] = QUOTAS,
    exclude: frozenset[tuple[Ident, Ident]] = frozenset(), keep: Keep = _any,
    outlets: dict[Ident, str] | None = None,
) -> list[dict[str, object]]:  # fmt: skip
    """The pairs drawn by seed, quotas pairs per stratum, none of exclude
    (unordered id pairs, lower first), only those keep keeps."""
    unordered, strata = strata_of(articles, exclude, keep, outlets)
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for name, quota in quotas.items():
        for key in sorted(rng.sample(sorted(strata[name]), min(quota, len(strata[name])))):
            first, passages = unordered[key]
            other = key[1] if first == key[0] else key[0]
            rows.append({"a": first, "b": other, "stratum": name, "passages": passages})
    return rows


def planted_originals(
    articles: dict[Ident, tuple[str, str]], used: set[Ident], count: int, seed: int
) -> list[Ident]:
    """count Reuters ids, by seed, of articles of MIN_WORDS words or more that
    no labelled or drawn pair uses: the originals of planted copies."""
    fit = sorted(i for i, (_, body) in articles.items()
                 if i not in used and len(body.split()) >= MIN_WORDS)  # fmt: skip
    return sorted(random.Random(seed).sample(fit, min(count, len(fit))))


def labelled(
    path: Path, kind: str = "reuters"
) -> tuple[frozenset[tuple[Ident, Ident]], frozenset[Ident]]:
    """The id pairs (lower first) of a labelled set whose two sides are of kind
    (``reuters``, or a news corpus's), and every id of kind it uses (for Reuters,
    planted copies' originals too)."""
    kinds = {"reuters", "reprint", "rewrite"} if kind == "reuters" else {kind}
    parse: Callable[[str], Ident] = int if kind == "reuters" else str
    pairs: set[tuple[Ident, Ident]] = set()
    ids: set[Ident] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line else {}
        sides = [str(row.get(key, "")).partition(":") for key in ("a", "b")]
        ids.update(parse(ident) for side, _, ident in sides if side in kinds)
        if all(side == kind for side, _, _ in sides):
            a, b = (parse(ident) for _, _, ident in sides)
            pairs.add((min(a, b), max(a, b)))  # type: ignore[type-var]  # one kind of id
    return frozenset(pairs), frozenset(ids)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument(
        "--quotas",
        choices=list(QUOTA_CHOICES),
        default="first",
        help="the strata quotas of the first draw, or of test2's, ..., test26's",
    )
    parser.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        help="a labelled set whose pairs (of the corpus drawn from) are not drawn again",
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
    parser.add_argument(
        "--news",
        choices=sorted(NEWS_CORPORA),
        help="draw from this news corpus (bench.reprints_news) instead of Reuters",
    )
    return parser.parse_args()


def corpus_of(
    options: argparse.Namespace,
) -> tuple[dict[Ident, tuple[str, str]], Keep, dict[Ident, str] | None]:
    """The articles drawn from (Reuters, or the news corpus named), which pairs
    the window keeps, and each article's outlet (news corpora only)."""
    if options.news is not None:
        articles, days, outlets = news_articles(NEWS_CORPORA[options.news])
        found: dict[Ident, tuple[str, str]] = dict(articles)
        sources: dict[Ident, str] | None = dict(outlets)
        dated: dict[Ident, date | None] | None = dict(days)
    else:
        found, sources = dict(load(options.corpus)), None
        dated = dict(dates(options.corpus)) if options.window is not None else None
    keep = within(dated, options.window) if dated is not None and options.window else _any
    return found, keep, sources


def main() -> None:
    options = arguments()
    sets = [labelled(path, options.news or "reuters") for path in options.exclude]
    exclude = frozenset().union(*(pairs for pairs, _ in sets))
    articles, keep, outlets = corpus_of(options)
    if options.counts:
        _, strata = strata_of(articles, exclude, keep, outlets)
        print(
            json.dumps(
                {name: len(strata[name]) for name in [*QUOTAS, *sorted(set(strata) - set(QUOTAS))]}
            )
        )
        return
    rows = draw(articles, options.seed, QUOTA_CHOICES[options.quotas], exclude, keep, outlets)
    for row in rows:
        print(json.dumps(row))
    used = {r[k] for r in rows for k in ("a", "b")}.union(*(ids for _, ids in sets))
    for ident in planted_originals(articles, used, options.planted, options.seed):
        print(json.dumps({"a": ident, "stratum": "planted"}))


if __name__ == "__main__":
    main()
