"""Who the quotations of whole corpora are credited to: a person, a group, a description.

Usage (from the repository root)::

    python -m bench.quote_attributions [--corpus FILE] [--data DIR] [--out FILE]
                                       [--corpora NAME ...]

Every article of the Reuters corpus (``--corpus``) and of every news corpus
under ``--data`` (``../bench-data/<corpus>/*.jsonl.gz``) goes through
``extract_entities`` and ``extract_quotes``, its body normalised as the
indexer stores it. Prints, per corpus and in all: quotations, those with a
speaker (a person: linked to a PERSON entity, or a name the recogniser
missed), and those credited to a group or a description (``attribution``).
With ``--out``, one JSON line per credited quotation (corpus, id, speaker,
speaker_id, attribution, kind, and the words around the quotation's end) for
checking by hand. ``speaker`` holds a person only by construction (see
``index.extract.attributions``); ``--corpora`` reads only the corpora named
(``reuters`` for the Reuters corpus; default: Reuters and the ten of the news
set), e.g. the press of a set that is not held out; the corpora a held-out split
draws from (``HELD_OUT``) are refused. The ``speaker_not_person`` count (a speaker
neither linked to a PERSON entity nor a name ``is_person_name`` accepts) and the
``speaker_and_attribution`` count check it again from the outside: both must be 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quote_speakers_draw import DEFAULT_CORPUS, normalised_bodies  # noqa: E402
from bench.quote_speakers_news_draw import CORPORA, DEFAULT_DATA, corpus_bodies  # noqa: E402
from index.extract.attributions import is_person_name  # noqa: E402
from index.extract.entities import extract_entities  # noqa: E402
from index.extract.quotes import Quote, extract_quotes  # noqa: E402

_CONTEXT = 90  # characters shown either side of a quotation's closing mark
# Corpora a held-out split of the news quote speaker set draws from: never read here.
# test13's (wwlast) until it is scored, and wwrest, whose folder also holds copies of
# wwlast's 13 outlets' files (test12, ten of wwrest's outlets, was scored once at the start
# of stop 51). test3's (masakhanews, hyperpartisan, recovery, isot), test4's (phnews),
# test5's (cbcnews), test6's (aunznews), test7's (ttnews), test8's (mynews), test9's
# (sgnews), test10's (wwnews) and test11's (wwasia) were scored once, at the ends of stops
# 42, 43, 44, 45 and 46 and at the starts of stops 47 to 50, and are development material
# since.
HELD_OUT: frozenset[str] = frozenset({"wwrest", "wwlast"})


def bodies(
    corpus: Path, data: Path, corpora: Sequence[str] = ("reuters", *CORPORA)
) -> Iterator[tuple[str, str, str]]:
    """(corpus name, article id, normalised body) of every article of ``corpora``."""
    if "reuters" in corpora:
        for article_id, body in normalised_bodies(corpus):
            yield "reuters", str(article_id), body
    for name in corpora:
        if name == "reuters":
            continue
        for article_id, _, body in corpus_bodies(data, name):
            yield name, article_id, body


def tally(
    corpus: Path, data: Path, out: TextIO | None, corpora: Sequence[str] = ("reuters", *CORPORA)
) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {}
    for name, article_id, body in bodies(corpus, data, corpora):
        count = counts.setdefault(name, Counter(speaker_not_person=0, speaker_and_attribution=0))
        for quote in extract_quotes(body, extract_entities(body)):
            count["quotations"] += 1
            row = _row(name, article_id, body, quote)
            if row is None:
                continue
            count[row["kind"]] += 1
            if quote.speaker is not None and not (
                quote.speaker_id or is_person_name(quote.speaker)
            ):
                count["speaker_not_person"] += 1
            if quote.speaker is not None and quote.attribution is not None:
                count["speaker_and_attribution"] += 1
            if out is not None:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return counts


def _row(name: str, article_id: str, body: str, quote: Quote) -> dict[str, Any] | None:
    attribution = quote.attribution
    if quote.speaker is None and attribution is None:
        return None
    if quote.speaker is not None:
        kind = "person" if quote.speaker_id else "person (name only)"
    else:
        assert attribution is not None
        kind = attribution.kind
    return {
        "corpus": name,
        "id": article_id,
        "start": quote.start,
        "speaker": quote.speaker,
        "speaker_id": quote.speaker_id,
        "attribution": None if attribution is None else attribution.text,
        "kind": kind,
        "context": body[max(0, quote.end - _CONTEXT) : quote.end + _CONTEXT],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--corpora", nargs="+", default=["reuters", *CORPORA], metavar="NAME")
    args = parser.parse_args()
    if HELD_OUT.intersection(args.corpora):
        parser.error(f"held-out corpora are not read: {sorted(HELD_OUT)}")
    out = args.out.open("w", encoding="utf-8") if args.out else None
    try:
        counts = tally(args.corpus, args.data, out, args.corpora)
    finally:
        if out is not None:
            out.close()
    total: Counter[str] = Counter()
    for name, count in counts.items():
        total.update(count)
        print(f"{name}: {dict(count.most_common())}")
    print(f"all: {dict(total.most_common())}")


if __name__ == "__main__":
    main()
