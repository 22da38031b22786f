"""Precision of the entity facets an editor sees, on public news not used for tuning.

Usage (from the repository root)::

    python bench/facet_precision_eval.py
        [--part dev|test|test2|test3|...|test11|fresh1|fresh2|...|fresh24|fresh25|fresh26]
        [--articles FILE] [--dump OUT.jsonl] [--dump-top N] [--pairs]

Indexes the articles of one part. A part is a folder of ``tests/data`` (``PARTS`` below:
``dev``, ``test`` and ``test2`` Wikinews, ``test3`` to ``test11`` BBC News of 2004-2005,
``fresh1`` onwards one public news corpus each, new to the set when it was drawn) whose
README.md gives its source, licence, draw, queries and labelling readings, and says
whether it is held out (labelled blind, not yet scored: scored once, by name, as the
held-out measure) or was scored once and is development material since, when and with
what figure; docs/evaluation.md lists them all. ``fresh22`` (The Guardian of 2007-2016,
``tests/data/guardian_fresh22/``, labelled at 78b38c1) was scored once at the start of
stop 48 (0.833) and is development material since; ``fresh23`` (China Daily and The Daily
Telegraph of 2020-2021, ``tests/data/nexisnews_fresh23/``, labelled at 0addc6f) was
scored once at the start of stop 49 (0.787) and is development material since;
``fresh24`` (the Latin American and African press of the English Worldwide Newswire set,
``tests/data/latafnews_fresh24/``, labelled at 2647335) was scored once at the start of
stop 50 (0.797) and is development material since; ``fresh25`` (the Tehran Times,
``tests/data/tehrantimes_fresh25/``, labelled at 48485de) was scored once at the start of
stop 51 (0.842) and is development material since; ``fresh26`` (the Times of Malta,
``tests/data/timesofmalta_fresh26/``, labelled at 0941f78, not yet scored) is held out now.
The articles'
text is public text fetched for the set and not committed: each part's folder lists its
articles (``articles.tsv``: id and address or path), and the scorer reads the text from
``../bench-data/CORPUS/PART.jsonl.gz`` beside the repository (``TEXTS`` below;
``--articles`` for another file). It
indexes the articles into a temporary folder, runs each query of ``queries.txt``
with its facets counted 20 deep (through the search library) and scores the top 20 values
of the place, person
and org facets against ``labels.jsonl`` (one line per facet value:
``facet``, ``id``, ``value``, ``ok``; labels are by facet and id, whatever the query).
Prints precision per facet and overall, and the values labelled wrong. A value with no
label is reported and counted apart (label it by the rules, then re-run). ``--dump``
writes the values found, unlabelled, for labelling; ``--dump-top N`` (30, say) writes the
top N of each facet there, with their ranks, so that values which may rise into a top 20
are labelled too (the score counts the top 20 only).

Labels per article: a label line may also carry ``articles`` (the part's articles whose
facet held the value at the commit ``articles_at`` names) and, for a value labelled
wrong, ``wrong_in`` (those of them in which its mentions are not this entity of this type
and link; ``articles`` itself for a value wrong everywhere, ``[]`` with a ``read_again``
note for one right everywhere now). The value level above counts a label whatever the
articles a value covers now, so that it cannot see a change that removes a value's one
wrong article, nor one that adds a wrong article to a value labelled right; the article
level (``bench/facet_articles.py``) counts a value right when none of the articles it
covers now is in ``wrong_in`` and all are in ``articles``, and counts apart, listing their
ids, the values that cover articles not read (read them and add them, as for unlabelled
values). Labels without these fields score as at the value level. Both figures are
printed (``all precision 0.803 (value labels) / 0.812 (article labels)``); ``--pairs``
lists the wrong (value, article) pairs still present. ``bench/facet_article_labels.py``
records ``articles`` and lists a value's sentences per article for reading.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.facet_articles import (  # noqa: E402
    Key,
    read_article_labels,
    score_articles,
    value_articles,
    wrong_pairs,
)

PARTS = {
    "dev": ROOT / "tests" / "data" / "wikinews",
    "test": ROOT / "tests" / "data" / "wikinews_test",
    "test2": ROOT / "tests" / "data" / "wikinews_test2",
    "test3": ROOT / "tests" / "data" / "bbc_test3",
    "test4": ROOT / "tests" / "data" / "bbc_test4",
    "test5": ROOT / "tests" / "data" / "bbc_test5",
    "test6": ROOT / "tests" / "data" / "bbc_test6",
    "test7": ROOT / "tests" / "data" / "bbc_test7",
    "test8": ROOT / "tests" / "data" / "bbc_test8",
    "test9": ROOT / "tests" / "data" / "bbc_test9",
    "test10": ROOT / "tests" / "data" / "bbc_test10",
    "test11": ROOT / "tests" / "data" / "bbc_test11",
    "fresh1": ROOT / "tests" / "data" / "newsdata_fresh1",
    "fresh2": ROOT / "tests" / "data" / "basil_fresh2",
    "fresh3": ROOT / "tests" / "data" / "ptc_fresh3",
    "fresh4": ROOT / "tests" / "data" / "allsides_fresh4",
    "fresh5": ROOT / "tests" / "data" / "fnc_fresh5",
    "fresh6": ROOT / "tests" / "data" / "fakehealth_fresh6",
    "fresh7": ROOT / "tests" / "data" / "celebrity_fresh7",
    "fresh8": ROOT / "tests" / "data" / "webis_fresh8",
    "fresh9": ROOT / "tests" / "data" / "hyperpartisan_fresh9",
    "fresh10": ROOT / "tests" / "data" / "recovery_fresh10",
    "fresh11": ROOT / "tests" / "data" / "masakhanews_fresh11",
    "fresh12": ROOT / "tests" / "data" / "newslk_fresh12",
    "fresh13": ROOT / "tests" / "data" / "ghananews_fresh13",
    "fresh14": ROOT / "tests" / "data" / "bdnews_fresh14",
    "fresh15": ROOT / "tests" / "data" / "pknews_fresh15",
    "fresh16": ROOT / "tests" / "data" / "pngnews_fresh16",
    "fresh17": ROOT / "tests" / "data" / "zbcnews_fresh17",
    "fresh18": ROOT / "tests" / "data" / "uknews_fresh18",
    "fresh19": ROOT / "tests" / "data" / "innews_fresh19",
    "fresh20": ROOT / "tests" / "data" / "vunews_fresh20",
    "fresh21": ROOT / "tests" / "data" / "uslocal_fresh21",
    "fresh22": ROOT / "tests" / "data" / "guardian_fresh22",
    "fresh23": ROOT / "tests" / "data" / "nexisnews_fresh23",
    "fresh24": ROOT / "tests" / "data" / "latafnews_fresh24",
    "fresh25": ROOT / "tests" / "data" / "tehrantimes_fresh25",
    "fresh26": ROOT / "tests" / "data" / "timesofmalta_fresh26",
}
# The articles' text (not committed: see the module docstring), one file per part.
ARTICLES = ROOT.parent / "bench-data" / "wikinews"
TEXTS = {part: ARTICLES / f"{part}.jsonl.gz" for part in PARTS}
# BBC News parts (scripts/build_bbc_news.py); dev, test and test2 are Wikinews
BBC = ("test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11")
TEXTS.update({part: ROOT.parent / "bench-data" / "bbc" / f"{part}.jsonl.gz" for part in BBC})
# US news sites of March 2023 (scripts/build_newsdata_news.py)
NEWSDATA = ("fresh1",)
TEXTS.update({p: ROOT.parent / "bench-data" / "newsdata" / f"{p}.jsonl.gz" for p in NEWSDATA})
# US news of 2010-2019: the New York Times, Fox News, HuffPost (scripts/build_basil_news.py)
BASIL = ("fresh2",)
TEXTS.update({p: ROOT.parent / "bench-data" / "basil" / f"{p}.jsonl.gz" for p in BASIL})
# News of 48 outlets, the Propaganda Techniques Corpus (scripts/build_ptc_news.py)
PTC = ("fresh3",)
TEXTS.update({p: ROOT.parent / "bench-data" / "ptc" / f"{p}.jsonl.gz" for p in PTC})
# News of 54 outlets of 2012-2020 gathered from AllSides (scripts/build_allsides_news.py)
ALLSIDES = ("fresh4",)
TEXTS.update({p: ROOT.parent / "bench-data" / "allsides" / f"{p}.jsonl.gz" for p in ALLSIDES})
# News bodies of 2014-2015 of the Fake News Challenge, FNC-1 (scripts/build_fnc_news.py)
FNC = ("fresh5",)
TEXTS.update({p: ROOT.parent / "bench-data" / "fnc" / f"{p}.jsonl.gz" for p in FNC})
# Health news of 2009-2018, FakeHealth's HealthStory (scripts/build_fakehealth_news.py)
FAKEHEALTH = ("fresh6",)
TEXTS.update({p: ROOT.parent / "bench-data" / "fakehealth" / f"{p}.jsonl.gz" for p in FAKEHEALTH})
# Celebrity news of up to 2018, Pérez-Rosas et al.'s dataset (scripts/build_celebrity_news.py)
CELEBRITY = ("fresh7",)
TEXTS.update({p: ROOT.parent / "bench-data" / "celebrity" / f"{p}.jsonl.gz" for p in CELEBRITY})
# ABC News, CNN and Politico of September 2016, BuzzFeed-Webis (scripts/build_webis_news.py)
WEBIS = ("fresh8",)
TEXTS.update({p: ROOT.parent / "bench-data" / "webis" / f"{p}.jsonl.gz" for p in WEBIS})
# News of 118 sites of 2016-2018, SemEval-2019 Task 4 (scripts/build_hyperpartisan_news.py)
HYPERPARTISAN = ("fresh9",)
TEXTS.update(
    {p: ROOT.parent / "bench-data" / "hyperpartisan" / f"{p}.jsonl.gz" for p in HYPERPARTISAN}
)
# COVID-19 news of 2020 of 19 sites, ReCOVery's reliable ones (scripts/build_recovery_news.py)
RECOVERY = ("fresh10",)
TEXTS.update({p: ROOT.parent / "bench-data" / "recovery" / f"{p}.jsonl.gz" for p in RECOVERY})
# BBC News and Sport of about 2021-2022, MasakhaNEWS's English (scripts/build_masakhanews_news.py)
MASAKHANEWS = ("fresh11",)
TEXTS.update({p: ROOT.parent / "bench-data" / "masakhanews" / f"{p}.jsonl.gz" for p in MASAKHANEWS})
# Sri Lankan newspapers' long-form articles of 2024-2026 (scripts/build_newslk_news.py)
NEWSLK = ("fresh12",)
TEXTS.update({p: ROOT.parent / "bench-data" / "newslk" / f"{p}.jsonl.gz" for p in NEWSLK})
# Ghanaian news sites' articles of January 2026 (scripts/build_ghananews_news.py)
GHANANEWS = ("fresh13",)
TEXTS.update({p: ROOT.parent / "bench-data" / "ghananews" / f"{p}.jsonl.gz" for p in GHANANEWS})
# Bangladeshi newspapers' English articles of December 2025 (scripts/build_bdnews_news.py)
BDNEWS = ("fresh14",)
TEXTS.update({p: ROOT.parent / "bench-data" / "bdnews" / f"{p}.jsonl.gz" for p in BDNEWS})
# Pakistani news of October 2025, Dawn and the APP (scripts/build_pknews_news.py)
PKNEWS = ("fresh15",)
TEXTS.update({p: ROOT.parent / "bench-data" / "pknews" / f"{p}.jsonl.gz" for p in PKNEWS})
# Papua New Guinea news of August to November 2025, The National (scripts/build_pngnews_news.py)
PNGNEWS = ("fresh16",)
TEXTS.update({p: ROOT.parent / "bench-data" / "pngnews" / f"{p}.jsonl.gz" for p in PNGNEWS})
# Zimbabwe news of December 2024 to July 2025, ZBC News (scripts/build_zbcnews_news.py)
ZBCNEWS = ("fresh17",)
TEXTS.update({p: ROOT.parent / "bench-data" / "zbcnews" / f"{p}.jsonl.gz" for p in ZBCNEWS})
# British national news of June to December 2023 (scripts/build_uknews_news.py)
UKNEWS = ("fresh18",)
TEXTS.update({p: ROOT.parent / "bench-data" / "uknews" / f"{p}.jsonl.gz" for p in UKNEWS})
# Indian newspapers of June 2024 to January 2025, NewsSumm (scripts/build_innews_news.py)
INNEWS = ("fresh19",)
TEXTS.update({p: ROOT.parent / "bench-data" / "innews" / f"{p}.jsonl.gz" for p in INNEWS})
# Vanuatu news of 2020-2023, Vanuatu Business Review (scripts/build_vunews_news.py)
VUNEWS = ("fresh20",)
TEXTS.update({p: ROOT.parent / "bench-data" / "vunews" / f"{p}.jsonl.gz" for p in VUNEWS})
# US local news of NLGF's test set of 3DLNews2 (scripts/build_uslocal_news.py)
USLOCAL = ("fresh21",)
TEXTS.update({p: ROOT.parent / "bench-data" / "uslocal" / f"{p}.jsonl.gz" for p in USLOCAL})
# The Guardian of 2007-2016 naming four places, your-next-city (scripts/build_guardian_news.py)
GUARDIAN = ("fresh22",)
TEXTS.update({p: ROOT.parent / "bench-data" / "guardian" / f"{p}.jsonl.gz" for p in GUARDIAN})
# China Daily and The Daily Telegraph (Sydney) of 2020-2021, a Nexis Uni download on the origins
# of COVID-19 (scripts/build_nexisnews_news.py)
NEXISNEWS = ("fresh23",)
TEXTS.update({p: ROOT.parent / "bench-data" / "nexisnews" / f"{p}.jsonl.gz" for p in NEXISNEWS})
# 31 Latin American and African English-language news sites of the English Worldwide
# Newswire set (scripts/build_latafnews_news.py)
LATAFNEWS = ("fresh24",)
TEXTS.update({p: ROOT.parent / "bench-data" / "latafnews" / f"{p}.jsonl.gz" for p in LATAFNEWS})
# The Tehran Times, Iran's English-language daily, Tehran-Times-Dataset's crawl of its site
# (scripts/build_tehrantimes_news.py)
TEHRANTIMES = ("fresh25",)
TEXTS.update({p: ROOT.parent / "bench-data" / "tehrantimes" / f"{p}.jsonl.gz" for p in TEHRANTIMES})
# The Times of Malta, Malta's English-language daily: national news of TimesOfMaltaExplorer's
# scrape of its site (scripts/build_timesofmalta_news.py)
TIMESOFMALTA = ("fresh26",)
TEXTS.update(
    {p: ROOT.parent / "bench-data" / "timesofmalta" / f"{p}.jsonl.gz" for p in TIMESOFMALTA}
)
FACETS = ("place", "person", "org")
TOP = 20
# The indexer of this tree (the installed console script may import another checkout).
_INDEX = "import sys; sys.argv[0] = 'search-index'; from search.cli import index_main; index_main()"


@dataclass(frozen=True)
class Value:
    query: str
    facet: str
    id: str
    value: str
    # 1 for a facet's first value; the score counts ranks up to TOP
    rank: int = 1


@dataclass(frozen=True)
class Score:
    facet: str
    right: int
    labelled: int
    unlabelled: int

    @property
    def precision(self) -> float:
        return self.right / self.labelled if self.labelled else 0.0


def read_labels(path: Path) -> dict[tuple[str, str], bool]:
    """(facet, id) -> right, from one JSON object per line."""
    labels: dict[tuple[str, str], bool] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            labels[(row["facet"], row["id"])] = bool(row["ok"])
        except (ValueError, KeyError, TypeError) as error:
            raise SystemExit(f"{path}:{number}: not a label line ({error})") from None
    return labels


def score(values: Iterable[Value], labels: Mapping[tuple[str, str], bool]) -> list[Score]:
    """Precision per facet, then over all facets (facet "all")."""
    counts = {facet: [0, 0, 0] for facet in (*FACETS, "all")}
    for value in values:
        label = labels.get((value.facet, value.id))
        for facet in (value.facet, "all"):
            if label is None:
                counts[facet][2] += 1
            else:
                counts[facet][0] += label
                counts[facet][1] += 1
    return [Score(facet, *numbers) for facet, numbers in counts.items()]


def facet_values(index: Path, query: str, depth: int = TOP) -> list[Value]:
    """The top ``depth`` values of each entity facet for ``query``, with their ranks."""
    from search.engine import search
    from search.models import SearchRequest
    from search.store import open_store

    request = SearchRequest(query=query, limit=1, passages_per_hit=0, facet_size=depth)
    facets = search(open_store(index), request).facets
    return [
        Value(query, facet, row.id, row.value, rank)
        for facet in FACETS
        for rank, row in enumerate(getattr(facets, facet)[:depth], 1)
    ]


def build(text: Path, work: Path, env: Mapping[str, str]) -> Path:
    """Index the articles of ``text`` (gzipped JSON Lines) into ``work``; the index folder."""
    articles = work / "articles.jsonl"
    with gzip.open(text, "rt", encoding="utf-8") as source:
        articles.write_text(source.read(), encoding="utf-8")
    index = work / "index"
    command = [sys.executable, "-c", _INDEX, str(articles), "--index", str(index), "-q"]
    subprocess.run(command, check=True, env=env)
    return index


def write_dump(path: Path, values: Iterable[Value]) -> None:
    """The values found, one JSON object per line, for labelling."""
    with path.open("w", encoding="utf-8") as out:
        for v in values:
            out.write(json.dumps(v.__dict__, ensure_ascii=False) + "\n")


def dumped_values(index: Path, queries: list[str], depth: int, scored: list[Value]) -> list[Value]:
    """The values ``--dump`` writes: the scored ones, or those of another query ``depth``
    deep (asked apart, so that the scored values stay those of a 20-deep query)."""
    if depth == TOP:
        return scored
    return [v for q in queries for v in facet_values(index, q, depth)]


def part_text(part: str, articles: Path | None) -> Path:
    """The file of a part's articles; exits saying where to get them when it is absent."""
    text = articles or TEXTS[part]
    if not text.is_file():
        sys.exit(
            f"facet_precision_eval: no articles at {text}: the text is not committed; "
            f"fetch the articles listed in {PARTS[part] / 'articles.tsv'} (sources in its "
            "README.md) or give --articles FILE"
        )
    return text


