"""Score quotation detection and speaker attribution on the quote speaker sets.

Usage (from the repository root)::

    python -m bench.quote_speakers_eval [--set reuters|news]
                                        [--split dev|test|test2|...|test12|test13|all]
                                        [--corpus FILE] [--data DIR]
                                        [--labels FILE] [--errors]

The Reuters set (tests/data/quote_speakers/, rules in its README.md) labels
every quotation of 90 Reuters-21578 articles by offsets into the body
normalised as the indexer stores it; the bodies are read from the corpus
(``--corpus``). The news set (``--set news``, tests/data/quote_speakers_news/)
does the same for 100 articles of ten modern news corpora, whose bodies are
read from ``--data`` (``../bench-data``), each from the corpus file its label
names. A set is skipped cleanly, naming the missing file, when a corpus file is
missing. Each body goes through ``extract_entities`` and then
``extract_quotes``. The labels give a quotation continued over several
paragraphs once per paragraph, so an extracted quotation is cut at paragraph
breaks into pieces that keep its speaker before matching.

- Detection: a piece matches a labelled quotation not yet matched when their
  spans overlap by at least 80% of the longer one (as in bench/quotes_eval.py).
  Pieces overlapping an ``ignored`` span (a single word, a name or term in
  quote marks) are dropped, neither matched nor spurious. Precision = matched /
  pieces, recall = matched / labelled.
- Attribution, over matched quotations. A quotation is credited to a person
  (``speaker``, a person only) or else to a group or a description
  (``attribution``). A labelled ``person`` is scored against ``speaker``: right
  when its name equals the labelled name after titles are removed
  (case-insensitively), or the name of the entity of its ``speaker_id`` does. A
  labelled ``description`` or ``group`` is scored against ``attribution``: right
  when no person is credited (``speaker`` is null); ``strict`` also asks that
  ``attribution`` carries it (is not null), and ``kind`` counts, of those, the
  ones whose kind (group or description) is the labelled one. ``none`` is right
  when neither is given. Partial accuracy compares the partial flags.

The default split is ``dev``; ``--errors`` lists the errors of the split named (dev's
only for ``all``). Score ``test`` only to report. The news set's ``test2`` (48
articles of South Asian and West African daily press, held out) is scored only
when named (``--split test2``; ``all`` is dev and test), once, by whoever reports it;
so is ``test3`` (48 articles of African English news, hyperpartisan and 2020 news
sites and Reuters political wire: ``--split test3``), ``test4`` (48 articles of the
Philippine press: ``--split test4``), ``test5`` (48 articles of CBC News of January 2020,
scored once held out at the end of stop 44: ``--split test5``), ``test6`` (48
articles of ABC News, Australia, and RNZ, New Zealand, Pacific stories of 2003-2023,
scored once held out at the end of stop 45: ``--split test6``), ``test7`` (48 articles
of the Trinidad and Tobago press of 2019, mostly the Trinidad Express, scored once held
out at the end of stop 46: ``--split test7``), ``test8`` (32 articles of the Malaysian
press, The Star of May and June 2020, scored once held out at the start of stop 47:
``--split test8``), ``test9`` (16 articles of the Singapore press, Straits Times and
CNA stories of September to November 2025, scored once held out at the start of stop 48:
``--split test9``), ``test10`` (46 articles of the Hong Kong, northern and Indigenous
Canadian and Guyanese press of the English Worldwide Newswire set, scored once held out
at the start of stop 49: ``--split test10``), ``test11`` (50 articles of the Gulf,
Middle Eastern, Indian, Korean, Thai and New Zealand press of the same set, scored once
held out at the start of stop 50: ``--split test11``), ``test12`` (50 articles of
Qatari, Japanese, Egyptian, Indian, Jordanian, Mongolian, Saudi, Thai and Taiwanese
outlets of the same set, scored once held out at the start of stop 51: ``--split
test12``) and ``test13`` (48 articles of Australian, Israeli, Jordanian, Kuwaiti, Saudi,
Bangladeshi, Indian and Korean outlets of the same set, held out: ``--split test13``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quote_speakers_draw import DEFAULT_CORPUS, normalised_bodies  # noqa: E402
from bench.quote_speakers_news_draw import DEFAULT_DATA, normalise  # noqa: E402
from bench.quotes_eval import OVERLAP, normalise_speaker  # noqa: E402
from index.extract.entities import extract_entities  # noqa: E402
from index.extract.quotes import Quote, extract_quotes  # noqa: E402
from index.passages import PARAGRAPH_SEPARATOR  # noqa: E402
from index.records import Mention  # noqa: E402

DEFAULT_LABELS = ROOT / "tests" / "data" / "quote_speakers" / "labels.jsonl"
NEWS_LABELS = ROOT / "tests" / "data" / "quote_speakers_news" / "labels.jsonl"
# Titles and honorifics dropped from names before they are compared, besides
# those of bench/quotes_eval.py.
_MORE_TITLES = frozenset(
    "lord lady sen sens rep commissioner chairman secretary pope father".split()
)


@dataclass(frozen=True)
class Label:
    start: int
    end: int
    speaker: str | None
    kind: str  # person | description | group | none
    partial: bool


@dataclass(frozen=True)
class Article:
    id: int | str
    split: str
    quotes: tuple[Label, ...]
    ignored: tuple[tuple[int, int], ...]
    corpus: str = ""  # news set: the corpus folder and file the body is read from
    file: str = ""


@dataclass
class Tally:
    labelled: int = 0
    detected: int = 0
    matched: int = 0
    right: int = 0
    strict: int = 0
    partial_right: int = 0
    described: int = 0  # matched description/group labels the attribution carries
    kind_right: int = 0  # of those, with the labelled kind
    kinds: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        p = self.matched / self.detected if self.detected else 1.0
        r = self.matched / self.labelled if self.labelled else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        m = self.matched or 1
        return (
            f"{name}: {self.labelled} labelled, {self.detected} detected, {self.matched} matched"
            f"\n  precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}"
            f"\n  attribution {self.right / m:.3f} ({self.right}/{self.matched})"
            f"  strict {self.strict / m:.3f}  partial {self.partial_right / m:.3f}"
            f"\n  described: kind right {self.kind_right}/{self.described}"
        )


def read_labels(path: Path = DEFAULT_LABELS) -> list[Article]:
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            quotes = tuple(
                Label(q["start"], q["end"], q["speaker"], q["speaker_kind"], q["partial"])
                for q in r["quotes"]
            )
            ignored = tuple((i["start"], i["end"]) for i in r.get("ignored", []))
            where = (r.get("corpus", ""), r.get("file", ""))
            articles.append(Article(r["id"], r["split"], quotes, ignored, *where))
    return articles


def pieces(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """Each quotation cut at paragraph breaks, every piece with the quotation's speaker."""
    out = []
    for q in quotes:
        start = q.start
        while start < q.end:
            brk = text.find(PARAGRAPH_SEPARATOR, start, q.end)
            end = q.end if brk < 0 else brk
            lo, hi = _trim(text, start, end)
            if hi > lo:
                out.append(replace(q, start=lo, end=hi, text=text[lo:hi]))
            start = end if brk < 0 else brk + len(PARAGRAPH_SEPARATOR)
    return out


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo] in ' \t\n"“”':
        lo += 1
    while hi > lo and text[hi - 1] in ' \t\n"“”':
        hi -= 1
    return lo, hi


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    longest = max(a[1] - a[0], b[1] - b[0])
    return longest > 0 and shared / longest >= OVERLAP


