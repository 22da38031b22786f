"""News corpora of the reprint labelled set besides Reuters: their articles read as the
indexer reads them (body normalised, publication date from the record or its text).

A corpus is a gzipped JSON-lines file outside git (``id``, ``title``, ``date``, ``url``,
``source``, ``text``), built by a script of scripts/ (``build_webis_reprints.py``,
``build_isot_reprints.py``, ``build_recovery_reprints.py``, ``build_ghananews_reprints.py``,
``build_pknews_reprints.py``, ``build_newslk_reprints.py``, ``build_zimnews_reprints.py``,
``build_lknews_reprints.py``, ``build_uknews_reprints.py``, ``build_bdpress_reprints.py``,
``build_mepress_reprints.py``, ``build_kcna_reprints.py``, ``build_innews_reprints.py``,
``build_pacnews_reprints.py``); a
side of the labelled set names it by its key here, ``webis:0278``, ``isot:00412``,
``recovery:0e03cc69ad``, ``ghananews:3f2a9c01d4``, ``pknews:5b0e7d2c91``, ``newslk:9c41e07a3b``,
``zimnews:6d0a4f1c2e``, ``lknews:1b7e4c0a9d``, ``uknews:8e2f0b7c41``, ``bdpress:4a7d0c9e13``,
``mepress:7c2e90b4d1``, ``kcna:2d9b0e4f17``, ``innews:5e1c9a07b3``, ``pacnews:0c8e2b5d71``.
"""

from __future__ import annotations

import gzip
import shutil
import tempfile
from datetime import date
from pathlib import Path

from index.read.article import Article, Problem
from index.read.records import read_jsonl

ROOT = Path(__file__).resolve().parents[1]
# Side kind -> the corpus file, beside the repository.
NEWS_CORPORA = {
    "webis": ROOT.parent / "bench-data" / "webis" / "reprints.jsonl.gz",
    "isot": ROOT.parent / "bench-data" / "isot" / "reprints.jsonl.gz",
    "recovery": ROOT.parent / "bench-data" / "recovery" / "reprints.jsonl.gz",
    "ghananews": ROOT.parent / "bench-data" / "ghananews" / "reprints.jsonl.gz",
    "pknews": ROOT.parent / "bench-data" / "pknews" / "reprints.jsonl.gz",
    "newslk": ROOT.parent / "bench-data" / "newslk" / "reprints.jsonl.gz",
    "zimnews": ROOT.parent / "bench-data" / "zimnews" / "reprints.jsonl.gz",
    "lknews": ROOT.parent / "bench-data" / "lknews" / "reprints.jsonl.gz",
    "uknews": ROOT.parent / "bench-data" / "uknews" / "reprints.jsonl.gz",
    "bdpress": ROOT.parent / "bench-data" / "bdpress" / "reprints.jsonl.gz",
    "mepress": ROOT.parent / "bench-data" / "mepress" / "reprints.jsonl.gz",
    "kcna": ROOT.parent / "bench-data" / "kcna" / "reprints.jsonl.gz",
    "innews": ROOT.parent / "bench-data" / "innews" / "reprints.jsonl.gz",
    "pacnews": ROOT.parent / "bench-data" / "pacnews" / "reprints.jsonl.gz",
}


def read_news(path: Path) -> list[Article]:
    """Every article of a gzipped JSON-lines corpus, as the indexer reads a JSON-lines
    file (the indexer reads no gzip, so the file is unpacked to a temporary copy)."""
    problems: list[Problem] = []
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / path.name.removesuffix(".gz")
        with gzip.open(path, "rb") as packed, plain.open("wb") as out:
            shutil.copyfileobj(packed, out)
        return list(read_jsonl(plain, plain.name, problems.append))


def news_articles(
    path: Path,
) -> tuple[dict[str, tuple[str, str]], dict[str, date | None], dict[str, str]]:
    """A news corpus's articles by id: (title, body as the indexer stores it), the
    publication date the indexer reads, and the source (the outlet)."""
    found = read_news(path)
    return ({a.id: (a.title, a.body) for a in found}, {a.id: a.published for a in found},
            {a.id: a.source or "" for a in found})  # fmt: skip
