"""Draw the modern news articles of the quote speaker news set by a fixed seed.

The Reuters draw (``bench/quote_speakers_draw.py``) done over the news corpora
beside the repository (``../bench-data/<corpus>/*.jsonl.gz``). Every body is
normalised as the indexer stores it (``index.read.records``: paragraphs from
``split_paragraphs`` joined by ``PARAGRAPH_SEPARATOR``, the first paragraph
taken as the title when the record has none). Per corpus, the articles whose
normalised body holds a double quote mark and is at most ``MAX_CHARS`` long
(to keep hand labelling within reach) are sorted by id and ``--count`` of them
are sampled with ``random.Random(seed)``. Each goes to a split by article:
CRC-32 of the id mod 2 -> 0 ``dev``, 1 ``test``.

A held-out split is drawn the same way from other corpora, every article of it in
the one split named: ``--corpora`` lists the corpora (``corpus`` for all its
files, ``corpus/file`` for one), ``--split-name`` the split. The ``test2`` split
(South Asian and West African daily press) was drawn by
``--corpora newslk/fresh12.jsonl.gz ghananews/fresh13.jsonl.gz
bdnews/fresh14.jsonl.gz pknews/fresh15.jsonl.gz --seed 2612 --count 12
--split-name test2``; the ``test3`` split (African English news, hyperpartisan and
2020 news sites, Reuters political wire) by ``--corpora masakhanews/fresh11.jsonl.gz
hyperpartisan/fresh9.jsonl.gz recovery/fresh10.jsonl.gz isot/reprints.jsonl.gz --seed
3613 --count 12 --split-name test3``; the ``test4`` split (the Philippine press:
BusinessWorld, Malaya Business Insight, Rappler and The Manila Times of July 2024,
written to ``phnews/`` by ``scripts/build_phnews_quotes.py``) by ``--corpora
phnews/bworld.jsonl.gz phnews/malaya.jsonl.gz phnews/rappler.jsonl.gz
phnews/times.jsonl.gz --seed 4343 --count 12 --split-name test4``; the ``test5`` split
(CBC News of January 2020, written to ``cbcnews/`` by ``scripts/build_cbcnews_quotes.py``)
by ``--corpora cbcnews/cbc.jsonl.gz --seed 5353 --count 48 --split-name test5``; the
``test6`` split (ABC News, Australia, and RNZ, New Zealand: the Pacific desks' stories
of 2003-2023 the World Bank's Pacific Observatory scraped, written to ``aunznews/`` by
``scripts/build_aunznews_quotes.py``) by ``--corpora aunznews/abc.jsonl.gz
aunznews/rnz.jsonl.gz --seed 6464 --count 24 --split-name test6``; the ``test7`` split
(the Trinidad and Tobago press of 2019, mostly the Trinidad Express, written to ``ttnews/``
by ``scripts/build_ttnews_quotes.py``) by ``--corpora ttnews/tt.jsonl.gz --seed 7474
--count 48 --split-name test7``; the ``test8`` split (the Malaysian press: The Star's
stories on undocumented migrants of May and June 2020 a reader's spider kept, written to
``mynews/`` by ``scripts/build_mynews_quotes.py``) by ``--corpora mynews/star.jsonl.gz
--seed 8484 --count 32 --split-name test8`` (the whole pool: first drawn with ``--count 24``,
whose 24 these hold); the ``test9`` split (the Singapore press: Straits Times and CNA stories
of September to November 2025 a student project's database dump kept, written to
``sgnews/`` by ``scripts/build_sgnews_quotes.py``) by ``--corpora sgnews/st.jsonl.gz --seed
9494 --count 48 --split-name test9`` (its whole pool of 16); the ``test10`` split (Hong Kong,
northern and Indigenous Canadian and Guyanese press: six outlets' files of the English
Worldwide Newswire set, written to ``wwnews/`` by ``scripts/build_wwnews_quotes.py``) by
``--corpora wwnews/scmp.jsonl.gz wwnews/standard.jsonl.gz wwnews/nunavut.jsonl.gz
wwnews/yukon.jsonl.gz wwnews/indig.jsonl.gz wwnews/kaieteur.jsonl.gz --seed 1010 --count 9
--split-name test10`` (first drawn with ``--count 6``, whose 31 these hold); the ``test11``
split (the Gulf, Middle Eastern, Indian, Korean, Thai and New Zealand press: ten other
outlets' files of the same set, written to ``wwasia/`` by ``scripts/build_wwasia_quotes.py``)
by ``--corpora wwasia/arabtimes.jsonl.gz wwasia/peninsula.jsonl.gz wwasia/uaetimes.jsonl.gz
wwasia/omantimes.jsonl.gz wwasia/irantimes.jsonl.gz wwasia/haaretz.jsonl.gz
wwasia/hdtimes.jsonl.gz wwasia/kherald.jsonl.gz wwasia/thpost.jsonl.gz wwasia/rnz.jsonl.gz
--seed 1111 --count 5 --split-name test11`` (first drawn with ``--count 4``, whose 40 these hold);
the ``test12`` split (Gulf, Levantine, Egyptian, Saudi, Indian, Japanese, Mongolian, Thai and
Taiwanese outlets of the same set no quote split had read, written to ``wwrest/`` by
``scripts/build_wwrest_quotes.py``) by ``--corpora wwrest/aljazeera.jsonl.gz
wwrest/asahi.jsonl.gz wwrest/egtoday.jsonl.gz wwrest/gulftimes.jsonl.gz
wwrest/inherald.jsonl.gz wwrest/jotimes.jsonl.gz wwrest/montsame.jsonl.gz
wwrest/saudgazette.jsonl.gz wwrest/thnation.jsonl.gz wwrest/tptimes.jsonl.gz --seed 1212
--count 5 --split-name test12`` (first drawn with ``--count 4``, whose 40 these hold); the
``test13`` split (the 13 outlets of the same set no quote split had read, written to
``wwlast/`` by ``scripts/build_wwlast_quotes.py``; the twelve whose pool holds 4 or more) by
``--corpora wwlast/abc.jsonl.gz wwlast/newscomaus.jsonl.gz wwlast/jerupost.jsonl.gz
wwlast/albawaba.jsonl.gz wwlast/kwtimes.jsonl.gz wwlast/sauddaily.jsonl.gz
wwlast/bdstar.jsonl.gz wwlast/bdobserver.jsonl.gz wwlast/inkash.jsonl.gz
wwlast/ingazette.jsonl.gz wwlast/jgdaily.jsonl.gz wwlast/seoultimes.jsonl.gz --seed 1313
--count 4 --split-name test13`` (first drawn with ``--count 3``, whose 36 these hold).

Prints one JSON line per drawn article, {"id", "corpus", "file", "split"}, by
corpus and id. No article text is printed or committed: the labels
(tests/data/quote_speakers_news/labels.jsonl) hold only ids, offsets into the
normalised body, and speaker names or descriptions.

    python -m bench.quote_speakers_news_draw [--data DIR] [--seed 2024] [--count 10]
        [--corpora CORPUS[/FILE] ...] [--split-name NAME]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quote_speakers_draw import _DOUBLE_MARKS  # noqa: E402
from index.passages import PARAGRAPH_SEPARATOR, split_paragraphs  # noqa: E402

DEFAULT_DATA = ROOT.parent / "bench-data"
CORPORA = (
    "allsides",
    "basil",
    "bbc",
    "celebrity",
    "fakehealth",
    "fnc",
    "newsdata",
    "ptc",
    "webis",
    "wikinews",
)
SEED = 2024
COUNT = 10  # per corpus
MAX_CHARS = 6000


def normalise(record: dict[str, object]) -> str:
    """The body of one record as the indexer stores it."""
    raw = record.get("body") if record.get("body") is not None else record.get("text")
    paragraphs = split_paragraphs(raw if isinstance(raw, str) else "")
    title = record.get("title")
    if not (title.strip() if isinstance(title, str) else title) and paragraphs:
        paragraphs = paragraphs[1:]
    return PARAGRAPH_SEPARATOR.join(paragraphs)


def corpus_bodies(
    data: Path, corpus: str, pattern: str = "*.jsonl.gz"
) -> Iterator[tuple[str, str, str]]:
    """(id, file name, normalised body) of every article of one corpus's files."""
    for path in sorted((data / corpus).glob(pattern)):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    record = json.loads(line)
                    yield str(record["id"]), path.name, normalise(record)


