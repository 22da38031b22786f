"""Write Gulf, Middle Eastern, Asian and New Zealand press articles for the quote speaker news set.

Usage::

    python scripts/build_wwasia_quotes.py GIT_DIR [--out ../bench-data/wwasia]

Reads, at ``REVISION`` (e082527, 8 August 2024; the articles last changed in 2f8164b, 26 June
2024) of a git checkout (or bare git directory) of
https://github.com/stanfordnlp/en-worldwide-newswire (the English Worldwide Newswire set of
Shan, Bauer, Carlson and Manning, "Do 'English' Named Entity Recognizers Work Well on Global
Englishes?", Findings of EMNLP 2023), the folder ``original_articles/``: one plain-text
article a file, a paragraph a line, named by region, outlet and number. Ten outlets' files
that ``scripts/build_wwnews_quotes.py`` leaves out are copied, each to its own file (the
outlets as the file prefixes and ``regions.txt`` name them): ``kw_arabtimes_*`` (Arab Times,
Kuwait) to ``arabtimes.jsonl.gz``, ``qt_peninsula_*`` (The Peninsula, Qatar) to
``peninsula.jsonl.gz``, ``uae_times_*`` (the UAE's "times") to ``uaetimes.jsonl.gz``,
``oman_timesofoman_*`` (Times of Oman) to ``omantimes.jsonl.gz``, ``iran_times_*`` (Iran's
"times") to ``irantimes.jsonl.gz``, ``israel_haaretz_*`` (Haaretz, Israel) to
``haaretz.jsonl.gz``, ``in_hdtimes_*`` (India's "hdtimes") to ``hdtimes.jsonl.gz``,
``kr_kherald_*`` (Korea's "kherald") to ``kherald.jsonl.gz``, ``th_post_*`` (Thailand's
"post") to ``thpost.jsonl.gz`` and ``nz_rnz_*`` (RNZ, the dataset's Indigenous New Zealand
stories) to ``rnz.jsonl.gz``. The repository states no licence: the text is the papers'
copyright, used here for research and evaluation only, outside git. The files carry no
date, address or title line of their own: ``date`` and ``url`` are left empty, ``title``
too, so that the first line (the headline or standfirst the collectors kept) is the title
as the indexer takes it.

Writes ``id`` (``wwasia-``, the outlet and the file's number), ``title`` (empty), ``date``,
``url``, ``source`` (the outlet), ``file`` and ``commit``, and ``text``: the file's
non-blank lines, whitespace runs as one space, joined by a blank line (as
``build_wwnews_quotes.body``); sorted by id.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_wwnews_quotes import REVISION, write_outlets  # noqa: E402
from scripts.build_wwnews_quotes import read_articles as wwnews_articles  # noqa: E402

OUT = ROOT.parent / "bench-data" / "wwasia"
# file prefix -> (output file, outlet)
OUTLETS = {
    "kw_arabtimes": ("arabtimes", "Arab Times (Kuwait)"),
    "qt_peninsula": ("peninsula", "The Peninsula (Qatar)"),
    "uae_times": ("uaetimes", "uae_times (United Arab Emirates)"),
    "oman_timesofoman": ("omantimes", "Times of Oman (Oman)"),
    "iran_times": ("irantimes", "iran_times (Iran)"),
    "israel_haaretz": ("haaretz", "Haaretz (Israel)"),
    "in_hdtimes": ("hdtimes", "in_hdtimes (India)"),
    "kr_kherald": ("kherald", "kr_kherald (South Korea)"),
    "th_post": ("thpost", "th_post (Thailand)"),
    "nz_rnz": ("rnz", "RNZ (New Zealand, the dataset's Indigenous New Zealand stories)"),
}


def read_articles(git_dir: str, revision: str = REVISION) -> dict[str, list[dict[str, str]]]:
    """The articles of the ten outlets at ``revision``, by output file name."""
    return wwnews_articles(git_dir, revision, OUTLETS, "wwasia")


def main() -> None:
    write_outlets(__doc__.split("\n")[0], OUT, OUTLETS, "wwasia")


if __name__ == "__main__":
    main()
