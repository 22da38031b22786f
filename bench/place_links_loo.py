"""Wrong place links across the development facet parts, and one decision chosen
leaving each corpus group out (stop 46, task lk47).

Usage (from the repository root)::

    python bench/place_links_loo.py [--cache DIR] [--tally] [--before DIR]

For every development part (never a held-out one, ``HELD_OUT``: fresh26 now; fresh20 and
fresh21, held out when stop 46's figures of ``bench/EXTRACTION.md`` were taken, fresh22 to
fresh25 are read since they were scored, each its own group, ``vunews``, ``uslocal``,
``guardian``, ``nexisnews``, ``latafnews`` and ``tehrantimes``) it extracts the
entities of each article with this tree's extractor (the indexer's own pass over
dateline, title and body), and joins each article's place values to the part's place
labels: the values labelled wrong for a wrong link (``why`` says the id links another
place of the name) and the values labelled right. For each (article, value) it records
the evidence the linker had: the place's population and kind in the gazetteer, whether
its country is named in the article by anything else (the country, another place of
it), how many other countries the article names, the mention count, whether the
surface is a common English word (the gazetteer's list) and how many countries hold a
place of that written name (a tie the linker broke).

The decisions tried (:func:`drops`): a place that is no country and no world region,
of population under P, whose country the article names by nothing else, is no place
value there, alone or with one more condition. P is chosen on every corpus group but
one (the most wrong-link (article, value) pairs removed less right pairs lost; ties:
the smallest P) and counted on the group left out. ``--before DIR`` (a cache made by a
tree without index/extract/tied_namesakes.py) reports what the shipped mend changed.
The extraction of each part is cached in ``--cache`` (one pickle a part): a cache made
by another tree is that tree's extraction.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.facet_precision_eval import PARTS, TEXTS  # noqa: E402

HELD_OUT: frozenset[str] = frozenset({"fresh26"})
DEV_PARTS = [p for p in PARTS if p not in HELD_OUT]
BBC = {f"test{i}" for i in range(3, 12)} | {"fresh11"}
WIKINEWS = {"dev", "test", "test2"}
#: parts of a corpus no other part reads, grouped under the corpus's name
CORPUS_OF = {
    "fresh20": "vunews", "fresh21": "uslocal", "fresh22": "guardian", "fresh23": "nexisnews",
    "fresh24": "latafnews", "fresh25": "tehrantimes",
}  # fmt: skip

#: ``why`` texts of a wrong link: the id's place is another place of the name.
WRONG_LINK = re.compile(
    r"linked to|id links|wrong link|wrong country|the id's country|its id's country"
    r"|under an id of|namesake's|is in London \(GB\), not|Mecca in Saudi Arabia linked"
    r"|the articles mean the US state",
    re.I,
)


def group(part: str) -> str:
    """The corpus group a part belongs to."""
    if part in WIKINEWS:
        return "wikinews"
    if part in BBC:
        return "bbc"
    return CORPUS_OF.get(part, part)


@dataclass(frozen=True)
class Pair:
    """One place value in one article, with the evidence the linker had."""

    part: str
    article: str
    entity_id: str
    value: str
    surface: str
    label: str  # "wrong link", "right", "other wrong", "unlabelled"
    kind: str
    population: int
    country_named: bool
    other_countries: int
    mentions: int
    common_word: bool
    tie_countries: int


def extract_part(part: str, cache: Path) -> dict[str, list[tuple]]:
    """article id -> its mentions (type, text, entity_id, name, country), cached."""
    out = cache / f"{part}.pickle"
    if out.exists():
        return pickle.loads(out.read_bytes())
    from index.read.records import read_jsonl
    from index.write.documents import mentions

    found: dict[str, list[tuple]] = {}
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "a.jsonl"
        with gzip.open(TEXTS[part], "rt", encoding="utf-8") as source:
            path.write_text(source.read(), encoding="utf-8")
        for article in read_jsonl(path, "a.jsonl", lambda problem: None):
            found[article.id] = [
                (m.type, m.text, m.entity_id, m.name, m.country) for m in mentions(article)
            ]
    out.write_bytes(pickle.dumps(found))
    return found


def read_place_labels(part: str) -> dict[str, str]:
    """place id -> "wrong link", "right" or "other wrong"."""
    labels: dict[str, str] = {}
    for line in (PARTS[part] / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("facet") != "place":
            continue
        if row["ok"]:
            labels[row["id"]] = "right"
        else:
            why = row.get("why", "") + " " + str(row.get("read_again", ""))
            labels[row["id"]] = "wrong link" if WRONG_LINK.search(why) else "other wrong"
    return labels


def evidence(part: str, article: str, rows: list[tuple], labels: dict[str, str]) -> list[Pair]:
    """The article's place values with the linker's evidence."""
    from index.extract.gazetteer import COUNTRY, load_gazetteer
    from index.names import fold_text
    from index.records import entity_id_key

    gaz = load_gazetteer()
    places = [r for r in rows if r[0] == "PLACE"]
    by_id: dict[str, list[tuple]] = {}
    for r in places:
        by_id.setdefault(r[2], []).append(r)
    countries = {r[4] for r in places if r[4]}
    pairs = []
    for entity_id, found in by_id.items():
        cc = entity_id.partition("@")[2]
        key = entity_id_key(entity_id)
        same = [p for p in gaz.places_for_key(found[0][3]) if p.cc == cc]
        same = [p for p in same if entity_id_key(p.entity_id) == key] or same
        kind = "C" if entity_id in gaz.country_ids else (same[0].kind if same else "?")
        population = max((p.population for p in same), default=0)
        named = any(r[4] == cc and r[2] != entity_id for r in places) if cc else True
        surface = Counter(r[1] for r in found).most_common(1)[0][0]
        written = gaz.candidates(fold_text(surface))
        pairs.append(
            Pair(
                part,
                article,
                entity_id,
                found[0][3],
                surface,
                labels.get(entity_id, "unlabelled"),
                kind if kind != COUNTRY else "C",
                population,
                named,
                len(countries - {cc}),
                len(found),
                surface.lower() in gaz.common_words,
                len({c.place.cc for c in written}),
            )
        )
    return pairs


def all_pairs(cache: Path) -> list[Pair]:
    pairs: list[Pair] = []
    for part in DEV_PARTS:
        labels = read_place_labels(part)
        for article, rows in extract_part(part, cache).items():
            pairs += evidence(part, article, rows, labels)
    return pairs


#: Population thresholds tried for P (inhabitants); 0 turns the decision off.
GRID = (0, 1_000, 5_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000, 10**7, 10**9)


def drops(pair: Pair, threshold: int, variant: str) -> bool:
    """Whether the decision with P = ``threshold`` unlinks ``pair``.

    ``any``: a place that is no country or world region, of population under P, whose
    country the article names by nothing else. ``foreign``: the same, in an article that
    names some other country. ``common``: only names that are a common English word.
    ``tie``: only names the gazetteer holds for places of several countries (the linker
    broke a tie between namesakes by rank). ``tie-foreign``: both ``tie`` and ``foreign``.
    """
    if pair.kind in ("C", "W", "?") or pair.country_named or "@" not in pair.entity_id:
        return False
    if pair.population >= threshold:
        return False
    if variant == "foreign":
        return pair.other_countries > 0
    if variant == "common":
        return pair.common_word
    if variant == "tie":
        return pair.tie_countries > 1
    if variant == "tie-foreign":
        return pair.tie_countries > 1 and pair.other_countries > 0
    return True


@dataclass(frozen=True)
class Effect:
    wrong_links: int  # values labelled wrong for a wrong link, gone from their part
    other_wrong: int  # values labelled wrong for another reason, gone
    right_values: int  # values labelled right, gone from their part
    right_pairs: int  # (article, value) pairs labelled right unlinked
    wrong_link_pairs: int  # (article, value) pairs labelled wrong link unlinked
    unlabelled: int  # unlabelled values gone

    def net(self) -> int:
        return self.wrong_link_pairs - self.right_pairs


def effect(pairs: list[Pair], threshold: int, variant: str) -> Effect:
    """What the decision removes: a value is gone when every one of its pairs goes."""
    kept: dict[tuple[str, str], bool] = {}
    label: dict[tuple[str, str], str] = {}
    right_pairs = wrong_pairs = 0
    for pair in pairs:
        key = (pair.part, pair.entity_id)
        dropped = drops(pair, threshold, variant)
        kept[key] = kept.get(key, False) or not dropped
        label[key] = pair.label
        right_pairs += dropped and pair.label == "right"
        wrong_pairs += dropped and pair.label == "wrong link"
    gone = Counter(label[k] for k, stays in kept.items() if not stays)
    return Effect(
        gone["wrong link"],
        gone["other wrong"],
        gone["right"],
        right_pairs,
        wrong_pairs,
        gone["unlabelled"],
    )


def leave_one_out(pairs: list[Pair], variant: str) -> list[tuple[str, int, Effect]]:
    """For each group: P chosen on the others (best net, then smallest P), counted on it."""
    groups = sorted({group(p.part) for p in pairs}, key=lambda g: (len(g), g))
    rows = []
    for held in groups:
        rest = [p for p in pairs if group(p.part) != held]
        best = max(GRID, key=lambda t: (effect(rest, t, variant).net(), -t))
        rows.append(
            (held, best, effect([p for p in pairs if group(p.part) == held], best, variant))
        )
    return rows


def tally(pairs: list[Pair]) -> None:
    """Every wrong-link pair and, in short, the right ones, with their evidence."""
    print("wrong-link (article, value) pairs:")
    for p in sorted(pairs, key=lambda p: (p.part, p.entity_id)):
        if p.label == "wrong link":
            print(
                f"  {p.part:8} {p.entity_id:18} {p.surface!r:18} kind={p.kind} "
                f"pop={p.population} country_named={p.country_named} "
                f"other_cc={p.other_countries} n={p.mentions} common={p.common_word} "
                f"tie_cc={p.tie_countries}"
            )
    right = [p for p in pairs if p.label == "right" and "@" in p.entity_id]
    lone = [p for p in right if not p.country_named and p.kind not in ("C", "W")]
    print(f"right pairs with a country id: {len(right)}; no country named, no country: {len(lone)}")
    by_kind = Counter((p.kind, p.population < 50_000, p.common_word) for p in lone)
    print("  of those by (kind, pop<50k, common word):", dict(by_kind))


def shipped_effect(before: list[Pair], after: list[Pair]) -> None:
    """Per group, the (article, value) pairs of the extraction of ``before`` (a tree
    without the shipped mend) that the extraction of ``after`` (this tree) no longer has,
    by label, and the values gone from a part altogether."""
    kept = {(p.part, p.article, p.entity_id) for p in after}
    present = {(p.part, p.entity_id) for p in after}
    pooled: Counter[str] = Counter()
    for name in sorted({group(p.part) for p in before}, key=lambda g: (len(g), g)):
        pairs = [p for p in before if group(p.part) == name]
        gone = Counter(p.label for p in pairs if (p.part, p.article, p.entity_id) not in kept)
        values = Counter(
            label
            for (part, i), label in {(p.part, p.entity_id): p.label for p in pairs}.items()
            if (part, i) not in present
        )
        print(f"  {name:9} pairs gone {dict(gone)}; values gone {dict(values)}")
        pooled.update({f"pairs {k}": v for k, v in gone.items()})
        pooled.update({f"values {k}": v for k, v in values.items()})
    print(f"  pooled: {dict(pooled)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "lk47")
    parser.add_argument("--tally", action="store_true", help="print every wrong-link pair")
    parser.add_argument(
        "--before", type=Path, help="a cache made by a tree without the mend: what it removed"
    )
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    pairs = all_pairs(args.cache)
    print(len(pairs), "pairs", dict(Counter(p.label for p in pairs)))
    if args.tally:
        tally(pairs)
    for variant in ("any", "foreign", "common", "tie", "tie-foreign"):
        print(f"decision {variant}: group, P chosen on the others, effect on the group")
        total = Counter()
        for held, best, eff in leave_one_out(pairs, variant):
            print(f"  {held:9} P={best:<11} {eff}")
            total.update(eff.__dict__)
        print(f"  pooled: {dict(total)}")
    if args.before:
        print("the shipped mend (index/extract/tied_namesakes.py), before -> after:")
        shipped_effect(all_pairs(args.before), pairs)


if __name__ == "__main__":
    main()
