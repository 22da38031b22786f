"""Copy the English Worldwide Newswire's hand-annotated entity files for a second entity
benchmark (``bench/worldwide_ner_eval.py``).

Usage::

    python scripts/build_worldwide_ner.py GIT_DIR [--out ../bench-data/worldwide_ner]
        [--revision COMMIT]

Reads, at ``--revision`` (by default e082527, 8 August 2024, the snapshot's head) of a
git checkout (or bare git directory) of https://github.com/stanfordnlp/en-worldwide-newswire
(Shan, Bauer, Carlson and Manning, "Do 'English' Named Entity Recognizers Work Well on
Global Englishes?", Findings of EMNLP 2023, doi:10.18653/v1/2023.findings-emnlp.788), the
annotated files ``processed_annotated/<outlet>_<n>.txt.tsv`` (a token and its BIO/BIOES
tag a line, nine classes) and, beside each, its raw article ``original_articles/<outlet>_<n>.txt``,
and ``regions.txt`` (the set's file prefixes by region). The files of the outlets of
``EXCLUDED`` are never read: they are kept for held-out quote splits. The repository
states no licence: the copies live under ``../bench-data`` (outside git) and are never
committed. Writes ``OUT/annotated/``, ``OUT/original/``, ``OUT/regions.txt`` and
``OUT/SOURCE.txt`` (the repository, the commit, the citation and the counts).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.git_files import git_files  # noqa: E402

REPOSITORY = "https://github.com/stanfordnlp/en-worldwide-newswire"
REVISION = "e082527b86d9a68475166ab584b9c47f282177da"
CITATION = (
    "Alexander Shan, John Bauer, Riley Carlson and Christopher Manning. 2023. "
    'Do "English" Named Entity Recognizers Work Well on Global Englishes? '
    "Findings of the Association for Computational Linguistics: EMNLP 2023. "
    "doi:10.18653/v1/2023.findings-emnlp.788"
)
# Outlets (a file's name before its number) kept back for held-out quote splits: their
# files are never read, scored or printed here (the last three are stray spellings).
EXCLUDED = frozenset(
    {
        "aus_abc",
        "aus_newscomaus",
        "asia_aljazeera",
        "israel_jerupost",
        "jr_albawaba",
        "jr_times",
        "kw_gulftimes",
        "kw_times",
        "saud_daily",
        "saud_gazette",
        "eg_today",
        "eg_times",
        "bangladesh_star",
        "bangladesh_observer",
        "in_herald",
        "in_kash",
        "in_gazette",
        "jp_article_asahi",
        "kr_jgdaily",
        "kr_seoultimes",
        "mong_montsame",
        "th_thenation",
        "tw_tp_times",
        "kw_times_gulftimes",
        "in_article_kashmirtimes",
        "tw_article_tptimes",
    }
)
_NAME = re.compile(r"^(?P<outlet>.+)_(?P<n>\d+)\.txt(?:\.tsv)?$")


def outlet_of(name: str) -> str:
    """The outlet of a file name (``cn_article_scmp_12.txt.tsv`` -> ``cn_article_scmp``);
    the name without its ending and trailing underscores when it has no number
    (``bangladesh_observer_.txt``)."""
    match = _NAME.match(name)
    return (match.group("outlet") if match else name.split(".", 1)[0]).rstrip("_")


def included(path: str) -> bool:
    """Whether a file of the set may be read: not of an excluded outlet."""
    return outlet_of(path.rsplit("/", 1)[-1]) not in EXCLUDED


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("git_dir")
    parser.add_argument("--out", default=str(ROOT.parent / "bench-data" / "worldwide_ner"))
    parser.add_argument("--revision", default=REVISION)
    args = parser.parse_args()
    out = Path(args.out)
    annotated = git_files(args.git_dir, args.revision, "processed_annotated/", included)
    names = {p.rsplit("/", 1)[-1].removesuffix(".tsv") for p, _ in annotated}
    originals = git_files(
        args.git_dir,
        args.revision,
        "original_articles/",
        lambda p: included(p) and p.rsplit("/", 1)[-1] in names,
    )
    regions = git_files(args.git_dir, args.revision, "regions.txt", lambda p: True)
    for folder, files in (("annotated", annotated), ("original", originals)):
        (out / folder).mkdir(parents=True, exist_ok=True)
        for path, content in files:
            (out / folder / path.rsplit("/", 1)[-1]).write_bytes(content)
    (out / "regions.txt").write_bytes(regions[0][1])
    outlets = sorted({outlet_of(p.rsplit("/", 1)[-1]) for p, _ in annotated})
    (out / "SOURCE.txt").write_text(
        f"{REPOSITORY} at {args.revision}\n{CITATION}\nNo licence stated: not for committing.\n"
        f"{len(annotated)} annotated files, {len(originals)} raw articles, "
        f"{len(outlets)} outlets: {' '.join(outlets)}\n",
        encoding="utf-8",
    )
    print(f"{len(annotated)} annotated, {len(originals)} raw, {len(outlets)} outlets -> {out}")


if __name__ == "__main__":
    main()