def index_part(text: Path, work: Path) -> Path:
    """Index a part's articles with this tree's indexer into ``work``; the index folder."""
    path = [str(ROOT), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in path if p)}
    return build(text, work, env)


def print_scores(
    values: list[Value], labels_path: Path, current: Mapping[Key, frozenset[str]], pairs: bool
) -> None:
    """The value-level and article-level precision, the wrong values and, with pairs, the
    wrong (value, article) pairs still present."""
    labels = read_labels(labels_path) if labels_path.exists() else {}
    by_article = read_article_labels(labels_path) if labels_path.exists() else {}
    keys = [(v.facet, v.id) for v in values]
    articles, unread = score_articles(keys, by_article, current, FACETS)
    for s, a in zip(score(values, labels), articles, strict=True):
        apart = f", {a.unread} covering articles not read" if a.unread else ""
        print(
            f"  {s.facet:7s} precision {s.precision:.3f} (value labels) / {a.precision:.3f}"
            f" (article labels)  ({s.right} of {s.labelled} labelled"
            f"{f'; {s.unlabelled} unlabelled' if s.unlabelled else ''}; by article"
            f" {a.right} of {a.labelled}{apart})"
        )
    names = {(v.facet, v.id): v.value for v in values}
    wrong = {(v.facet, v.value, v.id) for v in values if labels.get((v.facet, v.id)) is False}
    for facet, value, entity in sorted(wrong):
        print(f"  wrong {facet}: {value} ({entity})")
    for (facet, entity), ids in sorted(unread.items()):
        print(f"  covers articles not read {facet}: {names[facet, entity]} ({entity}):", end="")
        print(" " + " ".join(sorted(ids)))
    for facet, entity, article in wrong_pairs(keys, by_article, current) if pairs else ():
        print(f"  wrong pair {facet}: {names[facet, entity]} ({entity}) in {article}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=list(PARTS), default="dev", help="which set to score")
    parser.add_argument("--articles", type=Path, help="the part's articles (.jsonl.gz)")
    parser.add_argument("--dump", type=Path, help="write the values found, for labelling")
    parser.add_argument(
        "--dump-top", type=int, default=TOP, help="how many values of each facet --dump writes"
    )
    parser.add_argument(
        "--pairs", action="store_true", help="list the wrong (value, article) pairs still present"
    )
    args = parser.parse_args()
    data = PARTS[args.part]
    text = part_text(args.part, args.articles)
    queries = (data / "queries.txt").read_text(encoding="utf-8").split()
    with tempfile.TemporaryDirectory() as work:
        index = index_part(text, Path(work))
        values = [v for q in queries for v in facet_values(index, q)]
        current = value_articles(index)
        if args.dump:
            write_dump(args.dump, dumped_values(index, queries, args.dump_top, values))
    facets = ", ".join(FACETS)
    print(f"{args.part}: {len(queries)} queries, top {TOP} of {facets}: {len(values)} values")
    print_scores(values, data / "labels.jsonl", current, args.pairs)


if __name__ == "__main__":
    main()