def split_of(article_id: str) -> str:
    return "dev" if zlib.crc32(article_id.encode()) % 2 == 0 else "test"


def draw(
    data: Path, seed: int = SEED, count: int = COUNT, corpora: Sequence[str] = CORPORA
) -> list[tuple[str, str, str]]:
    """(corpus, file, id) of ``count`` articles per corpus holding a double quote mark.

    A corpus given as ``corpus/file`` is read from that file only (a corpus folder
    may hold the files of other sets beside the one meant)."""
    drawn = []
    for spec in corpora:
        corpus, _, file = spec.partition("/")
        pool = sorted(
            {
                (i, name)
                for i, name, body in corpus_bodies(data, corpus, file or "*.jsonl.gz")
                if len(body) <= MAX_CHARS and any(m in body for m in _DOUBLE_MARKS)
            }
        )
        for i, name in sorted(random.Random(seed).sample(pool, min(count, len(pool)))):
            drawn.append((corpus, name, i))
    return drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA), metavar="CORPUS[/FILE]")
    parser.add_argument("--split-name", help="put every article in this split (default: by CRC)")
    args = parser.parse_args()
    for corpus, name, article_id in draw(args.data, args.seed, args.count, args.corpora):
        split = args.split_name or split_of(article_id)
        line = {"id": article_id, "corpus": corpus, "file": name, "split": split}
        print(json.dumps(line))


if __name__ == "__main__":
    main()