def _name(name: str | None) -> str | None:
    normal = normalise_speaker(name)
    return None if normal is None else " ".join(w for w in normal.split() if w not in _MORE_TITLES)


def judge(label: Label, found: Quote, names: dict[str, set[str | None]]) -> str | None:
    """None when the speaker is right, else the kind of error."""
    if label.kind == "person":
        wanted = _name(label.speaker)
        if _name(found.speaker) == wanted or wanted in names.get(found.speaker_id or "", ()):
            return None
        if found.speaker is None:
            return "person -> none"
        return "person -> other person" if found.speaker_id else "person -> description/group"
    if label.kind in ("description", "group"):
        return f"{label.kind} -> person" if found.speaker is not None else None
    return None if found.speaker is None and found.attribution is None else "none -> speaker"


def _credited(quote: Quote) -> str | None:
    return quote.speaker or (quote.attribution.text if quote.attribution else None)


def score(
    text: str, article: Article, found: list[Quote], mentions: list[Mention], t: Tally
) -> None:
    """Add one article's detection and attribution to ``t``."""
    names: dict[str, set[str | None]] = {}
    for m in mentions:
        names.setdefault(m.entity_id, set()).add(_name(m.name))
    kept = [
        q
        for q in pieces(text, found)
        if not any(
            overlap((q.start, q.end), i) or (i[0] <= q.start < i[1]) for i in article.ignored
        )
    ]
    t.labelled += len(article.quotes)
    t.detected += len(kept)
    where = f"[{article.id}]"
    for label in article.quotes:
        hit = next((q for q in kept if overlap((q.start, q.end), (label.start, label.end))), None)
        if hit is None:
            t.kinds["missed"] += 1
            t.errors.append(f"{where} MISSED {text[label.start : label.end][:70]!r}")
            continue
        kept.remove(hit)
        t.matched += 1
        t.partial_right += hit.partial == label.partial
        error = judge(label, hit, names)
        if error is None:
            _right(label, hit, t, where)
            continue
        t.kinds[error] += 1
        t.errors.append(
            f"{where} {error}: got {_credited(hit)!r} want {label.speaker!r} for {hit.text[:60]!r}"
        )
    for q in kept:
        t.kinds["spurious"] += 1
        t.errors.append(f"{where} SPURIOUS {q.text[:70]!r}")


