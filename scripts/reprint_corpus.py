"""The command line and the output file shared by the scripts that copy a news corpus for the
reprint labelled set (``build_webis_reprints.py``, ``build_isot_reprints.py``,
``build_recovery_reprints.py``, ``build_ghananews_reprints.py``, ``build_pknews_reprints.py``,
``build_newslk_reprints.py``, ``build_zimnews_reprints.py``, ``build_lknews_reprints.py``):
a git directory and a commit in, one article per line of a gzipped JSON-lines file out
(``id``, ``title``, ``date``, ``url``, ``source``, ``text``), outside git. The quote
sets' corpus builds (``build_aunznews_quotes.py``, ``build_ttnews_quotes.py``,
``build_mynews_quotes.py``, ``build_cbcnews_quotes.py``, ``build_sgnews_quotes.py``) read
their command line with ``quote_arguments`` and write their files with ``write_told``.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path


def arguments(description: str, out: Path, revision: str, what: str) -> argparse.Namespace:
    """``GIT_DIR [OUT] [--revision COMMIT]``, the output and the commit by default ``out``
    and ``revision``; ``what`` names what is read at the commit (for the help)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("git_dir")
    parser.add_argument("out", nargs="?", type=Path, default=out)
    parser.add_argument("--revision", default=revision, help=f"the commit to read {what} at")
    return parser.parse_args()


def quote_arguments(description: str, out: Path) -> argparse.Namespace:
    """The quote sets' corpus builds' command line: ``GIT_DIR [--out FOLDER]``, the
    folder by default ``out``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("git_dir")
    parser.add_argument("--out", type=Path, default=out)
    return parser.parse_args()


def write_told(docs: list[dict[str, str]], out: Path, what: str) -> None:
    """``write_corpus``, then one line saying how many articles (of ``what``) went where."""
    write_corpus(docs, out)
    print(f"{len(docs)} articles {what} -> {out}")


def write_corpus(docs: list[dict[str, str]], out: Path) -> None:
    """The articles, one JSON line each, gzipped, to ``out`` (its folder made if need be)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as lines:
        for doc in docs:
            lines.write(json.dumps(doc, ensure_ascii=False) + "\n")


def summary(docs: list[dict[str, str]], out: Path) -> str:
    """What was written: the articles by source, their first and last days, how many
    have no date, and where."""
    days = sorted(doc["date"] for doc in docs if doc["date"])
    counts = Counter(doc["source"] for doc in docs)
    undated = len(docs) - len(days)
    dates = f"{days[0]} to {days[-1]} ({undated} undated)"
    return f"{len(docs)} articles ({dict(counts)}), {dates}, to {out}"
