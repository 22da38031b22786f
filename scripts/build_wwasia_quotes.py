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

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_wwnews_quotes import FOLDER, REVISION, body  # noqa: E402
from scripts.git_files import git_files  # noqa: E402
from scripts.reprint_corpus import quote_arguments, write_told  # noqa: E402

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
_NAME = re.compile(r"([a-z_]+?)_(\d+)\.txt")


def read_articles(git_dir: str, revision: str = REVISION) -> dict[str, list[dict[str, str]]]:
    """The articles of the ten outlets at ``revision``, by output file name."""
    files: dict[str, list[dict[str, str]]] = {name: [] for name, _ in OUTLETS.values()}
    for path, content in git_files(git_dir, revision, FOLDER, lambda p: p.endswith(".txt")):
        found = _NAME.fullmatch(path.rsplit("/", 1)[-1])
        if not found or found.group(1) not in OUTLETS:
            continue
        name, outlet = OUTLETS[found.group(1)]
        files[name].append(
            {
                "id": f"wwasia-{name}-{int(found.group(2)):03d}",
                "title": "",
                "date": "",
                "url": "",
                "source": f"en-worldwide-newswire: {outlet}",
                "file": path,
                "commit": revision,
                "text": body(content.decode("utf-8")),
            }
        )
    return {name: sorted(docs, key=lambda d: d["id"]) for name, docs in files.items()}


def main() -> None:
    args = quote_arguments(__doc__.split("\n")[0], OUT)
    for name, docs in read_articles(args.git_dir).items():
        write_told(docs, args.out / f"{name}.jsonl.gz", f"at {REVISION[:7]}")


if __name__ == "__main__":
    main()