def _right(label: Label, hit: Quote, t: Tally, where: str) -> None:
    """Count a right attribution: strict when a described speaker's attribution
    carries it, and whether its kind is the labelled one."""
    t.right += 1
    if hit.attribution is not None and label.kind in ("description", "group"):
        t.described += 1
        t.kind_right += hit.attribution.kind == label.kind
    if label.kind in ("person", "none") or hit.attribution is not None:
        t.strict += 1
    else:
        t.errors.append(f"{where} (right, not strict) {label.kind} -> none: {label.speaker!r}")


def news_bodies(data: Path, articles: dict[int | str, Article]) -> Iterator[tuple[str, str]]:
    """(id, normalised body) of the labelled news articles, read from their corpus files."""
    for corpus, name in sorted({(a.corpus, a.file) for a in articles.values()}):
        with gzip.open(data / corpus / name, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line) if line.strip() else {}
                if str(record.get("id")) in articles:
                    yield str(record["id"]), normalise(record)


def missing_files(data: Path, labels: Path, splits: set[str]) -> list[Path]:
    """The news corpus files the labels of ``splits`` name that are not on this machine."""
    named = {(a.corpus, a.file) for a in read_labels(labels) if a.split in splits}
    return [data / c / f for c, f in sorted(named) if not (data / c / f).exists()]


def evaluate(
    corpus: Path, labels: Path, splits: set[str], data: Path | None = None
) -> dict[str, Tally]:
    """Tallies per split; the news set's bodies come from ``data``, Reuters' from ``corpus``."""
    articles = {a.id: a for a in read_labels(labels) if a.split in splits}
    tallies = {s: Tally() for s in sorted(splits)}
    bodies = normalised_bodies(corpus) if data is None else news_bodies(data, articles)
    for article_id, body in bodies:
        article = articles.get(article_id)
        if article is not None:
            mentions = extract_entities(body)
            score(body, article, extract_quotes(body, mentions), mentions, tallies[article.split])
    return tallies


#: The splits ``--split`` names: dev and test (tuned on), test2 onwards (each held out until
#: scored once), and "all" (dev and test).
SPLITS = ("dev", "test", *(f"test{n}" for n in range(2, 14)), "all")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("reuters", "news"), default="reuters")
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--labels", type=Path)
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    news = args.set == "news"
    labels = args.labels or (NEWS_LABELS if news else DEFAULT_LABELS)
    # "all" keeps meaning the two halves tuned on and reported; test2 to test12 and the
    # held-out test13 are scored only when named.
    splits = {"dev", "test"} if args.split == "all" else {args.split}
    missing = missing_files(args.data, labels, splits) if news else [args.corpus]
    missing = [m for m in missing if not m.exists()]
    if missing:
        print(f"corpus not found at {missing[0]}; quote speaker {args.set} set not scored")
        return
    tallies = evaluate(args.corpus, labels, splits, args.data if news else None)
    for name, tally in tallies.items():
        print(tally.line(name))
        print("  errors: " + ", ".join(f"{k} {n}" for k, n in tally.kinds.most_common()))
    if args.errors:
        # the errors of the split named; "all" lists dev's only (test is for reporting)
        shown = "dev" if args.split == "all" else args.split
        print("\n".join(f"  {e}" for e in tallies[shown].errors))


if __name__ == "__main__":
    main()
